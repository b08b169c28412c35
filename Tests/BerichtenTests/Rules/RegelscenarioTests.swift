import Berichten
import Foundation
import Testing

/// Data-driven tests of the level-3/4 rules and the local contract rules: every scenario of
/// `Fixtures/regels/README.md` goes through the real `Verwerker` with a fresh spool and store.
@Suite("Niveau 3/4: regelscenario's")
struct RegelscenarioTests {
    static let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!
    /// Codes a retour carries besides the codes of the rules.
    static let neutraleCodes: Set<String> = ["0200", "0233", "8001"]

    @Test("de scenariotabel is leesbaar")
    func tableParses() {
        #expect(Regelscenario.tabel.problemen == [])
        #expect(Regelscenario.namen.count > 80)
    }

    @Test(
        "elk scenario levert precies de verwachte bevindingen, uitkomst en retourcodes", arguments: Regelscenario.namen)
    func scenario(_ naam: String) throws {
        let scenario = try #require(Regelscenario.tabel.scenarios[naam])
        let omgeving = try Omgeving("regels", config: scenario.laadConfiguratie(), vandaag: Self.vandaag)
        defer { omgeving.opruimen() }
        var laatste: Verwerkingsuitkomst?
        for (index, stap) in scenario.stappen.enumerated() {
            let uitkomst = try omgeving.verwerk(Regelscenario.map + "/" + stap.bestand)
            let gevonden = Set(uitkomst.bevindingen.map(Regelscenario.Verwachting.init))
            #expect(
                gevonden == stap.verwacht,
                "stap \(index + 1) \(stap.bestand): \(uitkomst.bevindingen.map(\.description))")
            if index < scenario.stappen.count - 1, stap.verwacht.isEmpty {
                #expect(uitkomst.soort == .geaccepteerd, "stap \(index + 1) \(stap.bestand): \(uitkomst)")
            }
            laatste = uitkomst
        }
        let uitkomst = try #require(laatste)
        #expect(uitkomst.soort == scenario.uitkomst, "\(uitkomst)")

        let afwijzend = Set(scenario.verwacht.compactMap(\.retourCode))
        #expect(Set(uitkomst.retourCodes.map(\.rawValue)).subtracting(Self.neutraleCodes) == afwijzend, "\(uitkomst)")
        let retour = try omgeving.retourCodes(uitkomst)
        #expect(Set(retour).subtracting(Self.neutraleCodes) == afwijzend, "retour: \(retour)")
        if scenario.uitkomst == .geaccepteerd {
            let isDeclaratie = scenario.stappen.last!.bestand.contains("323")
            #expect(retour == (isDeclaratie ? ["0200", "8001"] : []), "retour: \(retour)")
        }
        for bevinding in uitkomst.bevindingen {
            #expect(bevinding.niveau >= .berichtoverstijgend, "\(bevinding)")
            #expect(bevinding.bron == (bevinding.regel.hasPrefix("BD") ? .lokaal : .landelijk), "\(bevinding)")
            #expect(bevinding.locatie.regel > 0 && bevinding.locatie.pad.hasPrefix("/Bericht/"), "\(bevinding)")
            #expect(!bevinding.gevonden.isEmpty && !bevinding.verwacht.isEmpty && !bevinding.toelichting.isEmpty)
        }
    }

    @Test("TR346 in minuten: 'verwacht' is uurtarief × minuten / 60, niet het minutentarief uit het bericht (IV081)")
    func tr346MinutesShowsHourlyExpectation() throws {
        let uitkomst = try Self.laatsteUitkomst("TR346-3-fout")
        let tr346 = try #require(uitkomst.bevindingen.first { $0.regel == "TR346" })
        #expect(tr346.gevonden == "IngediendBedrag 85400")
        #expect(tr346.verwacht.hasPrefix("84583 (700 × uurtarief 7250 / 60"), "\(tr346.verwacht)")
    }

    @Test("TR321 noemt alleen het eigen GeleverdVolume van de prestatie, geen som met een eerdere debet")
    func tr321JudgesOwnVolume() throws {
        let uitkomst = try Self.laatsteUitkomst("TR321-fout")
        let tr321 = try #require(uitkomst.bevindingen.first { $0.regel == "TR321" })
        #expect(tr321.gevonden == "GeleverdVolume 13 uur")
        #expect(tr321.verwacht.hasPrefix("hooguit 12 uur in "), "\(tr321.verwacht)")
    }

    /// Runs a scenario's steps and returns the outcome of the last one.
    static func laatsteUitkomst(_ naam: String) throws -> Verwerkingsuitkomst {
        let scenario = try #require(Regelscenario.tabel.scenarios[naam])
        let omgeving = try Omgeving("regels", config: scenario.laadConfiguratie(), vandaag: Self.vandaag)
        defer { omgeving.opruimen() }
        var laatste: Verwerkingsuitkomst?
        for stap in scenario.stappen { laatste = try omgeving.verwerk(Regelscenario.map + "/" + stap.bestand) }
        return try #require(laatste)
    }

    @Test("elke niveau-3/4-regel en lokale regel heeft een falend en een slagend scenario")
    func everyRuleHasScenarios() {
        let scenarios = Regelscenario.tabel.scenarios.values
        for regel in Regelcatalogus.alle where regel.niveau >= .berichtoverstijgend {
            let eigen = scenarios.filter { $0.naam.hasPrefix(regel.code + "-") }
            #expect(
                eigen.contains { !$0.naam.contains("goed") && $0.verwacht.contains { $0.regel == regel.code } },
                "geen falend scenario voor \(regel.code)")
            #expect(
                eigen.contains { $0.naam.contains("goed") && !$0.verwacht.contains { $0.regel == regel.code } },
                "geen slagend scenario voor \(regel.code)")
        }
    }

    @Test("elke fixture in regels/ hoort bij een scenario")
    func everyFixtureIsUsed() throws {
        let gebruikt = Set(Regelscenario.tabel.scenarios.values.flatMap { $0.stappen.map(\.bestand) })
        let bestanden = try FileManager.default.subpathsOfDirectory(atPath: Regelscenario.map).filter {
            $0.hasSuffix(".xml")
        }
        #expect(Set(bestanden).subtracting(gebruikt).sorted() == [])
        #expect(gebruikt.subtracting(bestanden).sorted() == [])
    }

    typealias Omgeving = TijdelijkeSpool
}
