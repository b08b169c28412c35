/// OP364: a start or stop (the regieberichten) may never be a condition for accepting a
/// declaratie. BD005 only signals a debet on a toewijzing without a start, so that the
/// monitoring can show care declared before (or without) a start message.
extension Prestatieregels {
    static let bd005 = Prestatieregel(Regelcatalogus.bd005) { g in
        let p = g.prestatie
        guard p.vorigReferentieNummer == nil, g.toewijzing != nil, let gestart = g.context.gestart,
            !gestart.contains(p.toewijzingNummer)
        else { return [] }
        return g.config.lokaleBevinding(
            Regelcatalogus.bd005, p.positie, g.doel,
            gevonden: "toewijzing \(p.toewijzingNummer) zonder start zorg (305) van aanbieder \(g.bericht.aanbieder)",
            verwacht: "een start zorg op de toewijzing (alleen een signaal: OP364)",
            toelichting:
                "Aanbieder \(g.bericht.aanbieder) declareert op toewijzing \(p.toewijzingNummer) zonder dat er "
                + "een start zorg is ontvangen"
        ).map { [$0] } ?? []
    }
}
