import Berichten
import Foundation
import Testing

/// The update after each batch writes the same files as a full regeneration, and `report`
/// brings back whatever was deleted, byte for byte.
@Suite("Monitoring: bijwerken na elke batch en opnieuw maken", .serialized)
struct BijwerkingTests {
    @Test("bijwerken na elk bericht geeft precies wat volledig opnieuw maken geeft")
    func incrementalEqualsFull() throws {
        let scenario = try Monitoringscenario(verwerk: false)
        defer { scenario.opruimen() }
        for bericht in try Monitoringscenario.berichten() {
            _ = try scenario.verwerk(bericht)
            let bijwerking = try scenario.monitoring.werkBij(peildatum: Monitoringscenario.peildatum)
            #expect(!bijwerking.rapporten.isEmpty, "\(bericht)")
        }
        let stapsgewijs = try scenario.uitvoer()
        try FileManager.default.removeItem(atPath: scenario.map + "/monitoring")
        try FileManager.default.removeItem(atPath: scenario.map + "/reports")
        let volledig = try scenario.monitoring.genereer(.alles, peildatum: Monitoringscenario.peildatum)
        // Per gemeente 6 files and the dashboard, regio 6 files and the dashboard.
        #expect(volledig.monitoring.count == 3 * 7 + 7 && volledig.rapporten.count == 2 * 4)
        #expect(volledig.monitoring.filter { $0.hasSuffix("/index.html") }.count == 4)
        let opnieuw = try scenario.uitvoer()
        #expect(Set(opnieuw.keys) == Set(stapsgewijs.keys))
        for (pad, data) in opnieuw { #expect(stapsgewijs[pad] == data, "\(pad) verschilt") }

        // The running totals grown one message at a time equal those of one batch on a fresh store.
        let inEenKeer = try Monitoringscenario()
        defer { inEenKeer.opruimen() }
        let monitoring = try inEenKeer.uitvoer().filter { $0.key.hasPrefix("monitoring/") }
        #expect(monitoring.count == 3 * 7 + 7)
        for (pad, data) in monitoring { #expect(stapsgewijs[pad] == data, "\(pad) verschilt van één batch") }
    }

    @Test("het monitoringslot: de dienst slaat over zolang report bezig is, report wacht erop")
    func monitoringLock() throws {
        let scenario = try Monitoringscenario(verwerk: false)
        defer { scenario.opruimen() }
        for bericht in try Monitoringscenario.berichten() { _ = try scenario.verwerk(bericht) }
        let standPad = scenario.spool.stateDirectory + "/monitoring.stand"
        var slot: MonitoringLock? = try MonitoringLock(spool: scenario.spool, wachten: true)
        #expect(throws: MonitoringLock.Bezet.self) {
            try scenario.monitoring.werkBij(peildatum: Monitoringscenario.peildatum, wachten: false)
        }
        #expect(!FileManager.default.fileExists(atPath: standPad), "overgeslagen: de stand blijft staan")

        let klaar = TestVlag()
        let monitoring = scenario.monitoring
        let draad = Thread {
            _ = try? monitoring.genereer(.alles, peildatum: Monitoringscenario.peildatum)
            klaar.zet()
        }
        draad.start()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!klaar.isGezet, "report wacht op het slot")
        slot = nil
        let einde = Date().addingTimeInterval(30)
        while !klaar.isGezet, Date() < einde { Thread.sleep(forTimeInterval: 0.01) }
        #expect(klaar.isGezet && FileManager.default.fileExists(atPath: standPad))
        withExtendedLifetime(slot) {}
    }

    @Test("alles opnieuw maken zet de stand: het bijwerken daarna heeft niets te doen")
    func fullRegenerationMovesTheStand() throws {
        let scenario = try Monitoringscenario(verwerk: false)
        defer { scenario.opruimen() }
        for bericht in try Monitoringscenario.berichten() { _ = try scenario.verwerk(bericht) }
        let standPad = scenario.spool.stateDirectory + "/monitoring.stand"
        #expect(!FileManager.default.fileExists(atPath: standPad))
        try scenario.monitoring.genereer(Rapportbereik(gemeente: "0632"), peildatum: Monitoringscenario.peildatum)
        #expect(!FileManager.default.fileExists(atPath: standPad), "een deel opnieuw maken laat de stand staan")
        try scenario.monitoring.genereer(.alles, peildatum: Monitoringscenario.peildatum)
        #expect(try String(contentsOfFile: standPad, encoding: .utf8) == "bericht 24\n")
        #expect(try scenario.monitoring.werkBij(peildatum: Monitoringscenario.peildatum).isLeeg)
    }

