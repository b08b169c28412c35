/// Dutch notation of amounts and percentages (decimal comma, optionally thousands dots), all
/// through ``Eurocent``'s one formatter.
enum Notatie {
    /// Eurocents as euros: `1234,56`, `-700,00`; with `punten`: `1.234,56`.
    static func euro(_ cent: Int64, punten: Bool = false) -> String {
        Eurocent.decimaal(cent, duizendtallen: punten)
    }

    /// Hundredths of a percent as a percentage: `93,06`.
    static func procent(_ honderdsten: Int64) -> String {
        Eurocent.decimaal(honderdsten)
    }

    /// Hundredths as a JSON number: `93.06`, `-700.00`.
    static func decimaal(_ honderdsten: Int64) -> String {
        String(Eurocent.decimaal(honderdsten).map { $0 == "," ? "." : $0 })
    }
}
