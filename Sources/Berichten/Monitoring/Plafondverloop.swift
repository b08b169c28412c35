/// A ceiling month by month: its row of `plafonds-<jaar>` and what was approved in each month
/// of its year, summed from the `productie-<jaar>` rows of its segment (and, when the ceiling
/// names them, its gemeente and aanbieder). The twelve months add up to the row's `toegekend`.
struct Plafondverloop: Sendable, Hashable {
    let stand: Plafondstand
    /// Approved per month, January first.
    let perMaand: [Int64]

    /// Running total at the end of each month.
    var cumulatief: [Int64] {
        var som: Int64 = 0
        return perMaand.map {
            som += $0; return som
        }
    }

    /// `productie`: the production rows of the ceiling's year per gemeente.
    init(_ stand: Plafondstand, productie: [String: [Productieregel]]) {
        self.stand = stand
        let plafond = stand.plafond
        var maanden = [Int64](repeating: 0, count: 12)
        for (gemeente, regels) in productie where plafond.gemeente == nil || plafond.gemeente == gemeente {
            for regel in regels
            where regel.segment?.code == plafond.segment
                && (plafond.aanbieder == nil || plafond.aanbieder == regel.aanbieder)
            {
                guard let maand = Self.maandindex(regel.maand) else { continue }
                maanden[maand] += regel.toegekend
            }
        }
        perMaand = maanden
    }

    /// `2026-09` → 8.
    static func maandindex(_ maand: String) -> Int? {
        guard let nummer = Int(maand.suffix(2)), (1...12).contains(nummer) else { return nil }
        return nummer - 1
    }
}
