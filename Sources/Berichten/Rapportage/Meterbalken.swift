/// Horizontal bars of shares, one row each, against a line at 100 %: per row its own threshold
/// (a short tick) and a marker (a forecast), with the values written beside the bar. Shows at a
/// glance which of many ceilings is near or over. Shares in hundredths of a percent.
struct Meterbalken: Sendable {
    struct Rij: Sendable, Hashable {
        let label: String
        let waarde: Int64
        let markering: Int64?
        let drempel: Int64?
        let kleur: String
    }

    let titel: String
    let rijen: [Rij]
    var markeringnaam = "prognose jaareinde"
    var drempelnaam = "signaaldrempel"
    var breedte = 900.0

    private static let links = 250.0
    private static let rechts = 150.0
    private static let boven = 30.0
    private static let rijhoogte = 22.0

    var svg: String {
        let hoogste = rijen.flatMap { [$0.waarde, $0.markering ?? 0] }.max() ?? 0
        let maximum = min(max(12_000, (hoogste + 1_999) / 2_000 * 2_000), 20_000)
        let hoogte = Self.boven + Self.rijhoogte * Double(rijen.count) + 22
        var tekening = SVGTekening(breedte: breedte, hoogte: hoogte, titel: titel)
        let vlak = (x: Self.links, b: breedte - Self.links - Self.rechts)
        func x(_ waarde: Int64) -> Double { vlak.x + vlak.b * Double(min(max(waarde, 0), maximum)) / Double(maximum) }
        let onder = Self.boven + Self.rijhoogte * Double(rijen.count)

        for streep in stride(from: Int64(0), through: maximum, by: 2_000) {
            tekening.lijn(x1: x(streep), y1: Self.boven - 4, x2: x(streep), y2: onder, kleur: "#e1e4e8")
            tekening.tekst(
                "\(streep / 100) %", x: x(streep), y: onder + 14, uitlijning: .midden, grootte: 10, kleur: "#555")
        }
        for (index, rij) in rijen.enumerated() {
            let y = Self.boven + Self.rijhoogte * Double(index)
            tekening.tekst(rij.label, x: vlak.x - 8, y: y + 15, uitlijning: .einde, grootte: 11)
            tekening.rechthoek(x: vlak.x, y: y + 5, breedte: vlak.b, hoogte: 12, kleur: "#f0f2f5")
            tekening.rechthoek(x: vlak.x, y: y + 5, breedte: x(rij.waarde) - vlak.x, hoogte: 12, kleur: rij.kleur)
            if let drempel = rij.drempel {
                tekening.lijn(x1: x(drempel), y1: y + 2, x2: x(drempel), y2: y + 20, kleur: "#d97706", dikte: 2)
            }
            if let markering = rij.markering {
                tekening.lijn(
                    x1: x(markering), y1: y + 3, x2: x(markering), y2: y + 19, kleur: "#222", dikte: 2, streep: "3 2")
            }
            var tekst = Notatie.procent(rij.waarde) + " %"
            if let markering = rij.markering { tekst += "  → " + Notatie.procent(markering) + " %" }
            if rij.waarde > maximum || (rij.markering ?? 0) > maximum { tekst += " »" }
            tekening.tekst(
                tekst, x: vlak.x + vlak.b + 8, y: y + 15, grootte: 11, vet: rij.waarde >= (rij.drempel ?? 10_000))
        }
        tekening.lijn(x1: x(10_000), y1: Self.boven - 6, x2: x(10_000), y2: onder, kleur: "#b42318", dikte: 2)
        tekening.tekst(
            "100 % = plafond", x: x(10_000), y: Self.boven - 10, uitlijning: .midden, grootte: 10, kleur: "#b42318",
            vet: true)
        tekening.lijn(x1: 8, y1: 12, x2: 8, y2: 24, kleur: "#d97706", dikte: 2)
        tekening.tekst(drempelnaam, x: 14, y: 22, grootte: 10, kleur: "#555")
        tekening.lijn(x1: 110, y1: 12, x2: 110, y2: 24, kleur: "#222", dikte: 2, streep: "3 2")
        tekening.tekst(markeringnaam, x: 116, y: 22, grootte: 10, kleur: "#555")
        return tekening.svg
    }
}
