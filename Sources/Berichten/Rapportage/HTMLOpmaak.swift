/// Dutch notation inside the dashboards' HTML: `€ 1.234,56`, `91,94 %`, month names, and a
/// code with its name. Non-breaking spaces as `&#160;`, so the page stays well-formed XML.
enum HTMLOpmaak {
    static let maanden = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
    ]
    static let kortemaanden = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    static func euro(_ cent: Int64) -> String { "€&#160;" + Notatie.euro(cent, punten: true) }

    /// Whole euros (`€ 12.500`) for running text.
    static func euroRond(_ cent: Int64) -> String {
        let afgerond = (cent.magnitude + 50) / 100
        return "€&#160;" + (cent < 0 ? "-" : "") + Grafiekas.geheel(Int64(afgerond))
    }

    /// Hundredths of a percent; `–` when there is no whole to divide by.
    static func procent(_ honderdsten: Int64?) -> String {
        honderdsten.map { Notatie.procent($0) + "&#160;%" } ?? "–"
    }

    static func tekst(_ waarde: String) -> String { HTMLTekst.tekst(waarde) }

    /// `0321 Gemeente Een`: the code, and the name when the config knows it.
    static func partij(_ code: String, _ naam: String?) -> String {
        "<span class=\"code\">\(tekst(code))</span>" + (naam.map { " " + tekst($0) } ?? "")
    }

    static func segmentnaam(_ segment: Segment?) -> String {
        guard let segment else { return "buiten de productcodelijst" }
        return "\(tekst(segment.naam)) <span class=\"klein\">(\(tekst(segment.code)))</span>"
    }
}
