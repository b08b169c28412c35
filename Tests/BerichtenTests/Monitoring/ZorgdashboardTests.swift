import Berichten
import Foundation
import Testing

/// The dashboards' section "In zorg en wachttijden" on the zorgmonitoring scenario: every cell of
/// its tables equal to `in-zorg.csv`, `wachttijden-2026.csv` and `kruiscontroles.csv` of the same
/// run, its key figures the sums of those rows (and the hand-computed values of
/// `Fixtures/zorgmonitoring/README.md`), and no section at all without starts or stops.
@Suite("Monitoring: dashboard, in zorg en wachttijden", .serialized)
struct ZorgdashboardTests {
    static let inZorgkop = [
        "peildatum", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam", "clienten_in_zorg",
        "producten_in_zorg", "clienten_tijdelijk_gestopt", "producten_tijdelijk_gestopt",
    ]
    static let wachtkop = [
        "maand", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam", "toegewezen_producten",
        "gestart", "niet_gestart", "dagen_mediaan", "dagen_p90", "dagen_max", "dagen_mediaan_vanaf_toewijzingsdatum",
        "dagen_p90_vanaf_toewijzingsdatum", "dagen_max_vanaf_toewijzingsdatum", "norm_weken", "wacht_langer_dan_norm",
        "norm_lang_weken", "wacht_langer_dan_norm_lang",
    ]
    static let kruiskop = [
        "controle", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam", "toewijzingnummer",
        "ingangsdatum", "eerste_start", "gedeclareerd_van", "gedeclareerd_tot", "toegekend",
    ]
    static let wachtgetallen = [
        "toegewezen_producten", "gestart", "niet_gestart", "dagen_mediaan", "dagen_p90", "dagen_max", "norm_weken",
        "wacht_langer_dan_norm", "norm_lang_weken", "wacht_langer_dan_norm_lang",
    ]

    /// Key figures by hand (README): in zorg cliënten and producten, tijdelijk gestopt, niet gestart,
    /// langer dan de norm, langer dan de lange norm.
    static let kerncijfers: [String: [String]] = [
        "0321": ["5", "5", "1", "3", "2", "1"],
        "0356": ["2", "2", "0", "0", "0", "0"],
        "0632": ["1", "1", "0", "1", "1", "1"],
        "regio": ["8", "8", "1", "4", "3", "2"],
    ]
    static let kernids = [
        "k-in-zorg-clienten", "k-in-zorg-producten", "k-tijdelijk-gestopt", "k-niet-gestart", "k-langer-dan-norm",
        "k-langer-dan-norm-lang",
    ]

    /// `Begeleiding (WMO-BEG)` as `HTMLOpmaak.segmentnaam` writes it.
    static func segmentcel(_ rij: [String: String]) -> String {
        guard let code = rij["segment"], !code.isEmpty else { return "buiten de productcodelijst" }
        return "\(rij["segment_naam"] ?? "") (\(code))"
    }

    static func aanbiedercel(_ rij: [String: String]) -> String {
        let naam = rij["aanbieder_naam"] ?? ""
        return (rij["aanbieder"] ?? "") + (naam.isEmpty ? "" : " " + naam)
    }

    static func som(_ rijen: [[String: String]], _ kolom: String) -> Int {
        rijen.reduce(0) { $0 + (Int($1[kolom] ?? "") ?? 0) }
    }

