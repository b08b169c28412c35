import Berichten
import Foundation
import Testing

/// The auditors' report of the processing day: one row per rejected or signalled class, masked
/// BSNs, national or local rule, the retour code sent and a working link to the retour.
@Suite("Rapportage: afwijzingsrapport voor de accountant")
struct AfwijzingsrapportTests {
    static let kop = [
        "tijd", "bestand", "bericht", "identificatie", "afzender", "afzender_naam", "gemeente", "gemeente_naam", "bsn",
        "toewijzing", "product", "periode", "bedrag", "regel", "niveau", "bron", "behandeling", "retourcode",
        "toelichting",
        "gevonden", "verwacht", "plaats", "retourbestand",
    ]

    @Test("één rij per afgewezen of gesignaleerde klasse, met bron, retourcode en gemaskeerd BSN")
    func rowsPerRejectedOrSignalledClass() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let rijen = try Uitvoerlezer.csvRijen(try scenario.rapportMap() + "/afwijzingen.csv", kop: Self.kop)
        #expect(
            rijen.map { $0["bestand"] } == [
                "06-wmo301-0356-41000004-buiten-contract.xml", "18-jw323-0321-41000002-2026-10-tarief-fout.xml",
                "22-wmo323-0356-41000004-2026-10-buiten-contract.xml",
                "24-wmo323-0632-41000004-2026-10-xsd-ongeldig.xml",
            ])
        #expect(rijen.map { $0["bericht"] } == ["WMO301", "JW323", "WMO323", "WMO323"])
        #expect(rijen.map { $0["identificatie"] } == ["MT0356003", "TWE2610J", "VIE2610X", "VIE2610Y"])
        #expect(rijen.map { $0["afzender"] } == ["0356", "41000002", "41000004", "41000004"])
        #expect(rijen.map { $0["gemeente"] } == ["0356", "0321", "0356", ""])
        #expect(rijen.map { $0["bsn"] } == ["******158", "******110", "******158", ""])
        #expect(rijen.map { $0["toewijzing"] } == ["35600003", "32100002", "35600003", ""])
        #expect(rijen.map { $0["product"] } == ["02/02A01", "45/45A07", "02/02A01", ""])
        #expect(
            rijen.map { $0["periode"] } == [
                "2026-10-01 t/m ", "2026-10-01 t/m 2026-10-31", "2026-10-01 t/m 2026-10-31", "",
            ])
        #expect(rijen.map { $0["bedrag"] } == ["", "600,00", "300,00", ""])
        #expect(rijen.map { $0["regel"] } == ["BD001", "TR418", "BD001", "XSD"])
        #expect(
            rijen.map { $0["bron"] } == [
                "lokaal (contract)", "landelijk (standaard)", "lokaal (contract)", "landelijk (standaard)",
            ])
        #expect(rijen.map { $0["behandeling"] } == ["signaal", "afgewezen", "signaal", "niet verwerkt"])
        #expect(rijen.map { $0["retourcode"] } == ["", "0611", "", ""])
        #expect(rijen[1]["gevonden"]?.contains("7500") == true && rijen[1]["verwacht"]?.contains("7000") == true)
        #expect(rijen[3]["gevonden"]?.contains("VIE-W-2610") == true)
        #expect(rijen.allSatisfy { !($0["toelichting"] ?? "").isEmpty && !($0["tijd"] ?? "").isEmpty })
    }

    @Test("elke retourlink is relatief en wijst naar het retourbestand in spool/out")
    func retourLinksResolve() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let map = try scenario.rapportMap()
        let rijen = try Uitvoerlezer.csvRijen(map + "/afwijzingen.csv", kop: Self.kop)
        let links = rijen.map { $0["retourbestand"] ?? "" }
        #expect(links.last == "")
        for link in links.dropLast() {
            #expect(link.hasPrefix("../../out/"))
            #expect(FileManager.default.fileExists(atPath: map + "/" + link), "\(link)")
        }
        let html = try String(contentsOfFile: map + "/afwijzingen.html", encoding: .utf8)
        for link in links.dropLast() { #expect(html.contains("href=\"\(link)\"")) }
    }

    @Test("HTML: op zichzelf staand, samenvatting per regel en per aanbieder, printstijl")
    func htmlIsSelfContainedWithSummaries() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let html = try String(contentsOfFile: try scenario.rapportMap() + "/afwijzingen.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for extern in ["<script", "<link", "<img", "src=", "href=\"http", "url("] {
            #expect(!html.contains(extern), "\(extern)")
        }
        #expect(html.contains("@media print") && html.contains("@page"))
        let perRegel = try #require(html.range(of: "<h2>Per regel</h2>"))
        let perAanbieder = try #require(html.range(of: "<h2>Per aanbieder</h2>"))
        let detail = try #require(html.range(of: "<h2>Alle afgewezen en gesignaleerde klassen (4)</h2>"))
        #expect(perRegel.lowerBound < perAanbieder.lowerBound && perAanbieder.lowerBound < detail.lowerBound)
        let regels = String(html[perRegel.upperBound..<perAanbieder.lowerBound])
        #expect(regels.contains("BD001") && regels.contains("TR418") && regels.contains("XSD"))
        #expect(regels.contains("€&nbsp;600,00"))
        let aanbieders = String(html[perAanbieder.upperBound..<detail.lowerBound])
        #expect(
            aanbieders.contains("41000002") && aanbieders.contains("Aanbieder Twee") && aanbieders.contains("41000004"))
        #expect(!aanbieders.contains("41000001"))
        #expect(html.contains("<b>24</b>berichten verwerkt"))
    }

    @Test("per gemeente alleen haar berichten; een XSD-ongeldig bericht zonder gemeente alleen in het regiorapport")
    func reportPerGemeente() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let map = try scenario.rapportMap()
        #expect(
            try Uitvoerlezer.csvRijen(map + "/afwijzingen-0321.csv", kop: Self.kop).map { $0["regel"] } == ["TR418"])
        #expect(
            try Uitvoerlezer.csvRijen(map + "/afwijzingen-0356.csv", kop: Self.kop).map { $0["regel"] } == [
                "BD001", "BD001",
            ])
        #expect(try Uitvoerlezer.csvRijen(map + "/afwijzingen-0632.csv", kop: Self.kop).isEmpty)
        let html0632 = try String(contentsOfFile: map + "/afwijzingen-0632.html", encoding: .utf8)
        #expect(
            html0632.contains("Geen afwijzingen of signalen op deze dag.") && html0632.contains("gemeente 0632 Woerden")
        )
    }

    @Test("geen enkel rapport- of monitoringbestand bevat een volledig BSN")
    func noUnmaskedBSN() throws {
        let scenario = try Monitoringscenario()
        defer { scenario.opruimen() }
        let bsns = ["999900109", "999900110", "999900122", "999900134", "999900146", "999900158", "999900171"]
        let uitvoer = try scenario.uitvoer()
        #expect(uitvoer.count > 30)
        for (pad, data) in uitvoer {
            let tekst = String(decoding: data, as: UTF8.self)
            for bsn in bsns { #expect(!tekst.contains(bsn), "\(pad) bevat BSN \(bsn)") }
        }
    }
}
