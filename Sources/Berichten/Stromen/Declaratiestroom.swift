/// 323 → 325: a declaratie is judged per prestatie (credits first, OP366); the 325 lists only the
/// rejected clients and prestaties with their codes, and the totals add up (IV087, OP303). A
/// declaratie rejected as a whole (TR333, TR318) counts as not sent: nothing of it is stored
/// but the message. The store and the 325 both read the one ``Declaratieoordeel``.
struct Declaratiestroom: Berichtstroom {
    var type: BerichtType { .declaratie }
    var kopieertClient: Bool { false }

    func headerRetour(_ bericht: Bericht, _ identiteit: RetourIdentiteit, codes: [RetourCode]) throws -> [UInt8] {
        guard case .declaratie(let declaratie) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        return Retour325.schrijf(heen: declaratie, identiteit: identiteit, headerCodes: codes, oordeel: nil)
    }

    func beoordeel(
        _ bericht: Bericht, _ omgeving: Stroomomgeving, _ transactie: Opslagtransactie
    ) throws -> Stroomoordeel {
        guard case .declaratie(let declaratie) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        let oordeel = try Declaratiecontrole(config: omgeving.config).controleer(declaratie, transactie)
        if !oordeel.isAfgewezen { try legVast(declaratie, oordeel, berichtID: omgeving.berichtID, transactie) }
        let retour = Retour325.schrijf(
            heen: declaratie, identiteit: omgeving.identiteit, headerCodes: [.geenOpmerking], oordeel: oordeel)
        let afgewezen = oordeel.isAfgewezen ? declaratie.aantalPrestaties : oordeel.aantalAfgewezen
        return Stroomoordeel(
            soort: Self.soort(oordeel), codes: Self.codes(oordeel), retour: retour,
            bevindingen: oordeel.alleBevindingen, prestaties: (declaratie.aantalPrestaties - afgewezen, afgewezen))
    }

    private static func soort(_ oordeel: Declaratieoordeel) -> Verwerkingsuitkomst.Soort {
        if oordeel.isAfgewezen { return .afgewezen }
        return oordeel.afgewezenClienten.isEmpty ? .geaccepteerd : .gedeeltelijk
    }

    /// The message's codes for the store and the outcome line: the declaratie's when it was
    /// rejected as a whole, else those of the rejected clients and prestaties.
    private static func codes(_ oordeel: Declaratieoordeel) -> [RetourCode] {
        let clienten = oordeel.afgewezenClienten
        if oordeel.isAfgewezen || clienten.isEmpty { return oordeel.codes }
        return uniek(
            clienten.flatMap(\.codes).filter { $0 != .geenOpmerking }
                + clienten.flatMap { $0.afgewezen.flatMap(\.codes) })
    }

    private func legVast(
        _ declaratie: Declaratiebericht, _ oordeel: Declaratieoordeel, berichtID: Int64,
        _ transactie: Opslagtransactie
    ) throws {
        let wet = declaratie.soort.standaard.wet
        let declaratieID = try transactie.voegDeclaratieToe(
            berichtID: berichtID, wet: wet, aanbieder: declaratie.aanbieder, gemeente: declaratie.gemeente,
            declaratie: declaratie.declaratie, totaalToegekend: oordeel.totaalToegekend,
            retourCode: oordeel.codes.first ?? .geenOpmerking)
        for client in oordeel.clienten {
            for prestatie in client.prestaties {
                try transactie.voegPrestatieToe(
                    declaratieID: declaratieID, wet: wet, aanbieder: declaratie.aanbieder,
                    gemeente: declaratie.gemeente, bsn: client.client.bsn, prestatie: prestatie.prestatie,
                    toegekend: prestatie.isToegekend, retourCodes: prestatie.codes)
            }
        }
    }
}