    @Test("in zorg: elke rij gelijk aan in-zorg.csv, het totaal en de kerncijfers de sommen van die rijen")
    func inCareEqualsCSV() throws {
        let scenario = try ZorgmonitoringTests.scenario()
        defer { scenario.opruimen() }
        for map in ZorgmonitoringTests.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            let csv = try Uitvoerlezer.csvRijen(scenario.monitoringPad("\(map)/in-zorg.csv"), kop: Self.inZorgkop)
            let tabel = dashboard.tabellen["in-zorg"] ?? []
            try #require(tabel.count == csv.count + 2 && !csv.isEmpty, "\(map): kop, rijen en totaal")
            let getallen = Array(Self.inZorgkop.suffix(4))
            for (rij, regel) in zip(tabel.dropFirst().dropLast(), csv) {
                #expect(
                    rij == [Self.segmentcel(regel), Self.aanbiedercel(regel)] + getallen.map { regel[$0] ?? "" },
                    "\(map)")
            }
            let sommen = getallen.map { String(Self.som(csv, $0)) }
            #expect(tabel.last == ["totaal", ""] + sommen, "\(map)")
            #expect(dashboard.kerncijfers["k-in-zorg-clienten"] == sommen[0], "\(map)")
            #expect(dashboard.kerncijfers["k-in-zorg-producten"] == sommen[1], "\(map)")
            #expect(dashboard.kerncijfers["k-tijdelijk-gestopt"] == sommen[3], "\(map)")
            #expect(Self.kernids.map { dashboard.kerncijfers[$0] ?? "?" } == Self.kerncijfers[map], "\(map)")
        }
    }

    @Test("wachttijden: elke rij gelijk aan wachttijden-2026.csv (mediaan en p90 per rij), totalen en grafiek ook")
    func waitingTimesEqualCSV() throws {
        let scenario = try ZorgmonitoringTests.scenario()
        defer { scenario.opruimen() }
        for map in ZorgmonitoringTests.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            let csv = try Uitvoerlezer.csvRijen(
                scenario.monitoringPad("\(map)/wachttijden-2026.csv"), kop: Self.wachtkop)
            let tabel = dashboard.tabellen["wachttijden"] ?? []
            try #require(tabel.count == csv.count + 2 && !csv.isEmpty, "\(map): kop, rijen en totaal")
            for (rij, regel) in zip(tabel.dropFirst().dropLast(), csv) {
                let verwacht =
                    [regel["maand"] ?? "", Self.segmentcel(regel), Self.aanbiedercel(regel)]
                    + Self.wachtgetallen.map { regel[$0] ?? "" }
                #expect(Array(rij.prefix(3)) + rij.dropFirst(3).map(Dashboardlezer.csvGetal) == verwacht, "\(map)")
                // The chart writes the same median and p90 beside each bar.
                let tekst =
                    regel["dagen_mediaan"].flatMap { $0.isEmpty ? nil : "\($0) / \(regel["dagen_p90"] ?? "") dagen" }
                    ?? "nog geen start"
                #expect(dashboard.tekst.contains(tekst), "\(map): \(tekst)")
            }
            let totaal = tabel.last ?? []
            try #require(totaal.count == 13, "\(map)")
            #expect(
                [totaal[3], totaal[4], totaal[5], totaal[10], totaal[12]]
                    == [
                        "toegewezen_producten", "gestart", "niet_gestart", "wacht_langer_dan_norm",
                        "wacht_langer_dan_norm_lang",
                    ].map { String(Self.som(csv, $0)) }, "\(map)")
            let nietOpgeteld = totaal[6...9].allSatisfy { $0.isEmpty }
            #expect(nietOpgeteld, "\(map): mediaan, p90, maximum en norm worden niet opgeteld")
            #expect(dashboard.kerncijfers["k-niet-gestart"] == String(Self.som(csv, "niet_gestart")), "\(map)")
            #expect(
                dashboard.kerncijfers["k-langer-dan-norm"] == String(Self.som(csv, "wacht_langer_dan_norm")), "\(map)")
            #expect(
                dashboard.kerncijfers["k-langer-dan-norm-lang"]
                    == String(Self.som(csv, "wacht_langer_dan_norm_lang")), "\(map)")
        }
        let regio = try Dashboardlezer.lees(scenario.monitoringPad("regio/index.html"))
        let rij = (regio.tabellen["wachttijden"] ?? []).first { $0.first == "2026-10" && $0[1].contains("JW-AMB") }
        #expect(rij.map { Array($0[3...8]) } == ["7", "5", "2", "12", "46", "46"], "hand: D1–D7")
    }

    @Test("kruiscontroles: per soort het aantal rijen van kruiscontroles.csv, met uitleg")
    func crossChecksCountCSVRows() throws {
        let scenario = try ZorgmonitoringTests.scenario()
        defer { scenario.opruimen() }
        let hand = ["0321": ["1", "1"], "0356": ["0", "0"], "0632": ["1", "0"], "regio": ["2", "1"]]
        for map in ZorgmonitoringTests.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            let csv = try Uitvoerlezer.csvRijen(scenario.monitoringPad("\(map)/kruiscontroles.csv"), kop: Self.kruiskop)
            let tabel = Array((dashboard.tabellen["kruiscontroles"] ?? []).dropFirst())
            let soorten = ["gedeclareerd zonder start", "gestart zonder declaratie"]
            #expect(tabel.map { $0.first ?? "" } == soorten, "\(map)")
            #expect(
                tabel.map { $0.count > 1 ? $0[1] : "" }
                    == soorten.map { soort in
                        String(csv.filter { $0["controle"] == soort }.count)
                    }, "\(map)")
            #expect(tabel.map { $0.count > 1 ? $0[1] : "" } == hand[map], "\(map)")
            #expect(tabel.allSatisfy { $0.count == 3 && $0[2].count > 40 }, "\(map): uitleg")
        }
    }

    @Test("geen BSN en geen scripts in de sectie; welgevormd met een grafiek meer")
    func noBSNAndSelfContained() throws {
        let scenario = try ZorgmonitoringTests.scenario()
        defer { scenario.opruimen() }
        let bsns = [
            "999900109", "999900110", "999900122", "999900134", "999900146", "999900158", "999900201", "999900274",
        ]
        for map in ZorgmonitoringTests.mappen {
            let pad = scenario.monitoringPad("\(map)/index.html")
            let dashboard = try Dashboardlezer.lees(pad)
            let html = try String(contentsOfFile: pad, encoding: .utf8)
            #expect(!bsns.contains { html.contains($0) }, "\(map)")
            #expect(dashboard.scripts == 0 && dashboard.externeVerwijzingen.isEmpty, "\(map)")
            #expect(html.contains("<h2 id=\"h-zorg\">In zorg en wachttijden</h2>"), "\(map)")
            #expect(html.contains("Dagen van Ingangsdatum tot eerste start"), "\(map): grafiek")
        }
    }

    @Test("bijwerken na elk bericht geeft dezelfde dashboards met de sectie als volledig opnieuw maken")
    func incrementalEqualsFull() throws {
        let scenario = try Monitoringscenario(verwerk: false)
        defer { scenario.opruimen() }
        let map = TestOmgeving.pad("zorgmonitoring")
        let zorg = try FileManager.default.contentsOfDirectory(atPath: map).filter { $0.hasSuffix(".xml") }.sorted()
        for bericht in try Monitoringscenario.berichten() + zorg.map({ map + "/" + $0 }) {
            _ = try scenario.verwerk(bericht)
            try scenario.monitoring.werkBij(peildatum: Monitoringscenario.peildatum)
        }
        let stapsgewijs = try scenario.uitvoer().filter { $0.key.hasPrefix("monitoring/") }
        try FileManager.default.removeItem(atPath: scenario.map + "/monitoring")
        try scenario.monitoring.genereer(.alles, peildatum: Monitoringscenario.peildatum)
        let opnieuw = try scenario.uitvoer().filter { $0.key.hasPrefix("monitoring/") }
        #expect(Set(opnieuw.keys) == Set(stapsgewijs.keys))
        #expect(opnieuw.keys.filter { $0.hasSuffix("/index.html") }.count == 4)
        for (pad, data) in opnieuw { #expect(stapsgewijs[pad] == data, "\(pad) verschilt") }
        let regio = try Dashboardlezer.lees(scenario.monitoringPad("regio/index.html"))
        #expect(regio.kerncijfers["k-in-zorg-clienten"] == "8")
    }

    @Test("zonder één start of stop in de opslag: geen sectie, geen tabellen en geen kerncijfers ervan")
    func noSectionWithoutStarts() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        for map in ZorgmonitoringTests.mappen {
            let pad = scenario.monitoringPad("\(map)/index.html")
            let dashboard = try Dashboardlezer.lees(pad)
            let html = try String(contentsOfFile: pad, encoding: .utf8)
            #expect(!html.contains("In zorg en wachttijden") && !html.contains("h-zorg"), "\(map)")
            for tabel in ["in-zorg", "wachttijden", "kruiscontroles"] {
                #expect(dashboard.tabellen[tabel] == nil, "\(map): \(tabel)")
            }
            #expect(Self.kernids.allSatisfy { dashboard.kerncijfers[$0] == nil }, "\(map)")
            #expect(dashboard.tabellen["plafonds"] != nil, "\(map): de rest staat er wel")
        }
    }
}
