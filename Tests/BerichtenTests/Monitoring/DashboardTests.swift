import Berichten
import Foundation
import Testing

/// The dashboards (`monitoring/<gemeente>/index.html`, `monitoring/regio/index.html`): well-formed,
/// self-contained, and every number in their tables equal to the CSV cells of the same run.
@Suite("Monitoring: dashboards per gemeente en voor de regio")
struct DashboardTests {
    static let mappen = ["0321", "0356", "0632", "regio"]
    static let maanden = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
    ]
    static let toewijzingenkop = [
        "peildatum", "gemeente", "segment", "segment_naam", "aanbieder", "aanbieder_naam", "toewijzingen", "clienten",
        "verplichting", "gedeclareerd", "uitnutting", "zonder_einddatum", "zonder_tarief",
    ]
    static let gemeentenkop = [
        "jaar", "gemeente", "gemeente_naam", "clienten", "clienten_regio", "aandeel_regio", "toegekend",
    ]

    @Test("welgevormd en op zichzelf staand: XML-parser, inline SVG, geen scripts, geen externe bestanden")
    func wellFormedAndSelfContained() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        for map in Self.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            #expect(dashboard.svgs >= 3, "\(map): grafieken")
            #expect(dashboard.scripts == 0 && dashboard.externeVerwijzingen.isEmpty, "\(map)")
            for tabel in ["plafonds", "productie", "aanbieders", "uitnutting"] {
                #expect((dashboard.tabellen[tabel]?.count ?? 0) > 1, "\(map): tabel \(tabel)")
            }
            let html = try String(contentsOfFile: scenario.monitoringPad("\(map)/index.html"), encoding: .utf8)
            #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import"), "\(map)")
            for link in dashboard.links {
                #expect(link.hasPrefix("../../reports/") && link.hasSuffix(".html"), "\(map): \(link)")
                let doel = URL(fileURLWithPath: scenario.monitoringPad("\(map)/")).appendingPathComponent(link)
                    .standardized.path
                #expect(FileManager.default.fileExists(atPath: doel), "\(map): link \(link) wijst naar niets")
            }
        }
    }

    @Test("kerncijfers en plafonds: de cellen van gemeenten-2026.csv, plafonds-2026.csv en toewijzingen.csv")
    func keyFiguresAndCeilingsEqualCSV() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let gemeenten = try Uitvoerlezer.csvRijen(
            scenario.monitoringPad("regio/gemeenten-2026.csv"), kop: Self.gemeentenkop)
        for map in Self.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            let eigen = gemeenten.filter { map == "regio" || $0["gemeente"] == map }
            let toegekend = eigen.reduce(0) { $0 + cent($1["toegekend"]) }
            #expect(dashboard.kerncijfers["k-toegekend"] == "€\u{00A0}" + euroRond(toegekend), "\(map)")
            #expect(
                dashboard.kerncijfers["k-clienten"]
                    == (map == "regio" ? eigen[0]["clienten_regio"] : eigen[0]["clienten"]), "\(map)")
            let toewijzingen = try (map == "regio" ? ["0321", "0356", "0632"] : [map]).flatMap {
                try Uitvoerlezer.csvRijen(scenario.monitoringPad("\($0)/toewijzingen.csv"), kop: Self.toewijzingenkop)
            }
            #expect(
                dashboard.kerncijfers["k-toewijzingen"]
                    == String(toewijzingen.reduce(0) { $0 + Int($1["toewijzingen"]!)! }))

            let plafonds = try Uitvoerlezer.csvRijen(
                scenario.monitoringPad("\(map)/plafonds-2026.csv"), kop: PlafondTests.kop)
            let tabel = Array((dashboard.tabellen["plafonds"] ?? []).dropFirst())
            #expect(tabel.count == plafonds.count && !plafonds.isEmpty, "\(map)")
            for (index, (rij, csv)) in zip(tabel, plafonds).enumerated() {
                #expect(rij.count == 10)
                #expect(
                    rij[4...].map(Dashboardlezer.csvGetal)
                        == [
                            csv["plafond"], csv["toegekend"], csv["procent"], csv["signaal"], csv["prognose"],
                            csv["prognose_procent"],
                        ],
                    "\(map) plafond \(index + 1)")
                let maanden = Array((dashboard.tabellen["plafond-\(index + 1)-maanden"] ?? []).dropFirst())
                let perMaand = maanden.filter { Self.maanden.contains($0[0]) }
                #expect(
                    perMaand.reduce(0) { $0 + cent(Dashboardlezer.csvGetal($1[1])) } == cent(csv["toegekend"]),
                    "\(map) \(index + 1)")
                #expect(
                    perMaand.last.map { Dashboardlezer.csvGetal($0[2]) } == csv["toegekend"],
                    "\(map) \(index + 1): cumulatief")
                #expect(
                    maanden.first { $0[0] == "toegekend 2026" }.map { Dashboardlezer.csvGetal($0[1]) }
                        == csv["toegekend"])
                #expect(
                    maanden.first { $0[0] == "prognose jaareinde" }.map { Dashboardlezer.csvGetal($0[1]) }
                        == csv["prognose"])
            }
            #expect(
                dashboard.kerncijfers["k-inzicht"] == String(plafonds.filter { $0["signaal"] == "in zicht" }.count),
                "\(map)")
            #expect(
                dashboard.kerncijfers["k-overschreden"]
                    == String(plafonds.filter { $0["signaal"] == "overschreden" }.count))
        }
    }

    @Test("productie per maand en segment, aanbieders en uitnutting: sommen van de CSV-rijen")
    func productionProvidersAndUtilisationEqualCSV() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        for map in Self.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            let gemeenten = map == "regio" ? ["0321", "0356", "0632"] : [map]
            let productie = try gemeenten.flatMap {
                try Uitvoerlezer.csvRijen(
                    scenario.monitoringPad("\($0)/productie-2026.csv"), kop: ProductiemonitoringTests.productiekop)
            }
            let tabel = try #require(dashboard.tabellen["productie"])
            let segmenten = Set(productie.compactMap { $0["segment"] }).sorted()
            #expect(
                tabel[0] == ["Maand"] + segmenten.map { "\($0) " + ProductiemonitoringTests.segmentnaam[$0]! } + [
                    "Totaal 2026"
                ])
            for rij in tabel.dropFirst() {
                let maand =
                    rij[0] == "totaal"
                    ? nil : Self.maanden.firstIndex(of: rij[0]).map { String(format: "2026-%02d", $0 + 1) }
                #expect(rij[0] == "totaal" || maand != nil)
                let vanMaand = productie.filter { maand == nil || $0["maand"] == maand }
                for (index, segment) in segmenten.enumerated() {
                    #expect(
                        cent(Dashboardlezer.csvGetal(rij[index + 1]))
                            == vanMaand.filter { $0["segment"] == segment }.reduce(0) { $0 + cent($1["toegekend"]) },
                        "\(map) \(rij)")
                }
                #expect(
                    cent(Dashboardlezer.csvGetal(rij[segmenten.count + 1]))
                        == vanMaand.reduce(0) { $0 + cent($1["toegekend"]) })
            }
            #expect(tabel.count == Set(productie.compactMap { $0["maand"] }).count + 2, "\(map): kop, maanden, totaal")

            let ingediend = productie.reduce(0) { $0 + cent($1["ingediend"]) }
            let afgewezen = productie.reduce(0) { $0 + cent($1["afgewezen"]) }
            #expect(dashboard.kerncijfers["k-afgewezen"] == procent(afgewezen, van: ingediend), "\(map)")
            let prestaties = productie.reduce(0) { $0 + Int64($1["prestaties"]!)! }
            let prestatiesAfgewezen = productie.reduce(0) { $0 + Int64($1["prestaties_afgewezen"]!)! }
            #expect(
                dashboard.kerncijfers["k-prestaties"]
                    == procent(prestatiesAfgewezen, van: prestaties + prestatiesAfgewezen))

            let aanbieders = Array((dashboard.tabellen["aanbieders"] ?? []).dropFirst())
            #expect(aanbieders.count == Set(productie.compactMap { $0["aanbieder"] }).count, "\(map)")
            for rij in aanbieders {
                let code = String(rij[0].prefix(8))
                let regels = productie.filter { $0["aanbieder"] == code }
                #expect(rij[0] == code + " " + ProductiemonitoringTests.aanbiedernaam[code]!)
                for (kolom, naam) in [(1, "ingediend"), (2, "toegekend"), (3, "afgewezen")] {
                    #expect(
                        cent(Dashboardlezer.csvGetal(rij[kolom])) == regels.reduce(0) { $0 + cent($1[naam]) },
                        "\(map) \(code) \(naam)")
                }
            }

            let toewijzingen = try gemeenten.flatMap {
                try Uitvoerlezer.csvRijen(scenario.monitoringPad("\($0)/toewijzingen.csv"), kop: Self.toewijzingenkop)
            }
            let uitnutting = Array((dashboard.tabellen["uitnutting"] ?? []).dropFirst())
            #expect(uitnutting.count == Set(toewijzingen.compactMap { $0["segment"] }).count, "\(map)")
            for rij in uitnutting {
                let segment = try #require(rij[0].split(separator: "(").last?.dropLast()).description
                let rijen = toewijzingen.filter { $0["segment"] == segment }
                #expect(rij[1] == String(rijen.reduce(0) { $0 + Int($1["toewijzingen"]!)! }), "\(map) \(segment)")
                #expect(cent(Dashboardlezer.csvGetal(rij[2])) == rijen.reduce(0) { $0 + cent($1["verplichting"]) })
                #expect(cent(Dashboardlezer.csvGetal(rij[3])) == rijen.reduce(0) { $0 + cent($1["gedeclareerd"]) })
                if rijen.count == 1 {
                    #expect(Dashboardlezer.csvGetal(rij[4]) == rijen[0]["uitnutting"], "\(map) \(segment)")
                }
            }
        }
    }

    @Test("het signaal in woorden: overschreden en in zicht zoals de CSV ze geeft, met de prognose")
    func signalInWords() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("0321/index.html"))
        #expect(
            dashboard.tekst.contains(
                "Plafond in zicht. Toegekend is €\u{00A0}1.890, 84,00\u{00A0}% van het plafond van €\u{00A0}2.250"))
        #expect(
            dashboard.tekst.contains(
                "dan komt 2026 uit op €\u{00A0}2.268 = 100,80\u{00A0}% van het plafond: €\u{00A0}18 boven het plafond"))
        #expect(
            dashboard.tekst.contains(
                "Overschreden. Toegekend is €\u{00A0}5.040, 105,00\u{00A0}% van het plafond van €\u{00A0}4.800: €\u{00A0}240 erboven."
            ))
        let regio = try Dashboardlezer.lees(scenario.monitoringPad("regio/index.html"))
        #expect(
            regio.tekst.contains(
                "Geen signaal. Toegekend is €\u{00A0}2.800, 93,33\u{00A0}% van het plafond van €\u{00A0}3.000 (signaal vanaf 95\u{00A0}%)"
            ))
    }
}

