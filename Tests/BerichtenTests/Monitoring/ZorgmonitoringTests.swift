import Foundation
import Testing

@testable import Berichten

/// The start/stop files (`in-zorg`, `wachttijden-2026`, `stops-2026`) cell by cell against the
/// hand computation in `Fixtures/zorgmonitoring/README.md`.
@Suite("Monitoring: in zorg, wachttijden en stops", .serialized)
struct ZorgmonitoringTests {
    static let segmentnaam = ["JW-AMB": "Jeugdhulp ambulant", "WMO-BEG": "Begeleiding"]
    static let aanbiedernaam = [
        "41000001": "Aanbieder Een", "41000002": "Aanbieder Twee", "41000003": "Aanbieder Drie",
        "41000004": "Aanbieder Vier",
    ]

    /// The monitoring scenario plus `Fixtures/zorgmonitoring/`, then the monitoring of the peildatum.
    static func scenario() throws -> Monitoringscenario {
        let scenario = try Monitoringscenario(verwerk: false)
        for bericht in try Monitoringscenario.berichten() { _ = try scenario.verwerk(bericht) }
        let map = TestOmgeving.pad("zorgmonitoring")
        for naam in try FileManager.default.contentsOfDirectory(atPath: map).filter({ $0.hasSuffix(".xml") }).sorted() {
            let uitkomst = try scenario.verwerk(map + "/" + naam)
            #expect(uitkomst.soort == .geaccepteerd && uitkomst.bevindingen.isEmpty, "\(naam): \(uitkomst)")
        }
        try scenario.monitoring.genereer(.alles, peildatum: Monitoringscenario.peildatum)
        return scenario
    }

    /// `bestand` column of the README → folder under monitoring/.
    static let mappen = ["0321", "0356", "0632", "regio"]

    static func naam(_ segment: String, _ aanbieder: String) -> [String] {
        [segment, segmentnaam[segment]!, aanbieder, aanbiedernaam[aanbieder]!]
    }

    static let inZorg: [String: [[String]]] = [
        "0321": [naam("JW-AMB", "41000001") + ["5", "5", "1", "1"]],
        "0356": [
            naam("WMO-BEG", "41000001") + ["1", "1", "0", "0"], naam("WMO-BEG", "41000004") + ["1", "1", "0", "0"],
        ],
        "0632": [naam("WMO-BEG", "41000004") + ["1", "1", "0", "0"]],
        "regio": [
            naam("JW-AMB", "41000001") + ["5", "5", "1", "1"], naam("WMO-BEG", "41000001") + ["1", "1", "0", "0"],
            naam("WMO-BEG", "41000004") + ["2", "2", "0", "0"],
        ],
    ]

