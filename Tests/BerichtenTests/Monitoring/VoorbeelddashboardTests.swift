import Berichten
import Foundation
import Testing

/// The bundled example region (README's run command) on its peildatum: a dashboard per gemeente
/// and one for the region, and its only ceiling signal (the gezinshuis contract, in zicht) in words.
@Suite("Monitoring: dashboards van de voorbeeldregio", .serialized)
struct VoorbeelddashboardTests {
    @Test("het enige signaal van de voorbeeldregio: het gezinshuisplafond in zicht, met prognose boven het plafond")
    func exampleRegionShowsItsOnlySignal() throws {
        let omgeving = try VoorbeeldscenarioTests.Omgeving()
        defer { try? FileManager.default.removeItem(atPath: omgeving.map) }
        for bestand in try VoorbeeldscenarioTests.voorbeelden() { _ = try omgeving.verwerk(bestand) }
        try Monitoring(verwerker: omgeving.verwerker).werkBij(peildatum: Datum(jaar: 2026, maand: 11, dag: 23)!)
        let monitoring = omgeving.map + "/monitoring"
        let mappen = try FileManager.default.contentsOfDirectory(atPath: monitoring).sorted()
        #expect(mappen == ["0321", "0331", "0353", "0355", "0356", "0632", "1581", "1961", "regio"])
        for map in mappen { _ = try Dashboardlezer.lees(monitoring + "/\(map)/index.html") }

        let regio = try Dashboardlezer.lees(monitoring + "/regio/index.html")
        #expect(regio.kerncijfers["k-inzicht"] == "1" && regio.kerncijfers["k-overschreden"] == "0")
        let signalen = (regio.tabellen["plafonds"] ?? []).dropFirst().filter { $0[7] != "ok" }
        #expect(
            signalen.map { [$0[0], $0[3], $0[7]] } == [
                ["Wonen met begeleiding (JW-WMBEG)", "41000006 Gezinshuis Kromme Rijn", "in zicht"]
            ])
        #expect(
            regio.tekst.contains(
                "Plafond in zicht. Toegekend is €\u{00A0}27.122, 91,94\u{00A0}% van het plafond van €\u{00A0}29.500 (signaal vanaf 80\u{00A0}%)"
            ))
        #expect(
            regio.tekst.contains(
                "dan komt 2026 uit op €\u{00A0}32.546 = 110,32\u{00A0}% van het plafond: €\u{00A0}3.046 boven het plafond."
            ))
        // The examples' starts and stops (061–072): the section's rows are those of the region's files.
        for (tabel, bestand) in [("in-zorg", "in-zorg"), ("wachttijden", "wachttijden-2026")] {
            let rijen = try Uitvoerlezer.csv(monitoring + "/regio/\(bestand).csv").count - 1
            #expect(rijen > 0 && (regio.tabellen[tabel]?.count ?? 0) == rijen + 2, "\(tabel): kop, rijen, totaal")
        }
        let utrechtseHeuvelrug = try Dashboardlezer.lees(monitoring + "/1581/index.html")
        #expect(utrechtseHeuvelrug.kerncijfers["k-inzicht"] == "1")
    }
}
