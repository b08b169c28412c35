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
        if !bevindingen.contains(where: { !$0.isSignaal }) {
            for product in toewijzing.client.toegewezenProducten {
                try transactie.voegToewijzingToe(
                    berichtID: omgeving.berichtID, wet: toewijzing.soort.standaard.wet, gemeente: toewijzing.gemeente,
                    aanbieder: toewijzing.aanbieder, bsn: toewijzing.client.bsn, product: product)
            }
        }
        return try iv028Oordeel(
            heen: toewijzing.header, soort: toewijzing.soort, omgeving, bevindingen: bevindingen)
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
