/// The verdict on one 323 in the shape of the message: the declaratie, each client, each
/// prestatie, with its RetourCodes and the findings behind them. The store and the 325 writer
/// both read this tree; neither looks a client or a prestatie up by index again.
struct Declaratieoordeel: Sendable {
    /// One prestatie as sent, with its verdict.
    struct Prestatieoordeel: Sendable {
        let prestatie: Prestatie
        /// Empty when approved; the rejecting codes once each, or 0233 (`nietBeoordeeld`) when
        /// its client was rejected as a whole.
        let codes: [RetourCode]
        let bevindingen: [Bevinding]

        var isToegekend: Bool { codes.isEmpty }
    }

    /// One client as sent, with its own codes (TR304) and its prestaties.
    struct Clientoordeel: Sendable {
        let client: DeclaratieClient
        /// The client's codes in the 325: TR304's, or `geenOpmerking`.
        let codes: [RetourCode]
        let bevindingen: [Bevinding]
        let prestaties: [Prestatieoordeel]

        var afgewezen: [Prestatieoordeel] { prestaties.filter { !$0.isToegekend } }
    }

    /// TR333/TR318: the declaratie is rejected as a whole and counts as not sent; its clients
    /// are then not judged (`clienten` is empty).
    let declaratieBevindingen: [Bevinding]
    let clienten: [Clientoordeel]
    /// Local rules set to `signaleren`: reported only.
    let signalen: [Bevinding]

    var isAfgewezen: Bool { !declaratieBevindingen.isEmpty }

    /// The declaratie's codes in the 325: the rejecting ones, 0200 (geen opmerking) when some
    /// prestaties were rejected, or the code for "fully approved".
    var codes: [RetourCode] {
        if isAfgewezen { return Declaratieoordeel.uniek(declaratieBevindingen.map(\.retourCode)) }
        return afgewezenClienten.isEmpty ? [.volledigToegekend] : [.geenOpmerking]
    }

    /// Clients with at least one rejected prestatie: the ones a 325 lists.
    var afgewezenClienten: [Clientoordeel] { clienten.filter { !$0.afgewezen.isEmpty } }

    var totaalToegekend: Int64 {
        clienten.reduce(0) { som, client in
            client.prestaties.reduce(som) { $0 + ($1.isToegekend ? $1.prestatie.ingediendBedrag.getekend : 0) }
        }
    }

    var aantalAfgewezen: Int { clienten.reduce(0) { $0 + $1.afgewezen.count } }

    /// Every finding as the store records them: the declaratie's, the clients', the prestaties'
    /// (each in message order), then the signals.
    var alleBevindingen: [Bevinding] {
        declaratieBevindingen + clienten.flatMap(\.bevindingen)
            + clienten.flatMap { $0.prestaties.flatMap(\.bevindingen) } + signalen
    }

    static func uniek(_ codes: [RetourCode]) -> [RetourCode] {
        var gezien = Set<RetourCode>()
        return codes.filter { gezien.insert($0).inserted }
    }
}

extension Declaratieoordeel {
    /// The tree from the findings as the rules produced them (credits first, so out of message
    /// order).
    init(_ bericht: Declaratiebericht, _ beoordeling: Declaratiebeoordeling) {
        declaratieBevindingen = beoordeling.declaratie
        signalen = beoordeling.signalen
        guard beoordeling.declaratie.isEmpty else {
            clienten = []
            return
        }
        clienten = bericht.clienten.enumerated().map { c, client in
            let clientBevindingen = beoordeling.clienten[c] ?? []
            let clientCodes = Declaratieoordeel.uniek(clientBevindingen.map(\.retourCode))
            let prestaties = client.prestaties.enumerated().map { p, prestatie in
                let bevindingen = beoordeling.prestaties[.init(client: c, prestatie: p)] ?? []
                let codes: [RetourCode] =
                    clientCodes.isEmpty
                    ? Declaratieoordeel.uniek(bevindingen.map(\.retourCode)) : [.nietBeoordeeld]
                return Prestatieoordeel(prestatie: prestatie, codes: codes, bevindingen: bevindingen)
            }
            return Clientoordeel(
                client: client, codes: clientCodes.isEmpty ? [.geenOpmerking] : clientCodes,
                bevindingen: clientBevindingen, prestaties: prestaties)
        }
    }
}
