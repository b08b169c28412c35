/// Horizontal bars of waiting times in days, one row each: the 90th percentile as a light bar,
/// the median as a dark bar over it, and per row its norm and long norm as short ticks (the
/// norm can differ per segment). The axis runs in whole weeks. Drawn with `SVGTekening`.
struct Wachttijdbalken: Sendable {
    struct Rij: Sendable, Hashable {
        let label: String
        /// `nil`: nothing started yet, so no waiting time to draw.
        let mediaan: Int?
        let p90: Int?
        let normDagen: Int
        let normLangDagen: Int
    }

    let titel: String
    let rijen: [Rij]
    var breedte = 900.0

    private static let links = 250.0
    private static let rechts = 110.0
    private static let boven = 34.0
    private static let rijhoogte = 22.0
    static let mediaankleur = "#1f5fa8"
    static let p90kleur = "#a9bcd6"
    static let normkleur = "#d97706"
    static let langkleur = "#b42318"

    /// The axis maximum: whole weeks, at least the longest value or norm.
    var weken: Int {
        let hoogste = rijen.flatMap { [$0.p90 ?? 0, $0.mediaan ?? 0, $0.normDagen, $0.normLangDagen] }.max() ?? 0
        return max(1, (max(hoogste, 0) + 6) / 7)
    }

    var svg: String {
        let weken = self.weken
        let stap = max(1, (weken + 9) / 10)
        let hoogte = Self.boven + Self.rijhoogte * Double(rijen.count) + 22
        var tekening = SVGTekening(breedte: breedte, hoogte: hoogte, titel: titel)
        let vlak = (x: Self.links, b: breedte - Self.links - Self.rechts)
        func x(_ dagen: Int) -> Double { vlak.x + vlak.b * Double(min(max(dagen, 0), weken * 7)) / Double(weken * 7) }
        let onder = Self.boven + Self.rijhoogte * Double(rijen.count)

        for week in stride(from: 0, through: weken, by: stap) {
            tekening.lijn(x1: x(week * 7), y1: Self.boven - 4, x2: x(week * 7), y2: onder, kleur: "#e1e4e8")
            tekening.tekst(
                "\(week) wk", x: x(week * 7), y: onder + 14, uitlijning: .midden, grootte: 10, kleur: "#555")
        }
        for (index, rij) in rijen.enumerated() {
            let y = Self.boven + Self.rijhoogte * Double(index)
            tekening.tekst(rij.label, x: vlak.x - 8, y: y + 15, uitlijning: .einde, grootte: 11)
            if let p90 = rij.p90 {
                tekening.rechthoek(
                    x: vlak.x, y: y + 4, breedte: x(p90) - vlak.x, hoogte: 14, kleur: Self.p90kleur,
                    titel: "\(rij.label) · p90: \(p90) dagen")
            }
            if let mediaan = rij.mediaan {
                tekening.rechthoek(
                    x: vlak.x, y: y + 7, breedte: x(mediaan) - vlak.x, hoogte: 8, kleur: Self.mediaankleur,
                    titel: "\(rij.label) · mediaan: \(mediaan) dagen")
            }
            tekening.lijn(
                x1: x(rij.normDagen), y1: y + 2, x2: x(rij.normDagen), y2: y + 20, kleur: Self.normkleur, dikte: 2)
            tekening.lijn(
                x1: x(rij.normLangDagen), y1: y + 2, x2: x(rij.normLangDagen), y2: y + 20, kleur: Self.langkleur,
                dikte: 2, streep: "3 2")
            let tekst = rij.mediaan.map { "\($0) / \(rij.p90.map(String.init) ?? "–") dagen" } ?? "nog geen start"
            tekening.tekst(tekst, x: vlak.x + vlak.b + 8, y: y + 15, grootte: 11)
        }
        tekening.tekst("mediaan / p90", x: vlak.x + vlak.b + 8, y: Self.boven - 8, grootte: 10, kleur: "#555")
        let legenda: [(naam: String, kleur: String, isLijn: Bool)] = [
            ("mediaan", Self.mediaankleur, false), ("p90", Self.p90kleur, false),
            ("norm", Self.normkleur, true), ("lange norm", Self.langkleur, true),
        ]
        var lx = 8.0
        for item in legenda {
            if item.isLijn {
                tekening.lijn(
                    x1: lx + 6, y1: 10, x2: lx + 6, y2: 22, kleur: item.kleur, dikte: 2,
                    streep: item.naam == "lange norm" ? "3 2" : nil)
            } else {
                tekening.rechthoek(x: lx, y: 10, breedte: 12, hoogte: 12, kleur: item.kleur)
            }
            tekening.tekst(item.naam, x: lx + 16, y: 20, grootte: 10, kleur: "#555")
            lx += 28 + Double(item.naam.count) * 6
        }
        return tekening.svg
    }
}
