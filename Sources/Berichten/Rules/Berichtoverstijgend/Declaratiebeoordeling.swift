/// The verdict on a 323 after levels 3 and 4: which classes are rejected, with which findings.
struct Declaratiebeoordeling {
    struct PrestatieSleutel: Hashable {
        let client: Int
        let prestatie: Int
    }

    /// TR333/TR318: the whole declaratie is rejected and counts as not sent.
    var declaratie: [Bevinding] = []
    /// TR304 per client (index).
    var clienten: [Int: [Bevinding]] = [:]
    /// Rejecting findings per prestatie.
    var prestaties: [PrestatieSleutel: [Bevinding]] = [:]
    /// Local rules set to `signaleren`: reported only.
    var signalen: [Bevinding] = []

    func isToegekend(client: Int, prestatie: Int) -> Bool {
        declaratie.isEmpty && clienten[client] == nil && prestaties[PrestatieSleutel(client: client, prestatie: prestatie)] == nil
    }

    var alleBevindingen: [Bevinding] {
        declaratie + clienten.keys.sorted().flatMap { clienten[$0]! }
            + prestaties.keys.sorted { ($0.client, $0.prestatie) < ($1.client, $1.prestatie) }.flatMap { prestaties[$0]! }
            + signalen
    }
}