private func cent(_ cel: String?) -> Int64 {
    guard let cel, !cel.isEmpty else { return 0 }
    let delen = cel.split(separator: ",")
    let teken: Int64 = cel.hasPrefix("-") ? -1 : 1
    return teken
        * (Int64(delen[0].replacingOccurrences(of: "-", with: ""))! * 100 + (delen.count > 1 ? Int64(delen[1])! : 0))
}

/// `2,02 %` with a non-breaking space, rounded half up as the CSV's percentages are.
private func procent(_ deel: Int64, van geheel: Int64) -> String {
    let honderdsten = (deel * 20_000 + geheel) / (2 * geheel)
    return "\(honderdsten / 100)," + (honderdsten % 100 < 10 ? "0" : "") + "\(honderdsten % 100)\u{00A0}%"
}

private func euroRond(_ cent: Int64) -> String {
    let euro = String((cent + 50) / 100)
    var uit = ""
    for (index, cijfer) in euro.enumerated() {
        if index > 0 && (euro.count - index) % 3 == 0 { uit.append(".") }
        uit.append(cijfer)
    }
    return uit
}

extension DashboardTests {
    @Test("vorig jaar ernaast: met peildatum in 2027 staat 2026 per maand in de tabel, gelijk aan productie-2026.csv")
    func lastYearBesideThisYear() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        try scenario.monitoring.genereer(.alles, peildatum: Datum(jaar: 2027, maand: 1, dag: 15)!)
        for map in Self.mappen {
            let dashboard = try Dashboardlezer.lees(scenario.monitoringPad("\(map)/index.html"))
            let gemeenten = map == "regio" ? ["0321", "0356", "0632"] : [map]
            let productie = try gemeenten.flatMap {
                try Uitvoerlezer.csvRijen(
                    scenario.monitoringPad("\($0)/productie-2026.csv"), kop: ProductiemonitoringTests.productiekop)
            }
            let tabel = try #require(dashboard.tabellen["productie"])
            #expect(tabel[0].suffix(2) == ["Totaal 2027", "Totaal 2026"], "\(map)")
            for rij in tabel.dropFirst() {
                let maand = Self.maanden.firstIndex(of: rij[0]).map { String(format: "2026-%02d", $0 + 1) }
                let vanMaand = productie.filter { maand == nil || $0["maand"] == maand }
                #expect(
                    cent(Dashboardlezer.csvGetal(rij.last!)) == vanMaand.reduce(0) { $0 + cent($1["toegekend"]) },
                    "\(map) \(rij)")
                #expect(cent(Dashboardlezer.csvGetal(rij[rij.count - 2])) == 0, "\(map): niets in 2027")
            }
        }
    }
}
