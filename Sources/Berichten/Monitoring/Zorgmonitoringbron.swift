/// The store's starts, stops and current toewijzingen of one gemeente (or all), read once for the
/// `in-zorg`, `wachttijden` and `stops` files.
struct Zorgmonitoringbron: Sendable {
    struct ToewijzingSleutel: Hashable, Sendable {
        let gemeente: String
        let wet: String
        let nummer: Int64
    }

    let meldingen: [Zorgmeldingregel]
    let trajecten: [Zorgtraject]
    /// Current version per toewijzing.
    let toewijzingen: [ToewijzingSleutel: OpgeslagenToewijzing]

    init(meldingen: [Zorgmeldingregel], toewijzingen: [Toewijzingsversie]) {
        self.meldingen = meldingen
        trajecten = Zorgtraject.trajecten(meldingen).values.sorted {
            ($0.sleutel.gemeente, $0.sleutel.aanbieder, $0.sleutel.toewijzingNummer ?? -1)
                < ($1.sleutel.gemeente, $1.sleutel.aanbieder, $1.sleutel.toewijzingNummer ?? -1)
        }
        var index: [ToewijzingSleutel: OpgeslagenToewijzing] = [:]
        for versie in toewijzingen {
            index[ToewijzingSleutel(gemeente: versie.gemeente, wet: versie.wet, nummer: versie.versie.nummer)] =
                versie.versie
        }
        self.toewijzingen = index
    }

    /// The segment of a traject: by the product code of its toewijzing, else of its own messages.
    static func segment(
        _ traject: Zorgtraject, toewijzingen: [ToewijzingSleutel: OpgeslagenToewijzing], config: Regioconfiguratie
    ) -> Segment? {
        let s = traject.sleutel
        let toewijzing = s.toewijzingNummer.flatMap {
            toewijzingen[ToewijzingSleutel(gemeente: s.gemeente, wet: s.wet, nummer: $0)]
        }
        return config.segment(wet: s.wet, code: toewijzing?.product?.code ?? traject.productCode)
    }
}
