/// 305 → 306 (start zorg) and 307 → 308 (stop zorg): a message is accepted whole (its starts or
/// stops stored, deletions applied) or rejected with the whole Client as sent, each class with
/// its codes (IV028, as the 302).
struct Zorgmeldingstroom: Berichtstroom {
    /// `.startZorg` or `.stopZorg`.
    let type: BerichtType
    var kopieertClient: Bool { true }

    func headerRetour(_ bericht: Bericht, _ identiteit: RetourIdentiteit, codes: [RetourCode]) throws -> [UInt8] {
        guard case .zorgmelding(let melding) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        return try IV028Retour.schrijf(
            heen: melding.header, soort: melding.soort, identiteit: identiteit, headerCodes: codes, client: nil)
    }

    func beoordeel(
        _ bericht: Bericht, _ omgeving: Stroomomgeving, _ transactie: Opslagtransactie
    ) throws -> Stroomoordeel {
        guard case .zorgmelding(let melding) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        let bevindingen = try Zorgmeldingcontrole(config: omgeving.config).controleer(melding, transactie)
        let afwijzingen = bevindingen.filter { !$0.isSignaal }
        if afwijzingen.isEmpty {
            try transactie.legZorgmeldingVast(melding, berichtID: omgeving.berichtID)
            let retour = try IV028Retour.schrijf(
                heen: melding.header, soort: melding.soort, identiteit: omgeving.identiteit, headerCodes: nil,
                client: nil)
            return Stroomoordeel(soort: .geaccepteerd, codes: [], retour: retour, bevindingen: bevindingen)
        }
        var klassecodes: IV028Retour.Klassecodes = [:]
        for bevinding in afwijzingen { klassecodes[bevinding.doel, default: []].append(bevinding.retourCode) }
        klassecodes = klassecodes.mapValues(Self.uniek)
        guard let bytes = omgeving.bron else {
            throw ProcessingError(bestand: omgeving.claim.naam, reden: "de \(melding.soort.naam) is niet bewaard")
        }
        let bron = try XMLStreamReader(bytes: bytes, name: omgeving.claim.naam)
        let retour = try IV028Retour.schrijf(
            heen: melding.header, soort: melding.soort, identiteit: omgeving.identiteit,
            headerCodes: [.geenOpmerking], client: (bron, klassecodes))
        return Stroomoordeel(
            soort: .afgewezen, codes: Self.uniek(afwijzingen.map(\.retourCode)), retour: retour,
            bevindingen: bevindingen)
    }
}