    @Test("zonder nieuwe berichten schrijft bijwerken niets; alleen wat een batch raakt wordt herschreven")
    func updateTouchesOnlyWhatChanged() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        #expect(try scenario.monitoring.werkBij(peildatum: Monitoringscenario.peildatum).isLeeg)
        let stand = try String(contentsOfFile: scenario.spool.stateDirectory + "/monitoring.stand", encoding: .utf8)
        #expect(stand == "bericht 24\n")
        let extra = scenario.map + "/extra-jw323-0632-41000004-2026-10.xml"
        var tekst = try String(
            contentsOfFile: Monitoringscenario.fixtures + "/berichten/15-jw323-0632-41000004-2026-09.xml",
            encoding: .utf8)
        for (oud, nieuw) in [
            ("VIE2609J", "VIE2610J"), ("VIEJ2609", "VIEJ2610"), ("VIER260901", "VIER261001"),
            ("2026-10-06", "2026-11-06"), ("2026-09-01", "2026-10-01"), ("2026-09-30", "2026-10-31"),
        ] {
            tekst = tekst.replacingOccurrences(of: oud, with: nieuw)
        }
        try tekst.write(toFile: extra, atomically: true, encoding: .utf8)
        let uitkomst = try scenario.verwerk(extra)
        #expect(uitkomst.soort == .geaccepteerd, "\(uitkomst)")
        let bijwerking = try scenario.monitoring.werkBij(peildatum: Monitoringscenario.peildatum)
        let namen = Set(
            bijwerking.monitoring.map { $0.replacingOccurrences(of: scenario.map + "/monitoring/", with: "") })
        #expect(namen.contains("0632/productie-2026.csv") && namen.contains("0632/toewijzingen.json"))
        #expect(!namen.contains("0321/productie-2026.csv") && !namen.contains("0356/toewijzingen.csv"))
        #expect(namen.contains("0321/plafonds-2026.csv") && namen.contains("regio/segmenten-2026.json"))
        // Every config gemeente's dashboard shows the regional ceilings the new message moved.
        #expect(namen.isSuperset(of: ["0632/index.html", "0321/index.html", "0356/index.html", "regio/index.html"]))
        let rapporten = Set(bijwerking.rapporten.map { ($0 as NSString).lastPathComponent })
        #expect(rapporten == ["afwijzingen.html", "afwijzingen.csv", "afwijzingen-0632.html", "afwijzingen-0632.csv"])
        let productie = try Uitvoerlezer.csv(scenario.monitoringPad("0632/productie-2026.csv"))
        #expect(productie.contains { $0[1] == "2026-10" && $0[2] == "JW-AMB" && $0[13] == "350,00" })
    }

    @Test("berichtd report voor één gemeente of één maand maakt verwijderde bestanden byte voor byte terug")
    func reportRecoversDeletedFiles() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let voor = try scenario.uitvoer()
        let dag = (try scenario.rapportMap() as NSString).lastPathComponent
        try FileManager.default.removeItem(atPath: scenario.map + "/monitoring/0321")
        try FileManager.default.removeItem(atPath: scenario.map + "/reports/\(dag)/afwijzingen-0321.csv")
        let gemeente = try scenario.monitoring.genereer(
            Rapportbereik(gemeente: "0321"), peildatum: Monitoringscenario.peildatum)
        #expect(gemeente.monitoring.count == 7 && gemeente.rapporten.count == 2)
        try FileManager.default.removeItem(atPath: scenario.map + "/reports")
        try FileManager.default.removeItem(atPath: scenario.map + "/monitoring/regio")
        let datum = try #require(Datum(dag))
        let maand = Periode(begindatum: datum.eersteVanMaand, einddatum: datum.laatsteVanMaand)
        try scenario.monitoring.genereer(Rapportbereik(periode: maand), peildatum: Monitoringscenario.peildatum)
        let na = try scenario.uitvoer()
        #expect(Set(na.keys) == Set(voor.keys))
        for (pad, data) in voor { #expect(na[pad] == data, "\(pad) verschilt") }
    }
}
