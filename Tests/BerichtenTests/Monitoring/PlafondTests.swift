import Berichten
import Foundation
import Testing

/// Budget ceilings with their signals and forecasts, and the regional key figures, against the
/// hand computation in `Fixtures/monitoring/README.md`.
@Suite("Monitoring: plafonds en regionale kengetallen")
struct PlafondTests {
    static let kop = [
        "peildatum", "jaar", "segment", "segment_naam", "plafondsoort", "gemeente", "gemeente_naam", "aanbieder",
        "aanbieder_naam", "plafond", "toegekend", "procent", "signaal_procent", "signaal", "afgesloten_maanden",
        "prognose",
        "prognose_procent",
    ]

    static let plafonds: [[String]] = [
        [
            "2026-11-23", "2026", "JW-AMB", "Jeugdhulp ambulant", "segment", "", "", "", "",
            "4800,00", "5040,00", "105,00", "80", "overschreden", "10", "6048,00", "126,00",
        ],
        [
            "2026-11-23", "2026", "JW-AMB", "Jeugdhulp ambulant", "gemeenteaandeel", "0321", "Houten", "", "",
            "2250,00", "1890,00", "84,00", "80", "in zicht", "10", "2268,00", "100,80",
        ],
        [
            "2026-11-23", "2026", "JW-AMB", "Jeugdhulp ambulant", "contract", "", "", "41000001", "Aanbieder Een",
            "10000,00", "1330,00", "13,30", "80", "ok", "10", "1596,00", "15,96",
        ],
        [
            "2026-11-23", "2026", "JW-AMB", "Jeugdhulp ambulant", "contract", "", "", "41000003", "Aanbieder Drie",
            "3000,00", "2800,00", "93,33", "95", "ok", "10", "3360,00", "112,00",
        ],
        [
            "2026-11-23", "2026", "WMO-BEG", "Begeleiding", "segment", "", "", "", "",
            "2500,00", "1980,00", "79,20", "90", "ok", "10", "2376,00", "95,04",
        ],
        [
            "2026-11-23", "2026", "WMO-BEG", "Begeleiding", "gemeenteaandeel", "0356", "Nieuwegein", "", "",
            "1200,00", "1020,00", "85,00", "80", "in zicht", "10", "1224,00", "102,00",
        ],
    ]

