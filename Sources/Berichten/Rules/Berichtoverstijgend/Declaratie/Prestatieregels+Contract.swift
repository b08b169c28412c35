/// BD002 and BD001 (local): the gemeente takes part in the product's segment, and the aanbieder
/// is contracted (or in transition) for it there, on the first day of the product period.
/// Rejecting or only signalling, as the region's config says.
extension Prestatieregels {
    static let bd002 = Prestatieregel(Regelcatalogus.bd002) { g in
        guard let (segment, datum) = segmentZonder(.gemeenteNeemtNietDeel, g) else { return [] }
        let p = g.prestatie
        return g.config.lokaleBevinding(
            Regelcatalogus.bd002, p.positie, g.doel,
            gevonden: "gemeente \(g.bericht.gemeente), segment \(segment.naam), \(datum.nederlands)",
            verwacht: "een gemeente die op die datum deelneemt aan \(segment.naam)",
            toelichting:
                "Gemeente \(g.bericht.gemeente) neemt niet deel aan het segment \(segment.naam) (product \(p.productCode))"
        ).map { [$0] } ?? []
    }

    static let bd001 = Prestatieregel(Regelcatalogus.bd001) { g in
        guard let (segment, datum) = segmentZonder(.geenContract, g) else { return [] }
        let p = g.prestatie
        return g.config.lokaleBevinding(
            Regelcatalogus.bd001, p.positie, g.doel,
            gevonden:
                "aanbieder \(g.bericht.aanbieder), segment \(segment.naam), gemeente \(g.bericht.gemeente), \(datum.nederlands)",
            verwacht: "een contract voor dit segment in deze gemeente in de productperiode",
            toelichting: "Aanbieder \(g.bericht.aanbieder) declareert \(p.productCode) (\(segment.naam)) in gemeente "
                + "\(g.bericht.gemeente) zonder contract op \(datum.nederlands)"
        ).map { [$0] } ?? []
    }

    private static func segmentZonder(_ status: Contractstatus, _ g: Prestatiegeval) -> (Segment, Datum)? {
        guard g.toewijzing != nil,
            let segment = g.config.segment(wet: g.context.wet, productCode: g.prestatie.productCode)
        else {
            return nil
        }
        let datum = g.prestatie.productPeriode.begindatum
        let gevonden = g.config.contractstatus(
            aanbieder: g.bericht.aanbieder, segment: segment.code, gemeente: g.bericht.gemeente, op: datum)
        return gevonden == status ? (segment, datum) : nil
    }
}
