/// Bars per category (a month, a segment), stacked or side by side, with lines over them
/// (last year, a forecast), horizontal reference lines (a ceiling and its threshold), a value
/// axis with Dutch labels and a legend. Drawn with `SVGTekening`.
struct Staafgrafiek: Sendable {
    enum Schikking: Sendable {
        case gestapeld
        case naastElkaar
    }

    let titel: String
    let categorieen: [String]
    let staven: [Grafiekreeks]
    var schikking: Schikking = .gestapeld
    var lijnen: [Grafiekreeks] = []
    var referentielijnen: [Referentielijn] = []
    var eenheid: Grafiekas.Eenheid = .euro
    var breedte: Double = 640
    var hoogte: Double = 260

    private static let links = 74.0
    private static let rechts = 96.0
    private static let boven = 30.0
    private static let onder = 24.0

    var svg: String {
        let stapels = categorieen.indices.map { index in
            staven.reduce(Int64(0)) { $0 + max($1.waarden[index] ?? 0, 0) }
        }
        let hoogsteStaaf = schikking == .gestapeld ? stapels : staven.flatMap { $0.waarden.compactMap { $0 } }
        let schaal = Grafiekas(
            tot: hoogsteStaaf + lijnen.flatMap { $0.waarden.compactMap { $0 } } + referentielijnen.map(\.waarde),
            eenheid: eenheid)
        let legenda = legendaregels()
        let boven = Self.boven + 18 * Double(legenda.count - 1)
        var tekening = SVGTekening(breedte: breedte, hoogte: hoogte + boven - Self.boven, titel: titel)
        let vlak = (x: Self.links, y: boven, b: breedte - Self.links - Self.rechts, h: hoogte - Self.boven - Self.onder)
        func y(_ waarde: Int64) -> Double { vlak.y + vlak.h * (1 - schaal.fractie(waarde)) }
        let vak = vlak.b / Double(max(categorieen.count, 1))
        func midden(_ index: Int) -> Double { vlak.x + vak * (Double(index) + 0.5) }

        for streepje in schaal.streepjes {
            tekening.lijn(
                x1: vlak.x, y1: y(streepje), x2: vlak.x + vlak.b, y2: y(streepje),
                kleur: streepje == 0 ? "#888" : "#e1e4e8")
            tekening.tekst(
                schaal.label(streepje), x: vlak.x - 6, y: y(streepje) + 4, uitlijning: .einde, grootte: 10,
                kleur: "#555")
        }
        for (index, categorie) in categorieen.enumerated() {
            tekening.tekst(
                categorie, x: midden(index), y: vlak.y + vlak.h + 16, uitlijning: .midden, grootte: 10, kleur: "#555")
            tekenStaven(
                &tekening, index: index, categorie: categorie, links: vlak.x + vak * Double(index), vak: vak,
                schaal: schaal, y: y)
        }
        for reeks in lijnen {
            let punten = reeks.waarden.enumerated().compactMap { index, waarde in
                waarde.map { (x: midden(index), y: y($0)) }
            }
            tekening.polylijn(punten, kleur: reeks.kleur, dikte: 2, streep: reeks.gestreept ? "6 4" : nil)
            for punt in punten where !reeks.gestreept {
                tekening.cirkel(x: punt.x, y: punt.y, straal: 2.5, kleur: reeks.kleur)
            }
        }
        var vorigLabel = -Double.infinity
        for lijn in referentielijnen.sorted(by: { $0.waarde > $1.waarde }) {
            tekening.lijn(
                x1: vlak.x, y1: y(lijn.waarde), x2: vlak.x + vlak.b, y2: y(lijn.waarde), kleur: lijn.kleur, dikte: 1.5,
                streep: lijn.streep)
            // Labels of lines close together are moved apart, so both stay readable.
            let labelY = max(y(lijn.waarde) + 4, vorigLabel + 12)
            tekening.tekst(lijn.label, x: vlak.x + vlak.b + 4, y: labelY, grootte: 10, kleur: lijn.kleur, vet: true)
            vorigLabel = labelY
        }
        for (regel, items) in legenda.enumerated() {
            for item in items {
                let y = 14 + 18 * Double(regel)
                if item.isLijn {
                    tekening.lijn(
                        x1: item.x, y1: y, x2: item.x + 18, y2: y, kleur: item.reeks.kleur, dikte: 2,
                        streep: item.reeks.gestreept ? "6 4" : nil)
                } else {
                    tekening.rechthoek(x: item.x + 3, y: y - 6, breedte: 12, hoogte: 12, kleur: item.reeks.kleur)
                }
                tekening.tekst(item.reeks.naam, x: item.x + 22, y: y + 4, grootte: 11)
            }
        }
        return tekening.svg
    }

    private func tekenStaven(
        _ tekening: inout SVGTekening, index: Int, categorie: String, links: Double, vak: Double, schaal: Grafiekas,
        y: (Int64) -> Double
    ) {
        let zichtbaar = staven.filter { $0.waarden[index] != nil }
        switch schikking {
        case .gestapeld:
            var basis: Int64 = 0
            for reeks in zichtbaar {
                let waarde = max(reeks.waarden[index] ?? 0, 0)
                guard waarde > 0 else { continue }
                tekening.rechthoek(
                    x: links + vak * 0.18, y: y(basis + waarde), breedte: vak * 0.64,
                    hoogte: y(basis) - y(basis + waarde),
                    kleur: reeks.kleur, titel: "\(categorie) · \(reeks.naam): \(schaal.label(waarde))")
                basis += waarde
            }
        case .naastElkaar:
            let breedte = vak * 0.8 / Double(max(staven.count, 1))
            for (nummer, reeks) in staven.enumerated() {
                guard let waarde = reeks.waarden[index], waarde > 0 else { continue }
                tekening.rechthoek(
                    x: links + vak * 0.1 + breedte * Double(nummer), y: y(waarde), breedte: breedte * 0.92,
                    hoogte: y(0) - y(waarde), kleur: reeks.kleur,
                    titel: "\(categorie) · \(reeks.naam): \(schaal.label(waarde))")
            }
        }
    }

    /// The legend's entries laid out left to right, on as many lines as the width needs.
    private func legendaregels() -> [[(x: Double, reeks: Grafiekreeks, isLijn: Bool)]] {
        var regels: [[(x: Double, reeks: Grafiekreeks, isLijn: Bool)]] = [[]]
        var x = Self.links
        for (reeks, isLijn) in staven.map({ ($0, false) }) + lijnen.map({ ($0, true) }) {
            let breedte = 34 + Double(reeks.naam.count) * 6
            if x + breedte > self.breedte - 8, !(regels.last?.isEmpty ?? true) {
                regels.append([])
                x = Self.links
            }
            regels[regels.count - 1].append((x, reeks, isLijn))
            x += breedte
        }
        return regels
    }
}