    @Test("regio: elk plafond met toegekend, percentage, signaal (80 %, eigen drempel, 100 %) en prognose")
    func regionalCeilings() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let rijen = try Uitvoerlezer.csv(scenario.monitoringPad("regio/plafonds-2026.csv"))
        #expect(rijen.first == Self.kop)
        #expect(Array(rijen.dropFirst()) == Self.plafonds)
    }

    @Test("per gemeente: het eigen aandeel en de regionale en contractplafonds van haar segmenten")
    func ceilingsPerGemeente() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let verwacht = ["0321": [0, 1, 2, 3, 4], "0356": [0, 2, 3, 4, 5], "0632": [0, 2, 3, 4]]
        for (gemeente, indexen) in verwacht {
            let rijen = try Uitvoerlezer.csv(scenario.monitoringPad("\(gemeente)/plafonds-2026.csv"))
            #expect(Array(rijen.dropFirst()) == indexen.map { Self.plafonds[$0] }, "plafonds \(gemeente)")
        }
    }

    struct Plafondjson: Decodable, Equatable {
        let segment: String
        let plafondsoort: String
        let gemeente: String?
        let aanbieder: String?
        let plafondCent: Int
        let toegekendCent: Int
        let procent: Double?
        let signaalProcent: Int
        let signaal: String
        let afgeslotenMaanden: Int
        let prognoseCent: Int?
        let prognoseProcent: Double?
    }

    @Test("plafonds als JSON: eurocenten en percentages als getal")
    func ceilingsJSON() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let json = try Uitvoerlezer.json(
            Monitoringjson<Plafondjson>.self, scenario.monitoringPad("regio/plafonds-2026.json"))
        #expect(json.bestand == "plafonds" && json.regio == "Testregio Monitoring" && json.jaar == 2026)
        #expect(json.peildatum == "2026-11-23" && json.gemeente == nil)
        #expect(json.rijen.map(\.toegekendCent) == [504_000, 189_000, 133_000, 280_000, 198_000, 102_000])
        #expect(json.rijen.map(\.plafondCent) == [480_000, 225_000, 1_000_000, 300_000, 250_000, 120_000])
        #expect(json.rijen.map { honderdsten($0.procent) } == [10500, 8400, 1330, 9333, 7920, 8500])
        #expect(json.rijen.map(\.signaal) == ["overschreden", "in zicht", "ok", "ok", "ok", "in zicht"])
        #expect(json.rijen.map(\.prognoseCent) == [604_800, 226_800, 159_600, 336_000, 237_600, 122_400])
        #expect(json.rijen.map { honderdsten($0.prognoseProcent) } == [12600, 10080, 1596, 11200, 9504, 10200])
        #expect(json.rijen.map(\.gemeente) == [nil, "0321", nil, nil, nil, "0356"])
    }

    @Test("prognose: na het jaar telt het hele jaar, in januari is er nog geen")
    func forecastDependsOnPeildatum() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        try scenario.monitoring.genereer(
            Rapportbereik(periode: Periode(begindatum: Datum("2026-01-01")!, einddatum: Datum("2026-12-31")!)),
            peildatum: Datum(jaar: 2027, maand: 1, dag: 15)!)
        var rijen = try Uitvoerlezer.csvRijen(scenario.monitoringPad("regio/plafonds-2026.csv"), kop: Self.kop)
        #expect(rijen.map { $0["afgesloten_maanden"] } == Array(repeating: "12", count: 6))
        #expect(rijen.map { $0["prognose"] } == rijen.map { $0["toegekend"] })
        #expect(rijen.map { $0["signaal"] } == ["overschreden", "in zicht", "ok", "ok", "ok", "in zicht"])
        try scenario.monitoring.genereer(
            Rapportbereik(periode: Periode(begindatum: Datum("2026-01-01")!, einddatum: Datum("2026-01-31")!)),
            peildatum: Datum(jaar: 2026, maand: 1, dag: 15)!)
        rijen = try Uitvoerlezer.csvRijen(scenario.monitoringPad("regio/plafonds-2026.csv"), kop: Self.kop)
        #expect(rijen.map { $0["afgesloten_maanden"] } == Array(repeating: "0", count: 6))
        #expect(rijen.map { $0["prognose"] } == Array(repeating: "", count: 6))
        #expect(rijen.map { $0["prognose_procent"] } == Array(repeating: "", count: 6))
    }

    @Test("regio per segment: toegekend, aanbieders, unieke cliënten, aandeel top 3 en top 10")
    func segmentKeyFigures() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let rijen = try Uitvoerlezer.csv(scenario.monitoringPad("regio/segmenten-2026.csv"))
        #expect(
            rijen == [
                [
                    "jaar", "segment", "segment_naam", "wet", "bekostiging", "toegekend", "aanbieders", "clienten",
                    "aandeel_top3", "aandeel_top10",
                ],
                [
                    "2026", "JW-AMB", "Jeugdhulp ambulant", "jeugdwet", "inspanningsgericht", "5040,00", "4", "4",
                    "93,06", "100,00",
                ],
                [
                    "2026", "WMO-BEG", "Begeleiding", "wmo", "inspanningsgericht", "1980,00", "2", "4", "100,00",
                    "100,00",
                ],
            ])
        struct Segmentjson: Decodable, Equatable {
            let segment: String
            let toegekendCent: Int
            let aanbieders: Int
            let clienten: Int
            let aandeelTop3: Double?
        }
        let json = try Uitvoerlezer.json(
            Monitoringjson<Segmentjson>.self, scenario.monitoringPad("regio/segmenten-2026.json"))
        #expect(json.rijen.map(\.toegekendCent) == [504_000, 198_000])
        #expect(json.rijen.map { honderdsten($0.aandeelTop3) } == [9306, 10000])
    }

    @Test("regio per gemeente: unieke cliënten en hun aandeel in de regio")
    func gemeenteKeyFigures() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let rijen = try Uitvoerlezer.csv(scenario.monitoringPad("regio/gemeenten-2026.csv"))
        #expect(
            rijen == [
                ["jaar", "gemeente", "gemeente_naam", "clienten", "clienten_regio", "aandeel_regio", "toegekend"],
                ["2026", "0321", "Houten", "2", "6", "33,33", "2130,00"],
                ["2026", "0356", "Nieuwegein", "3", "6", "50,00", "3820,00"],
                ["2026", "0632", "Woerden", "1", "6", "16,67", "1070,00"],
            ])
        struct Gemeentejson: Decodable, Equatable {
            let gemeente: String
            let clienten: Int
            let aandeelRegio: Double?
            let toegekendCent: Int
        }
        let json = try Uitvoerlezer.json(
            Monitoringjson<Gemeentejson>.self, scenario.monitoringPad("regio/gemeenten-2026.json"))
        #expect(
            json.rijen == [
                Gemeentejson(gemeente: "0321", clienten: 2, aandeelRegio: 33.33, toegekendCent: 213_000),
                Gemeentejson(gemeente: "0356", clienten: 3, aandeelRegio: 50, toegekendCent: 382_000),
                Gemeentejson(gemeente: "0632", clienten: 1, aandeelRegio: 16.67, toegekendCent: 107_000),
            ])
    }
}
