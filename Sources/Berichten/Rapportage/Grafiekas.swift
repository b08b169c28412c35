/// The value axis of a chart: from zero to a round maximum in at most six round steps (1, 2 or
/// 5 × a power of ten; whole euros at least), with Dutch labels (`€ 12.500`, `1.200`). Values
/// are whole numbers: eurocents for amounts.
struct Grafiekas: Sendable, Hashable {
    enum Eenheid: Sendable, Hashable {
        /// Values in eurocents, labels in whole euros.
        case euro
        case aantal
    }

    let eenheid: Eenheid
    let maximum: Int64
    let stap: Int64

    /// An axis that shows every value in `waarden` (negative values are drawn at zero).
    init(tot waarden: [Int64], eenheid: Eenheid) {
        self.eenheid = eenheid
        let hoogste = max(waarden.max() ?? 0, 0)
        let eenheidStap: Int64 = eenheid == .euro ? 100 : 1
        guard hoogste > 0 else {
            stap = eenheidStap
            maximum = eenheidStap * 4
            return
        }
        var macht = eenheidStap
        while macht * 10 <= hoogste / 4 { macht *= 10 }
        var gekozen = macht * 10
        for factor: Int64 in [1, 2, 5, 10] {
            let kandidaat = macht * factor
            if kandidaat * 6 >= hoogste {
                gekozen = kandidaat
                break
            }
        }
        stap = gekozen
        maximum = (hoogste + gekozen - 1) / gekozen * gekozen
    }

    var streepjes: [Int64] { (0...(maximum / stap)).map { $0 * stap } }

    /// Height on the axis as a fraction 0…1 of its length.
    func fractie(_ waarde: Int64) -> Double {
        Double(min(max(waarde, 0), maximum)) / Double(maximum)
    }

    func label(_ waarde: Int64) -> String {
        switch eenheid {
        case .euro: "€ " + Self.geheel(waarde / 100)
        case .aantal: Self.geheel(waarde)
        }
    }

    /// `12.500`: a whole number with thousands dots.
    static func geheel(_ waarde: Int64) -> String {
        let cijfers = String(waarde.magnitude)
        var uit = waarde < 0 ? "-" : ""
        for (index, cijfer) in cijfers.enumerated() {
            if index > 0 && (cijfers.count - index) % 3 == 0 { uit.append(".") }
            uit.append(cijfer)
        }
        return uit
    }
}
