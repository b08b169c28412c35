import Berichten
import Foundation
import Testing

/// Data-driven tests of the level-2 rules: every fixture in `Fixtures/berichtinhoud/` and
/// the exact set of rule codes the fixtures' README expects for it.
@Suite("Niveau 2: berichtinhoud")
struct BerichtinhoudTests {
    /// `berichtinhoud/<file>` → expected codes, read from the table in `Fixtures/README.md`.
    static let verwachtingen: [String: Set<String>] = {
        guard let readme = try? String(contentsOfFile: TestOmgeving.pad("README.md"), encoding: .utf8) else {
            return [:]
        }
        var result: [String: Set<String>] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `berichtinhoud/") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let file = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")).replacingOccurrences(
                of: "berichtinhoud/", with: "")
            let codes =
                cells[1] == "geen" ? [] : cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            result[file] = Set(codes)
        }
        return result
    }()

    /// The fixtures of `berichtinhoud/`. A missing or empty folder becomes one argument that fails
    /// (instead of zero arguments, which would run no case at all and pass).
    static let fixtures: [String] = {
        do {
            let bestanden = try TestOmgeving.bestanden(in: "berichtinhoud")
            return bestanden.isEmpty ? ["<de map Fixtures/berichtinhoud is leeg>"] : bestanden
        } catch {
            return ["<de map Fixtures/berichtinhoud ontbreekt: \(error)>"]
        }
    }()

    /// Passing cases without a `-goed` fixture of their own: `S <regel> <bericht>` → files below
    /// `Fixtures/`, from the table "Slagende gevallen zonder eigen -goed-fixture" in `Fixtures/README.md`.
    static let slagendeGevallen: [String: [String]] = {
        guard let readme = try? String(contentsOfFile: TestOmgeving.pad("README.md"), encoding: .utf8) else {
            return [:]
        }
        var result: [String: [String]] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `S ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let sleutel = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")).dropFirst(2)
            result[String(sleutel)] = cells[1].split(separator: ",").map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "` "))
            }
        }
        return result
    }()

    /// Every file named as a passing case, once; a missing table becomes one failing argument.
    static let slagendeBestanden: [String] = {
        let bestanden = Set(slagendeGevallen.values.joined()).sorted()
        return bestanden.isEmpty ? ["<geen tabel met slagende gevallen in Fixtures/README.md>"] : bestanden
    }()

    @Test("elke fixture levert precies de verwachte regels", arguments: fixtures)
    func fixtureGivesExpectedRules(_ file: String) throws {
        let verwacht = try #require(Self.verwachtingen[file], "\(file) staat niet in de README-tabel")
        let regelInNaam = String(file.prefix(while: { $0 != "-" }))
        if file.hasSuffix("-fout.xml") {
            #expect(verwacht.contains(regelInNaam), "de naam noemt \(regelInNaam), de README niet")
        } else {
            #expect(verwacht.isEmpty)
        }
        let bericht = try TestOmgeving.bericht("berichtinhoud/" + file)
        let bevindingen = Berichtinhoud.controleer(bericht)
        #expect(Set(bevindingen.map(\.regel)) == verwacht, "\(bevindingen.map(\.description))")
        for bevinding in bevindingen {
            #expect(bevinding.retourCode == .technischeFout)
            #expect(bevinding.niveau == .berichtinhoud)
            #expect(bevinding.locatie.regel > 0)
            #expect(bevinding.locatie.pad.hasPrefix("/Bericht/"))
            #expect(!bevinding.gevonden.isEmpty && !bevinding.verwacht.isEmpty && !bevinding.toelichting.isEmpty)
        }
    }

    @Test(
        "geldige berichten hebben geen enkele bevinding",
        arguments: [
            "jw301.xml", "wmo301.xml", "jw323.xml", "wmo323.xml", "jw301-budget.xml", "jw323-credit.xml", "jw305.xml",
            "wmo305.xml", "jw307.xml", "wmo307.xml",
        ])
    func validMessagesPass(_ file: String) throws {
        let bericht = try TestOmgeving.bericht("geldig/" + file)
        #expect(Berichtinhoud.controleer(bericht).map(\.description) == [])
    }

    @Test(
        "elke niveau-2-regel heeft per bericht een fixture die faalt en een geval dat slaagt",
        arguments: [BerichtType.toewijzing, .declaratie, .startZorg, .stopZorg])
    func everyRuleHasFixtures(_ type: BerichtType) {
        let bericht = String(type.rawValue)
        for regel in Berichtinhoud.regels(voor: type) {
            let fout = Self.fixtures.filter {
                $0.contains(bericht) && $0.hasSuffix("-fout.xml")
                    && Self.verwachtingen[$0, default: []].contains(regel.code)
            }
            #expect(!fout.isEmpty, "geen falende fixture voor \(regel.code) in \(bericht)")
            // A passing case: a -goed fixture of the rule itself (fixtureGivesExpectedRules asserts it has
            // no finding at all), or a message named in the table of passing cases (asserted below).
            let goed = Self.fixtures.filter {
                $0.hasPrefix(regel.code + "-") && $0.contains(bericht) && $0.hasSuffix("-goed.xml")
            }
            let genoemd = Self.slagendeGevallen["\(regel.code) \(bericht)", default: []]
            #expect(!goed.isEmpty || !genoemd.isEmpty, "geen slagend geval voor \(regel.code) in \(bericht)")
            #expect(
                genoemd.allSatisfy { $0.contains(bericht) },
                "een slagend geval voor \(regel.code) is geen \(bericht): \(genoemd)")
        }
    }

    @Test("de tabel met slagende gevallen noemt alleen bestaande regels en berichten")
    func passingCasesTableIsConsistent() {
        let codes = Set(Berichtinhoud.regels(voor: .toewijzing).map { "\($0.code) 301" })
            .union(Berichtinhoud.regels(voor: .declaratie).map { "\($0.code) 323" })
            .union(Berichtinhoud.regels(voor: .startZorg).map { "\($0.code) 305" })
            .union(Berichtinhoud.regels(voor: .stopZorg).map { "\($0.code) 307" })
        #expect(!Self.slagendeGevallen.isEmpty)
        #expect(Set(Self.slagendeGevallen.keys).subtracting(codes).sorted() == [])
    }

    @Test("elk genoemd slagend geval heeft geen enkele bevinding op niveau 2", arguments: slagendeBestanden)
    func namedPassingCasePasses(_ file: String) throws {
        let bericht = try TestOmgeving.bericht(file)
        #expect(Berichtinhoud.controleer(bericht).map(\.description) == [])
    }

    @Test("de catalogus noemt elke regel één keer, met betekenis")
    func catalogueIsConsistent() {
        let codes = Regelcatalogus.alle.map(\.code)
        #expect(Set(codes).count == codes.count)
        for regel in Regelcatalogus.alle {
            #expect(!regel.betekenis.isEmpty && !regel.geldtVoor.isEmpty)
            #expect(Regelcatalogus.regel(regel.code) == regel)
        }
        let gecontroleerd = Set(Berichtinhoud.regels(voor: .toewijzing).map(\.code))
            .union(Berichtinhoud.regels(voor: .declaratie).map(\.code))
            .union(Berichtinhoud.regels(voor: .stopZorg).map(\.code))
        #expect(gecontroleerd.isSubset(of: Set(codes)))
    }

    @Test("bevinding noemt gevonden en verwachte waarde (CS002)")
    func findingNamesValues() throws {
        let bericht = try TestOmgeving.bericht("berichtinhoud/CS002-jw301-fout.xml")
        let bevinding = try #require(Berichtinhoud.controleer(bericht).first)
        #expect(bevinding.regel == "CS002")
        #expect(bevinding.locatie.pad == "/Bericht/Client/Bsn")
        #expect(bevinding.toelichting.contains(bevinding.gevonden))
    }
}

@Suite("Elfproef")
struct ElfproefTests {
    @Test func knownNumbers() {
        #expect(Elfproef.isGeldig("999900006"))
        #expect(Elfproef.isGeldig("999900018"))
        #expect(!Elfproef.isGeldig("123456789"))
        #expect(!Elfproef.isGeldig("000000000"))
        #expect(!Elfproef.isGeldig("12345678"))
        #expect(!Elfproef.isGeldig("99990000a"))
    }
}