    static let wachttijden: [String: [[String]]] = {
        let nooit = ["", "", "", "", "", ""]
        func r(_ maand: String, _ segment: String, _ aanbieder: String, _ cijfers: [String]) -> [String] {
            [maand] + ["<gemeente>"] + naam(segment, aanbieder) + cijfers
        }
        let jw = ["6"]
        let wmo = ["4"]
        return [
            "0321": [
                r(
                    "2026-09", "JW-AMB", "41000001",
                    ["2", "2", "0", "1", "6", "6", "-43", "5", "5"] + jw + ["0", "10", "0"]),
                r("2026-09", "JW-AMB", "41000002", ["1", "0", "1"] + nooit + jw + ["1", "10", "1"]),
                r(
                    "2026-10", "JW-AMB", "41000001",
                    ["7", "5", "2", "12", "46", "46", "19", "53", "53"] + jw + ["1", "10", "0"]),
                r(
                    "2026-10", "WMO-BEG", "41000001",
                    ["1", "1", "0", "0", "0", "0", "9", "9", "9"] + wmo + ["0", "8", "0"]),
            ],
            "0356": [
                r(
                    "2026-09", "JW-AMB", "41000003",
                    ["1", "1", "0", "2", "2", "2", "8", "8", "8"] + jw + ["0", "10", "0"]),
                r(
                    "2026-10", "WMO-BEG", "41000001",
                    ["1", "1", "0", "7", "7", "7", "18", "18", "18"] + wmo + ["0", "8", "0"]),
                r(
                    "2026-10", "WMO-BEG", "41000004",
                    ["1", "1", "0", "5", "5", "5", "15", "15", "15"] + wmo + ["0", "8", "0"]),
            ],
            "0632": [
                r("2026-09", "JW-AMB", "41000004", ["1", "0", "1"] + nooit + jw + ["1", "10", "1"]),
                r(
                    "2026-09", "WMO-BEG", "41000004",
                    ["1", "1", "0", "0", "0", "0", "5", "5", "5"] + wmo + ["0", "8", "0"]),
            ],
            "regio": [
                r(
                    "2026-09", "JW-AMB", "41000001",
                    ["2", "2", "0", "1", "6", "6", "-43", "5", "5"] + jw + ["0", "10", "0"]),
                r("2026-09", "JW-AMB", "41000002", ["1", "0", "1"] + nooit + jw + ["1", "10", "1"]),
                r(
                    "2026-09", "JW-AMB", "41000003",
                    ["1", "1", "0", "2", "2", "2", "8", "8", "8"] + jw + ["0", "10", "0"]),
                r("2026-09", "JW-AMB", "41000004", ["1", "0", "1"] + nooit + jw + ["1", "10", "1"]),
                r(
                    "2026-09", "WMO-BEG", "41000004",
                    ["1", "1", "0", "0", "0", "0", "5", "5", "5"] + wmo + ["0", "8", "0"]),
                r(
                    "2026-10", "JW-AMB", "41000001",
                    ["7", "5", "2", "12", "46", "46", "19", "53", "53"] + jw + ["1", "10", "0"]),
                r(
                    "2026-10", "WMO-BEG", "41000001",
                    ["2", "2", "0", "0", "7", "7", "9", "18", "18"] + wmo + ["0", "8", "0"]),
                r(
                    "2026-10", "WMO-BEG", "41000004",
                    ["1", "1", "0", "5", "5", "5", "15", "15", "15"] + wmo + ["0", "8", "0"]),
            ],
        ]
    }()

    static let stops: [String: [[String]]] = [
        "0321": [
            naam("JW-AMB", "41000001") + ["20", "1", "1"], naam("JW-AMB", "41000001") + ["31", "1", "1"],
            naam("WMO-BEG", "41000001") + ["21", "1", "1"],
        ],
        "0356": [naam("JW-AMB", "41000003") + ["31", "1", "1"], naam("WMO-BEG", "41000004") + ["20", "1", "1"]],
        "0632": [],
        "regio": [
            naam("JW-AMB", "41000001") + ["20", "1", "1"], naam("JW-AMB", "41000001") + ["31", "1", "1"],
            naam("JW-AMB", "41000003") + ["31", "1", "1"], naam("WMO-BEG", "41000001") + ["21", "1", "1"],
            naam("WMO-BEG", "41000004") + ["20", "1", "1"],
        ],
    ]

    static let kruiscontroles: [String: [[String]]] = {
        let zonderStart = ["gedeclareerd zonder start"]
        let zonderDeclaratie = ["gestart zonder declaratie"]
        let c2 =
            zonderStart + ["0321"] + naam("JW-AMB", "41000002")
            + ["32100002", "2026-09-01", "", "2026-09-01", "2026-09-30", "560,00"]
        let c5 =
            zonderStart + ["0632"] + naam("JW-AMB", "41000004")
            + ["63200003", "2026-09-01", "", "2026-09-01", "2026-09-30", "350,00"]
        let d8 =
            zonderDeclaratie + ["0321"] + naam("JW-AMB", "41000001")
            + ["32100018", "2026-09-01", "2026-09-02", "", "", ""]
        return ["0321": [c2, d8], "0356": [], "0632": [c5], "regio": [c2, c5, d8]]
    }()

    static func gemeente(_ map: String) -> String { map == "regio" ? "" : map }

    @Test("in-zorg, wachttijden-2026, stops-2026 en kruiscontroles: elke cel, per gemeente en voor de regio")
    func filesMatchHandComputation() throws {
        let scenario = try Self.scenario()
        defer { scenario.opruimen() }
        for map in Self.mappen {
            let g = Self.gemeente(map)
            let inZorg = try Uitvoerlezer.csv(scenario.monitoringPad("\(map)/in-zorg.csv"))
            #expect(
                inZorg.first == [
                    "peildatum", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam",
                    "clienten_in_zorg",
                    "producten_in_zorg", "clienten_tijdelijk_gestopt", "producten_tijdelijk_gestopt",
                ])
            #expect(
                Array(inZorg.dropFirst()) == Self.inZorg[map]!.map { ["2026-11-23", g] + $0 }, "in-zorg \(map)")

