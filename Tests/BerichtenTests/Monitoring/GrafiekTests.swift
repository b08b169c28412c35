import Foundation
import Testing

@testable import Berichten

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The reports layer's SVG writer: round axes with Dutch labels, coordinates SVG can read,
/// escaped text, reference-line labels that do not overlap.
@Suite("Rapportage: de SVG-grafieken")
struct GrafiekTests {
    @Test("de as loopt van nul tot een rond maximum in hoogstens zes ronde stappen, met euro's in Nederlandse notatie")
    func axis() {
        let euro = Grafiekas(tot: [950_000, 12_345], eenheid: .euro)
        #expect(euro.stap == 200_000 && euro.maximum == 1_000_000)
        #expect(euro.streepjes.map(euro.label) == ["€ 0", "€ 2.000", "€ 4.000", "€ 6.000", "€ 8.000", "€ 10.000"])
        let klein = Grafiekas(tot: [7], eenheid: .aantal)
        #expect(klein.stap == 2 && klein.maximum == 8 && klein.streepjes.count == 5)
        let leeg = Grafiekas(tot: [-500], eenheid: .euro)
        #expect(leeg.maximum == 400 && leeg.fractie(-500) == 0)
        for hoogste: Int64 in [401, 2_950_000, 123_456_789_00] {
            let schaal = Grafiekas(tot: [hoogste], eenheid: .euro)
            #expect(
                schaal.maximum >= hoogste && (3...7).contains(schaal.streepjes.count), "\(hoogste): \(schaal.streepjes)"
            )
        }
        // Below four euros the steps stay whole euros.
        #expect(Grafiekas(tot: [99], eenheid: .euro).streepjes == [0, 100])
        #expect(Grafiekas.geheel(-1_234_567) == "-1.234.567" && Grafiekas.geheel(999) == "999")
    }

    @Test("coördinaten met hoogstens één decimaal en een punt")
    func coordinates() {
        #expect(
            SVGTekening.getal(12) == "12" && SVGTekening.getal(12.25) == "12.3" && SVGTekening.getal(-0.46) == "-0.5")
        #expect(SVGTekening.getal(0.04) == "0" && SVGTekening.getal(640.0) == "640")
    }

    @Test("een staafgrafiek is welgevormde XML, ontsnapt tekst en houdt de labels van referentielijnen uit elkaar")
    func barChartIsWellFormed() throws {
        let grafiek = Staafgrafiek(
            titel: "Toegekend <&> \"test\"", categorieen: ["jan", "feb & mrt"],
            staven: [Grafiekreeks(naam: "A & B", kleur: "#123456", waarden: [100, nil])],
            lijnen: [Grafiekreeks(naam: "prognose", kleur: "#555", waarden: [100, 200], gestreept: true)],
            referentielijnen: [
                Referentielijn(waarde: 10_000_000, label: "100 % plafond", kleur: "#b42318"),
                Referentielijn(waarde: 9_990_000, label: "80 % signaal", kleur: "#d97706"),
            ])
        let svg = grafiek.svg
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(
            svg.contains("<title>Toegekend &lt;&amp;&gt; &quot;test&quot;</title>") && svg.contains("feb &amp; mrt"))
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        let labelY = ["100 % plafond", "80 % signaal"].map { label in
            svg.components(separatedBy: "\n").first { $0.hasSuffix(">\(label)</text>") }
                .flatMap { $0.components(separatedBy: " y=\"").dropFirst().first?.prefix { $0 != "\"" } }
                .flatMap { Double($0) } ?? 0
        }
        #expect(labelY[1] - labelY[0] >= 12, "\(labelY)")
    }
}
