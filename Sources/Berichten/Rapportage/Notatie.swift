/// Dutch notation of amounts and percentages: decimal comma, optionally thousands dots.
enum Notatie {
    /// Eurocents as euros: `1234,56`, `-700,00`; with `punten`: `1.234,56`.
    static func euro(_ cent: Int64, punten: Bool = false) -> String {
        honderdsten(cent, punten: punten)
    }

    /// Hundredths of a percent as a percentage: `93,06`.
    static func procent(_ honderdsten: Int64) -> String {
        Self.honderdsten(honderdsten, punten: false)
    }

    /// Hundredths as a JSON number: `93.06`, `-700.00`.
    static func decimaal(_ honderdsten: Int64) -> String {
        let (teken, geheel, rest) = delen(honderdsten)
        return "\(teken)\(geheel).\(rest)"
    }

    private static func honderdsten(_ waarde: Int64, punten: Bool) -> String {
        let (teken, geheel, rest) = delen(waarde)
        var cijfers = String(geheel)
        if punten && cijfers.count > 3 {
            var gegroepeerd = ""
            for (index, cijfer) in cijfers.enumerated() {
                if index > 0 && (cijfers.count - index) % 3 == 0 { gegroepeerd.append(".") }
                gegroepeerd.append(cijfer)
            }
            cijfers = gegroepeerd
        }
        return "\(teken)\(cijfers),\(rest)"
    }

    private static func delen(_ waarde: Int64) -> (teken: String, geheel: UInt64, rest: String) {
        let grootte = waarde.magnitude
        let rest = grootte % 100
        return (waarde < 0 ? "-" : "", grootte / 100, rest < 10 ? "0\(rest)" : "\(rest)")
    }
}