            let wacht = try Uitvoerlezer.csv(scenario.monitoringPad("\(map)/wachttijden-2026.csv"))
            #expect(
                wacht.first == [
                    "maand", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam",
                    "toegewezen_producten", "gestart", "niet_gestart", "dagen_mediaan", "dagen_p90", "dagen_max",
                    "dagen_mediaan_vanaf_toewijzingsdatum", "dagen_p90_vanaf_toewijzingsdatum",
                    "dagen_max_vanaf_toewijzingsdatum", "norm_weken", "wacht_langer_dan_norm", "norm_lang_weken",
                    "wacht_langer_dan_norm_lang",
                ])
            #expect(
                Array(wacht.dropFirst()) == Self.wachttijden[map]!.map { $0.map { $0 == "<gemeente>" ? g : $0 } },
                "wachttijden \(map)")

            let stops = try Uitvoerlezer.csv(scenario.monitoringPad("\(map)/stops-2026.csv"))
            #expect(
                stops.first == [
                    "jaar", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam", "reden_beeindiging",
                    "stops", "clienten",
                ])
            #expect(Array(stops.dropFirst()) == Self.stops[map]!.map { ["2026", g] + $0 }, "stops \(map)")

            let kruis = try Uitvoerlezer.csv(scenario.monitoringPad("\(map)/kruiscontroles.csv"))
            #expect(
                kruis.first == [
                    "controle", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam",
                    "toewijzingnummer",
                    "ingangsdatum", "eerste_start", "gedeclareerd_van", "gedeclareerd_tot", "toegekend",
                ])
            #expect(Array(kruis.dropFirst()) == Self.kruiscontroles[map]!, "kruiscontroles \(map)")
        }
    }

    @Test("geen BSN in de start/stop-bestanden, en de JSON-variant heeft dezelfde rijen")
    func noBSNAndJSON() throws {
        let scenario = try Self.scenario()
        defer { scenario.opruimen() }
        let bsns = [
            "999900109", "999900110", "999900122", "999900134", "999900146", "999900158", "999900201", "999900274",
        ]
        for map in Self.mappen {
            for bestand in ["in-zorg", "wachttijden-2026", "stops-2026", "kruiscontroles"] {
                for soort in ["csv", "json"] {
                    let tekst = try String(
                        contentsOfFile: scenario.monitoringPad("\(map)/\(bestand).\(soort)"), encoding: .utf8)
                    #expect(!bsns.contains { tekst.contains($0) }, "\(map)/\(bestand).\(soort)")
                }
            }
            struct Rij: Decodable { let clientenInZorg: Int }
            let json = try Uitvoerlezer.json(
                Monitoringjson<Rij>.self, scenario.monitoringPad("\(map)/in-zorg.json"))
            #expect(json.rijen.map { String($0.clientenInZorg) } == Self.inZorg[map]!.map { $0[4] })
            #expect(json.peildatum == "2026-11-23" && json.bestand == "in-zorg")
        }
    }

    @Test("zonder één start of stop in de opslag: geen start/stop-bestanden")
    func noFilesWithoutStarts() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        #expect(!FileManager.default.fileExists(atPath: scenario.monitoringPad("0321/in-zorg.csv")))
        #expect(!FileManager.default.fileExists(atPath: scenario.monitoringPad("regio/wachttijden-2026.csv")))
    }

    @Test("rangpercentiel: mediaan is de lagere middelste, p90 de waarde op rang ⌈0,9·n⌉")
    func nearestRank() {
        let elf = [30, 1, 5, 8, 13, 2, 21, 3, 55, 34, 89]  // gesorteerd: 1 2 3 5 8 13 21 30 34 55 89
        #expect(Rangpercentiel.waarde(50, van: elf) == 13)  // rang 6
        #expect(Rangpercentiel.waarde(90, van: elf) == 55)  // rang ⌈9,9⌉ = 10
        #expect(Rangpercentiel.waarde(50, van: [7, 3]) == 3)
        #expect(Rangpercentiel.waarde(90, van: []) == nil)
        #expect(Rangpercentiel.waarde(100, van: [4, 9, 2]) == 9)
    }
}
