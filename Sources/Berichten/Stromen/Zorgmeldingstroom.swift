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
        if !bevindingen.contains(where: { !$0.isSignaal }) {
            try transactie.legZorgmeldingVast(melding, berichtID: omgeving.berichtID)
        }
        return try iv028Oordeel(heen: melding.header, soort: melding.soort, omgeving, bevindingen: bevindingen)
    }
}
