/// A small SVG writer: shapes and text on a canvas of fixed size, written as inline SVG that is
/// also well-formed XML. Coordinates with at most one decimal (a dot, as SVG wants), text escaped.
struct SVGTekening: Sendable {
    let breedte: Double
    let hoogte: Double
    /// Read by screen readers and shown as a tooltip.
    let titel: String
    private var inhoud: [String] = []

    init(breedte: Double, hoogte: Double, titel: String) {
        self.breedte = breedte
        self.hoogte = hoogte
        self.titel = titel
    }

    mutating func rechthoek(x: Double, y: Double, breedte: Double, hoogte: Double, kleur: String, titel: String? = nil)
    {
        let vorm =
            "<rect x=\"\(Self.getal(x))\" y=\"\(Self.getal(y))\" width=\"\(Self.getal(max(0, breedte)))\" "
            + "height=\"\(Self.getal(max(0, hoogte)))\" fill=\"\(kleur)\""
        inhoud.append(titel.map { vorm + "><title>\(HTMLTekst.tekst($0))</title></rect>" } ?? vorm + "/>")
    }

    /// `streep`: dash pattern such as `6 4`; `nil` draws a solid line.
    mutating func lijn(
        x1: Double, y1: Double, x2: Double, y2: Double, kleur: String, dikte: Double = 1, streep: String? = nil
    ) {
        inhoud.append(
            "<line x1=\"\(Self.getal(x1))\" y1=\"\(Self.getal(y1))\" x2=\"\(Self.getal(x2))\" y2=\"\(Self.getal(y2))\" "
                + "stroke=\"\(kleur)\" stroke-width=\"\(Self.getal(dikte))\""
                + (streep.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>")
    }

    mutating func polylijn(_ punten: [(x: Double, y: Double)], kleur: String, dikte: Double = 2, streep: String? = nil)
    {
        guard punten.count > 1 else { return }
        let lijst = punten.map { "\(Self.getal($0.x)),\(Self.getal($0.y))" }.joined(separator: " ")
        inhoud.append(
            "<polyline points=\"\(lijst)\" fill=\"none\" stroke=\"\(kleur)\" stroke-width=\"\(Self.getal(dikte))\""
                + (streep.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>")
    }

    mutating func cirkel(x: Double, y: Double, straal: Double, kleur: String) {
        inhoud.append(
            "<circle cx=\"\(Self.getal(x))\" cy=\"\(Self.getal(y))\" r=\"\(Self.getal(straal))\" fill=\"\(kleur)\"/>")
    }

    enum Uitlijning: String, Sendable {
        case begin = "start"
        case midden = "middle"
        case einde = "end"
    }

    mutating func tekst(
        _ tekst: String, x: Double, y: Double, uitlijning: Uitlijning = .begin, grootte: Double = 11,
        kleur: String = "#333", vet: Bool = false
    ) {
        inhoud.append(
            "<text x=\"\(Self.getal(x))\" y=\"\(Self.getal(y))\" text-anchor=\"\(uitlijning.rawValue)\" "
                + "font-size=\"\(Self.getal(grootte))\" fill=\"\(kleur)\"" + (vet ? " font-weight=\"bold\"" : "") + ">"
                + HTMLTekst.tekst(tekst) + "</text>")
    }

    /// The `<svg>` element; it shrinks with the page (width 100 %, never wider than drawn) and
    /// keeps its proportions.
    var svg: String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.getal(breedte)) \(Self.getal(hoogte))\" "
            + "role=\"img\" class=\"grafiek\" style=\"max-width: \(Self.getal(breedte))px\" font-family=\"Segoe UI, Helvetica Neue, Arial, sans-serif\">"
            + "<title>\(HTMLTekst.tekst(titel))</title>\n" + inhoud.joined(separator: "\n") + "\n</svg>\n"
    }

    /// `12`, `12.5`, `-3.2`: rounded to one decimal, no trailing `.0`.
    static func getal(_ waarde: Double) -> String {
        let tienden = Int((waarde * 10).rounded())
        let grootte = tienden.magnitude
        let teken = tienden < 0 ? "-" : ""
        return grootte % 10 == 0 ? "\(teken)\(grootte / 10)" : "\(teken)\(grootte / 10).\(grootte % 10)"
    }
}
