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
        declaratie.isEmpty && clienten[client] == nil
            && prestaties[PrestatieSleutel(client: client, prestatie: prestatie)] == nil
    }

    var alleBevindingen: [Bevinding] {
        declaratie + clienten.sorted { $0.key < $1.key }.flatMap(\.value)
            + prestaties.sorted { ($0.key.client, $0.key.prestatie) < ($1.key.client, $1.key.prestatie) }.flatMap(
                \.value)
            + signalen
    }
}
