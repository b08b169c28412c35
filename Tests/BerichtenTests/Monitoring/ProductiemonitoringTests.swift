import Berichten
import Foundation
import Testing

/// Production per month × segment × product × aanbieder and the toewijzingen on the peildatum,
/// cell by cell against the hand computation in `Fixtures/monitoring/README.md`.
@Suite("Monitoring: productie en toewijzingen per gemeente")
struct ProductiemonitoringTests {
    static let productiekop = [
        "gemeente", "maand", "segment", "segment_naam", "wet", "product", "product_omschrijving", "aanbieder",
        "aanbieder_naam", "clienten", "prestaties", "prestaties_afgewezen", "ingediend", "toegekend", "afgewezen",
        "volume",
        "eenheid", "eenheid_omschrijving",
    ]

    /// gemeente, maand, segment, aanbieder, cliënten, prestaties, afgewezen prestaties, ingediend, toegekend, afgewezen, volume
    static let productie: [[String]] = [
        ["0321", "2026-09", "JW-AMB", "41000001", "1", "1", "0", "630,00", "630,00", "0,00", "9"],
        ["0321", "2026-09", "JW-AMB", "41000002", "1", "1", "0", "560,00", "560,00", "0,00", "8"],
        ["0321", "2026-10", "JW-AMB", "41000001", "1", "1", "0", "700,00", "700,00", "0,00", "10"],
        ["0321", "2026-10", "JW-AMB", "41000002", "0", "0", "1", "600,00", "0,00", "600,00", "0"],
        ["0321", "2026-10", "WMO-BEG", "41000001", "1", "1", "0", "240,00", "240,00", "0,00", "4"],
        ["0356", "2026-09", "JW-AMB", "41000003", "1", "1", "0", "1400,00", "1400,00", "0,00", "20"],
        ["0356", "2026-10", "JW-AMB", "41000003", "1", "1", "0", "1400,00", "1400,00", "0,00", "20"],
        ["0356", "2026-10", "WMO-BEG", "41000001", "1", "1", "0", "720,00", "720,00", "0,00", "12"],
        ["0356", "2026-10", "WMO-BEG", "41000004", "1", "1", "0", "300,00", "300,00", "0,00", "5"],
        ["0632", "2026-09", "JW-AMB", "41000004", "1", "1", "0", "350,00", "350,00", "0,00", "5"],
        ["0632", "2026-09", "WMO-BEG", "41000004", "1", "1", "0", "360,00", "360,00", "0,00", "6"],
        ["0632", "2026-10", "WMO-BEG", "41000004", "1", "1", "0", "360,00", "360,00", "0,00", "6"],
    ]

    static let segmentnaam = ["JW-AMB": "Jeugdhulp ambulant", "WMO-BEG": "Begeleiding"]
    static let wet = ["JW-AMB": "jeugdwet", "WMO-BEG": "wmo"]
    static let product = ["JW-AMB": ("45A07", "Ambulante jeugdhulp"), "WMO-BEG": ("02A01", "Individuele begeleiding")]
    static let aanbiedernaam = [
        "41000001": "Aanbieder Een", "41000002": "Aanbieder Twee", "41000003": "Aanbieder Drie",
        "41000004": "Aanbieder Vier",
    ]

