/// What a toewijzing commits the gemeente to: its maximum volume over its term (IV076–IV079,
/// as TR322 counts it) times the contract tariff. The term is split where the tariff changes,
/// so each part is priced at its own tariff; a week or month that straddles a split counts once.
enum Verplichting {
    /// Eurocents; `nil` when no contract tariff is known (taakgericht, product without code).
    /// An open-ended toewijzing counts up to `horizon`.
    static func bedrag(
        _ toewijzing: OpgeslagenToewijzing, wet: Wet, gemeente: String, horizon: Datum, config: Regioconfiguratie
    ) -> Int64? {
        guard let omvang = toewijzing.omvang else { return toewijzing.budget }
        guard let code = toewijzing.product?.code else { return nil }
        let ingang = toewijzing.ingangsdatum
        let eind = toewijzing.einddatum ?? horizon
        guard ingang <= eind else { return 0 }
        func tarief(op datum: Datum) -> Int64? {
            config.contractTarief(
                wet: wet, productCode: code, eenheid: omvang.eenheid, aanbieder: toewijzing.aanbieder,
                gemeente: gemeente, op: datum
            )?.centPerEenheid ?? (omvang.eenheid == .euro ? 100 : nil)
        }
        if omvang.frequentie == .totaal {
            return tarief(op: ingang).map { omvang.volume * $0 }
        }
        var totaal: Int64 = 0
        for (index, deel) in delen(
            van: ingang, tot: eind, grenzen: tariefgrenzen(config, wet: wet, code: code, omvang.eenheid)
        ).enumerated() {
            guard let prijs = tarief(op: deel.begindatum) else { return nil }
            totaal += volume(omvang, in: deel, isEerste: index == 0) * prijs
        }
        return totaal
    }

    /// First days on which some tariff row of the product starts or stops applying.
    private static func tariefgrenzen(
        _ config: Regioconfiguratie, wet: Wet, code: String, _ eenheid: Eenheid
    ) -> [Datum] {
        config.tarieven.filter { $0.wet == wet && $0.productCode == code && $0.eenheid == eenheid }
            .flatMap { [$0.geldigheid.van] + ($0.geldigheid.tot.map { [$0.plus(dagen: 1)] } ?? []) }
    }

    private static func delen(van: Datum, tot: Datum, grenzen: [Datum]) -> [Periode] {
        var begin = van
        var result: [Periode] = []
        for grens in Set(grenzen).sorted() where grens > van && grens <= tot {
            result.append(Periode(begindatum: begin, einddatum: grens.plus(dagen: -1)))
            begin = grens
        }
        result.append(Periode(begindatum: begin, einddatum: tot))
        return result
    }

    private static func volume(_ omvang: Omvang, in deel: Periode, isEerste: Bool) -> Int64 {
        switch omvang.frequentie {
        case .perDag:
            return omvang.volume * Int64(deel.aantalDagen)
        case .perWeek:
            let gedeeld = !isEerste && deel.begindatum.isoWeekdag != 1
            return omvang.volume * Int64(Volumenorm.isoWeken(in: deel) - (gedeeld ? 1 : 0))
        case .perMaand:
            let maanden =
                (deel.einddatum.jaar - deel.begindatum.jaar) * 12 + deel.einddatum.maand - deel.begindatum.maand + 1
            let gedeeld = !isEerste && deel.begindatum.dag != 1
            return omvang.volume * Int64(maanden - (gedeeld ? 1 : 0))
        case .totaal:
            return omvang.volume
        }
    }
}
