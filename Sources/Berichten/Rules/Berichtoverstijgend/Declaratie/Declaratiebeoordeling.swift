/// The findings of a 323 as the rules produce them (credits first, so out of message order),
/// before ``Declaratieoordeel`` puts them in the message's shape.
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
}