    @Test("productie per maand, segment, product en aanbieder: elke cel van de CSV (credit negatief, afgewezen apart)")
    func productionCSVMatchesHandComputation() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        for gemeente in ["0321", "0356", "0632"] {
            let verwacht = Self.productie.filter { $0[0] == gemeente }.map { r in
                [
                    r[0], r[1], r[2], Self.segmentnaam[r[2]]!, Self.wet[r[2]]!, Self.product[r[2]]!.0,
                    Self.product[r[2]]!.1, r[3],
                    Self.aanbiedernaam[r[3]]!, r[4], r[5], r[6], r[7], r[8], r[9], r[10], "04", "uur",
                ]
            }
            let rijen = try Uitvoerlezer.csv(scenario.monitoringPad("\(gemeente)/productie-2026.csv"))
            #expect(rijen.first == Self.productiekop)
            #expect(Array(rijen.dropFirst()) == verwacht, "productie \(gemeente)")
        }
    }

    struct Productiejson: Decodable, Equatable {
        let gemeente: String
        let maand: String
        let segment: String?
        let product: String
        let aanbieder: String
        let clienten: Int
        let prestaties: Int
        let prestatiesAfgewezen: Int
        let ingediendCent: Int
        let toegekendCent: Int
        let afgewezenCent: Int
        let volume: Int
        let eenheid: String
    }

    @Test("productie als JSON: gehele eurocenten, dezelfde rijen")
    func productionJSONMatchesHandComputation() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        for gemeente in ["0321", "0356", "0632"] {
            let json = try Uitvoerlezer.json(
                Monitoringjson<Productiejson>.self, scenario.monitoringPad("\(gemeente)/productie-2026.json"))
            #expect(json.bestand == "productie" && json.gemeente == gemeente && json.jaar == 2026)
            let cent = { (euro: String) in Int(euro.replacingOccurrences(of: ",", with: ""))! }
            let verwacht = Self.productie.filter { $0[0] == gemeente }.map { r in
                Productiejson(
                    gemeente: r[0], maand: r[1], segment: r[2], product: Self.product[r[2]]!.0, aanbieder: r[3],
                    clienten: Int(r[4])!, prestaties: Int(r[5])!, prestatiesAfgewezen: Int(r[6])!,
                    ingediendCent: cent(r[7]),
                    toegekendCent: cent(r[8]), afgewezenCent: cent(r[9]), volume: Int(r[10])!, eenheid: "04")
            }
            #expect(json.rijen == verwacht, "productie \(gemeente)")
        }
    }

    static let toewijzingkop = [
        "peildatum", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam", "toewijzingen", "clienten",
        "verplichting", "gedeclareerd", "uitnutting", "zonder_einddatum", "zonder_tarief",
    ]

    /// gemeente, segment, aanbieder, toewijzingen, cliënten, verplichting, gedeclareerd, uitnutting, zonder einddatum
    static let toewijzingen: [[String]] = [
        ["0321", "JW-AMB", "41000001", "1", "1", "2800,00", "1330,00", "47,50", "0"],
        ["0321", "JW-AMB", "41000002", "1", "1", "2240,00", "560,00", "25,00", "0"],
        ["0321", "WMO-BEG", "41000001", "1", "1", "720,00", "240,00", "33,33", "0"],
        ["0356", "WMO-BEG", "41000001", "1", "1", "4392,00", "720,00", "16,39", "0"],
        ["0356", "WMO-BEG", "41000004", "1", "1", "900,00", "300,00", "33,33", "1"],
        ["0632", "JW-AMB", "41000004", "1", "1", "1400,00", "350,00", "25,00", "0"],
        ["0632", "WMO-BEG", "41000004", "1", "1", "1440,00", "720,00", "50,00", "0"],
    ]

    @Test(
        "actieve toewijzingen: laatste versie, verwijderd en afgelopen tellen niet; verplichting per tarief; uitnutting"
    )
    func activeToewijzingenAndUitnutting() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        for gemeente in ["0321", "0356", "0632"] {
            let verwacht = Self.toewijzingen.filter { $0[0] == gemeente }.map { r in
                [
                    "2026-11-23", r[0], r[1], Self.segmentnaam[r[1]]!, r[2], Self.aanbiedernaam[r[2]]!, r[3], r[4],
                    r[5], r[6], r[7], r[8], "0",
                ]
            }
            let rijen = try Uitvoerlezer.csv(scenario.monitoringPad("\(gemeente)/toewijzingen.csv"))
            #expect(rijen.first == Self.toewijzingkop)
            #expect(Array(rijen.dropFirst()) == verwacht, "toewijzingen \(gemeente)")
        }
    }

    struct Toewijzingjson: Decodable, Equatable {
        let segment: String?
        let aanbieder: String
        let toewijzingen: Int
        let clienten: Int
        let verplichtingCent: Int
        let gedeclareerdCent: Int
        let uitnutting: Double?
        let zonderEinddatum: Int
    }

    @Test("toewijzingen als JSON met peildatum en eurocenten")
    func toewijzingenJSON() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let json = try Uitvoerlezer.json(
            Monitoringjson<Toewijzingjson>.self, scenario.monitoringPad("0356/toewijzingen.json"))
        #expect(json.peildatum == "2026-11-23" && json.gemeenteNaam == "Nieuwegein" && json.jaar == nil)
        #expect(json.rijen.map(\.verplichtingCent) == [439_200, 90_000])
        #expect(json.rijen.map(\.gedeclareerdCent) == [72_000, 30_000])
        #expect(json.rijen.map { honderdsten($0.uitnutting) } == [1639, 3333])
        #expect(json.rijen.map(\.zonderEinddatum) == [0, 1])
    }

    @Test("met een eerdere peildatum is de afgelopen toewijzing nog actief")
    func earlierPeildatumKeepsEndedToewijzing() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        try scenario.monitoring.genereer(
            Rapportbereik(gemeente: "0356"), peildatum: Datum(jaar: 2026, maand: 10, dag: 15)!)
        let rijen = try Uitvoerlezer.csvRijen(scenario.monitoringPad("0356/toewijzingen.csv"), kop: Self.toewijzingkop)
        let drie = try #require(rijen.first { $0["aanbieder"] == "41000003" })
        #expect(
            drie["verplichting"] == "2800,00" && drie["gedeclareerd"] == "2800,00" && drie["uitnutting"] == "100,00")
        #expect(rijen.first { $0["aanbieder"] == "41000004" }?["verplichting"] == "900,00")
    }
}
