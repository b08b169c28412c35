import Testing

@testable import Berichten
@testable import Generator

/// The generator's own maximum per product period must be the rules' (Volumenorm): a
/// deliberately too large volume is that maximum plus 1–3, and must really be rejected (9321).
@Suite("Generator: maximum per productperiode zoals TR321")
struct ProductprofielTests {
    static let september = Periode(
        begindatum: Datum(jaar: 2026, maand: 9, dag: 1)!, einddatum: Datum(jaar: 2026, maand: 9, dag: 30)!)
    static let toewijzing = (
        ingang: Datum(jaar: 2026, maand: 8, dag: 3)!, eind: Optional(Datum(jaar: 2026, maand: 12, dag: 31)!)
    )

    @Test(
        "per week: Wmo-categorie 01 altijd 6 × het weekvolume (IV077), andere producten de ISO-weken",
        arguments: [
            ("01", "01A01", 18),
            ("02", "02A01", 15),
        ])
    func maximumFollowsVolumenorm(_ categorie: String, _ code: String, _ maximum: Int) throws {
        let product = Productdefinitie(
            wet: .wmo, categorie: categorie, code: code, omschrijving: "uur per week", segment: "S", eenheid: .uur)
        let profiel = try #require(Productprofiel(product))
        #expect(profiel.maximum(volume: 3, periode: Self.september) == maximum)
        let regel = Volumenorm.maximumPerPeriode(
            Omvang(volume: 3, eenheid: .uur, frequentie: .perWeek), periode: Self.september,
            toewijzing: Self.toewijzing,
            product: (.wmo, categorie))
        #expect(Int64(profiel.maximum(volume: 3, periode: Self.september)) == regel)
    }
}
