/// Dutch notation of amounts and percentages (decimal comma, optionally thousands dots), all
/// through ``Eurocent``'s one formatter.
package enum Notatie {
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

    /// A count with Dutch thousands dots: `151.123.456`. Also keeps a large byte count from
    /// looking like a BSN to ``Maskering`` (no run of nine digits).
    package static func aantal(_ waarde: Int) -> String {
        let cijfers = Array(String(waarde.magnitude))
        var tekst = waarde < 0 ? "-" : ""
        for (index, cijfer) in cijfers.enumerated() {
            if index > 0 && (cijfers.count - index) % 3 == 0 { tekst.append(".") }
            tekst.append(cijfer)
        }
        return tekst
    }
}
