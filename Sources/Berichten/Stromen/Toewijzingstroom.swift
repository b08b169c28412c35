/// 301 → 302: a toewijzing is accepted whole (its products stored as the current versions) or
/// rejected with the whole Client as sent, each class with its codes (IV028).
struct Toewijzingstroom: Berichtstroom {
    var type: BerichtType { .toewijzing }
    var kopieertClient: Bool { true }

    func headerRetour(_ bericht: Bericht, _ identiteit: RetourIdentiteit, codes: [RetourCode]) throws -> [UInt8] {
        guard case .toewijzing(let toewijzing) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        return try IV028Retour.schrijf(
            heen: toewijzing.header, soort: toewijzing.soort, identiteit: identiteit, headerCodes: codes, client: nil)
    }

    func beoordeel(
        _ bericht: Bericht, _ omgeving: Stroomomgeving, _ transactie: Opslagtransactie
    ) throws -> Stroomoordeel {
        guard case .toewijzing(let toewijzing) = bericht else { throw FlowError.verkeerdBericht(bericht.soort) }
        let bevindingen = try Toewijzingcontrole(config: omgeving.config).controleer(toewijzing, transactie)
        let afwijzingen = bevindingen.filter { !$0.isSignaal }
        if afwijzingen.isEmpty {
            for product in toewijzing.client.toegewezenProducten {
                try transactie.voegToewijzingToe(
                    berichtID: omgeving.berichtID, wet: toewijzing.soort.standaard.wet, gemeente: toewijzing.gemeente,
                    aanbieder: toewijzing.aanbieder, bsn: toewijzing.client.bsn, product: product)
            }
            let retour = try IV028Retour.schrijf(
                heen: toewijzing.header, soort: toewijzing.soort, identiteit: omgeving.identiteit, headerCodes: nil,
                client: nil)
            return Stroomoordeel(soort: .geaccepteerd, codes: [], retour: retour, bevindingen: bevindingen)
        }
        var klassecodes: IV028Retour.Klassecodes = [:]
        for bevinding in afwijzingen { klassecodes[bevinding.doel, default: []].append(bevinding.retourCode) }
        klassecodes = klassecodes.mapValues(Self.uniek)
        guard let bytes = omgeving.bron else {
            throw ProcessingError(bestand: omgeving.claim.naam, reden: "de 301 is niet bewaard")
        }
        let bron = try XMLStreamReader(bytes: bytes, name: omgeving.claim.naam)
        let retour = try IV028Retour.schrijf(
            heen: toewijzing.header, soort: toewijzing.soort, identiteit: omgeving.identiteit,
            headerCodes: [.geenOpmerking],
            client: (bron, klassecodes))
        return Stroomoordeel(
            soort: .afgewezen, codes: Self.uniek(afwijzingen.map(\.retourCode)), retour: retour,
            bevindingen: bevindingen)
    }
}

/// A flow was handed a message of another kind (a wrong registration, never input).
enum FlowError: Error, CustomStringConvertible {
    case verkeerdBericht(BerichtSoort)

    var description: String {
        switch self {
        case .verkeerdBericht(let soort): "geen stroom voor \(soort.naam)"
        }
    }
}
