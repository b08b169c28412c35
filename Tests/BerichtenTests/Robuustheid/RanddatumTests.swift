import Foundation
import Testing

@testable import Berichten

/// Dates the XSD allows (xs:date from year 0001) but the date arithmetic of the rules once
/// could not use: they must give findings or pass, never trap.
@Suite("Robuustheid: datums aan de rand van de kalender", .serialized)
struct RanddatumTests {
    @Test("rekenen met datums is totaal aan beide randen van de kalender")
    func arithmeticIsTotal() throws {
        let eerste = try #require(Datum(jaar: 1, maand: 1, dag: 1))
        let laatste = try #require(Datum(jaar: 9999, maand: 12, dag: 31))
        #expect(eerste.min(jaren: 5) == nil)
        #expect(eerste.plus(dagen: -1) == eerste)
        #expect(laatste.plus(dagen: 1) == laatste)
        #expect(eerste.plus(dagen: -1).eersteVanMaand == eerste)
        #expect(laatste.plus(dagen: 40).laatsteVanMaand == laatste)
        #expect(Datum(dagnummer: .max) == laatste)
        #expect(Datum(dagnummer: .min) == eerste)
        #expect(eerste.plus(dagen: .min) == eerste)
        #expect(
            try #require(Datum(jaar: 2024, maand: 2, dag: 29)).min(jaren: 1) == Datum(jaar: 2023, maand: 2, dag: 28))
        #expect(try #require(Datum(jaar: 6, maand: 3, dag: 1)).min(jaren: 5) == Datum(jaar: 1, maand: 3, dag: 1))
    }

    @Test(
        "niveau 2 op een 323 met DeclaratieDagtekening in jaar 3 (TR335) en een 301 met Dagtekening in jaar 100 (TR002)",
        arguments: ["robuust/jw323-dagtekening-0003.xml", "robuust/jw301-dagtekening-0100.xml"])
    func levelTwoDoesNotTrap(_ fixture: String) throws {
        let bericht = try TestOmgeving.bericht(fixture)
        let regels = Set(Berichtinhoud.controleer(bericht).map(\.regel))
        #expect(!regels.contains("TR335") && !regels.contains("TR002"))
    }

    @Test(
        "zulke berichten krijgen een retour en de monitoring loopt door",
        arguments: ["robuust/jw301-dagtekening-0100.xml", "robuust/jw323-dagtekening-0003.xml"])
    func processedEndToEnd(_ fixture: String) throws {
        let omgeving = try VoorbeeldscenarioTests.Omgeving()
        defer { omgeving.opruimen() }
        let uitkomst = try omgeving.verwerk(TestOmgeving.pad(fixture))
        #expect(uitkomst.retourBestand != nil)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).filter {
                !$0.hasPrefix(".")
            }
            .isEmpty)
        try Monitoring(verwerker: omgeving.verwerker).werkBij()
    }
}

@Suite("Robuustheid: volumenormen over lange perioden")
struct VolumenormRandTests {
    @Test("zondagen tellen geeft hetzelfde als dag voor dag lopen, ook over eeuwen")
    func sundaysCounted() throws {
        let begin = try #require(Datum(jaar: 2026, maand: 1, dag: 1))
        for lengte in [0, 1, 5, 6, 7, 13, 14, 30, 400] {
            for start in 0..<7 {
                let periode = Periode(
                    begindatum: begin.plus(dagen: start), einddatum: begin.plus(dagen: start + lengte))
                let gelopen = (periode.begindatum.dagnummer...periode.einddatum.dagnummer).filter {
                    Datum(dagnummer: $0).isoWeekdag == 7
                }.count
                #expect(
                    Volumenorm.outputWeken(in: periode, toewijzing: (ingang: periode.begindatum, eind: nil)) == gelopen)
            }
        }
        let eeuwen = Periode(begindatum: .eerste, einddatum: .laatste)
        let zondagen = Volumenorm.outputWeken(in: eeuwen, toewijzing: (ingang: .eerste, eind: nil))
        #expect((eeuwen.aantalDagen / 7...eeuwen.aantalDagen / 7 + 1).contains(zondagen))
    }
}
