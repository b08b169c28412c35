/// 323 → 325: a declaratie is judged per prestatie (credits first, OP366); the 325 lists only the
/// rejected clients and prestaties with their codes, and the totals add up (IV087, OP303). A
/// declaratie rejected as a whole (TR333, TR318) counts as not sent: nothing of it is stored
/// but the message.
struct Declaratiestroom: Berichtstroom {
    var type: BerichtType { .declaratie }

    func headerRetour(_ bericht: Bericht, _ identiteit: RetourIdentiteit, codes: [RetourCode]) throws -> [UInt8] {
        guard case .declaratie(let declaratie) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        return Retour325.schrijf(heen: declaratie, identiteit: identiteit, headerCodes: codes, antwoord: nil)
    }

    func beoordeel(
        _ bericht: Bericht, _ omgeving: Stroomomgeving, _ transactie: Opslagtransactie
    ) throws -> Stroomoordeel {
        guard case .declaratie(let declaratie) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        let beoordeling = try Declaratiecontrole(config: omgeving.config).controleer(declaratie, transactie)
        let bevindingen = beoordeling.alleBevindingen
        if !beoordeling.declaratie.isEmpty {
            let codes = Self.uniek(beoordeling.declaratie.map(\.retourCode))
            let retour = Retour325.schrijf(
                heen: declaratie, identiteit: omgeving.identiteit, headerCodes: [.geenOpmerking],
                antwoord: Declaratieantwoord(codes: codes, totaalToegekend: 0, clienten: []))
            return Stroomoordeel(
                soort: .afgewezen, codes: codes, retour: retour, bevindingen: bevindingen,
                prestaties: (0, declaratie.aantalPrestaties))
        }
        let antwoord = Self.antwoord(declaratie, beoordeling)
        try legVast(declaratie, antwoord, berichtID: omgeving.berichtID, transactie)
        let retour = Retour325.schrijf(
            heen: declaratie, identiteit: omgeving.identiteit, headerCodes: [.geenOpmerking],
            antwoord: antwoord.antwoord)
        let volledig = antwoord.antwoord.clienten.isEmpty
        let codes = Self.uniek(
            antwoord.antwoord.clienten.flatMap(\.codes).filter { $0 != .geenOpmerking }
                + antwoord.antwoord.clienten.flatMap { $0.prestaties.flatMap(\.codes) })
        let afgewezen = antwoord.afgewezen.count
        return Stroomoordeel(
            soort: volledig ? .geaccepteerd : .gedeeltelijk, codes: volledig ? [.volledigToegekend] : codes,
            retour: retour,
            bevindingen: bevindingen, prestaties: (declaratie.aantalPrestaties - afgewezen, afgewezen))
    }

    /// The verdict in the shape of the 325, and the codes of every rejected prestatie.
    private struct Antwoord {
        let antwoord: Declaratieantwoord
        let afgewezen: [Declaratiebeoordeling.PrestatieSleutel: [RetourCode]]
    }

    private static func antwoord(_ declaratie: Declaratiebericht, _ beoordeling: Declaratiebeoordeling) -> Antwoord {
        var toegekend: Int64 = 0
        var clienten: [Declaratieantwoord.ClientAntwoord] = []
        var afgewezenPrestaties: [Declaratiebeoordeling.PrestatieSleutel: [RetourCode]] = [:]
        for (c, client) in declaratie.clienten.enumerated() {
            var afgewezen: [(index: Int, codes: [RetourCode])] = []
            let clientCodes = beoordeling.clienten[c].map { uniek($0.map(\.retourCode)) }
            for (p, prestatie) in client.prestaties.enumerated() {
                if beoordeling.isToegekend(client: c, prestatie: p) {
                    toegekend += prestatie.ingediendBedrag.getekend
                } else {
                    let codes =
                        clientCodes != nil
                        ? [RetourCode.nietBeoordeeld]
                        : uniek((beoordeling.prestaties[.init(client: c, prestatie: p)] ?? []).map(\.retourCode))
                    afgewezen.append((p, codes))
                    afgewezenPrestaties[.init(client: c, prestatie: p)] = codes
                }
            }
            if !afgewezen.isEmpty {
                clienten.append(.init(index: c, codes: clientCodes ?? [.geenOpmerking], prestaties: afgewezen))
            }
        }
        let declaratieCode: RetourCode = clienten.isEmpty ? .volledigToegekend : .geenOpmerking
        return Antwoord(
            antwoord: Declaratieantwoord(codes: [declaratieCode], totaalToegekend: toegekend, clienten: clienten),
            afgewezen: afgewezenPrestaties)
    }

    private func legVast(
        _ declaratie: Declaratiebericht, _ antwoord: Antwoord, berichtID: Int64, _ transactie: Opslagtransactie
    ) throws {
        let wet = declaratie.soort.standaard.wet
        let declaratieID = try transactie.voegDeclaratieToe(
            berichtID: berichtID, wet: wet, aanbieder: declaratie.aanbieder, gemeente: declaratie.gemeente,
            declaratie: declaratie.declaratie, totaalToegekend: antwoord.antwoord.totaalToegekend,
            retourCode: antwoord.antwoord.codes.first ?? .geenOpmerking)
        for (c, client) in declaratie.clienten.enumerated() {
            for (p, prestatie) in client.prestaties.enumerated() {
                let codes = antwoord.afgewezen[.init(client: c, prestatie: p)]
                try transactie.voegPrestatieToe(
                    declaratieID: declaratieID, wet: wet, aanbieder: declaratie.aanbieder,
                    gemeente: declaratie.gemeente,
                    bsn: client.bsn, prestatie: prestatie, toegekend: codes == nil, retourCodes: codes ?? [])
            }
        }
    }
}
