import Berichten
import Foundation
import Testing

/// End to end: the bundled example region and its 72 example messages go through the spool,
/// the store and the retours. The expected outcomes were written down in `examples/README.md`
/// before the processing code existed.
@Suite("Verwerking: voorbeeldscenario van de regio", .serialized)
struct VoorbeeldscenarioTests {
    /// File prefix → (outcome, retourcodes of the message).
    static let verwacht: [String: (Verwerkingsuitkomst.Soort, [String])] = {
        var table: [String: (Verwerkingsuitkomst.Soort, [String])] = [:]
        for nummer in 1...72 {
            // 301, 305 and 307 accepted: a retour with only a Header, no RetourCodes.
            let zonderCodes = nummer <= 13 || nummer == 53 || nummer == 57 || nummer >= 61
            table[String(format: "%03d", nummer)] = (.geaccepteerd, zonderCodes ? [] : ["8001"])
        }
        table["013"] = (.afgewezen, ["S329"])
        table["022"] = (.gedeeltelijk, ["9384"])
        table["031"] = (.gedeeltelijk, ["9321"])
        table["040"] = (.gedeeltelijk, ["0611"])
        table["043"] = (.afgewezen, ["9333"])
        table["045"] = (.technischAfgewezen, ["0001"])
        table["049"] = (.xsdOngeldig, [])
        // The widened region (issue 13): budget in euro's, Wmo category 01, the mid-year tariff change.
        table["055"] = (.technischAfgewezen, ["0001"])
        table["056"] = (.gedeeltelijk, ["9369"])
        table["058"] = (.gedeeltelijk, ["9321"])
        table["059"] = (.gedeeltelijk, ["0611"])
        // Start and stop of care (issue 15).
        table["069"] = (.afgewezen, ["9019"])
        table["071"] = (.afgewezen, ["9069"])
        table["072"] = (.technischAfgewezen, ["0001"])
        return table
    }()

    /// Messages of an aanbieder without a contract in that gemeente: accepted, with a BD001 signal.
    static let metBD001: Set<String> = ["011", "029", "039", "051"]

    typealias Omgeving = TijdelijkeSpool

    static func voorbeelden() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: TestOmgeving.root + "/examples")
            .filter { $0.hasSuffix(".xml") }.sorted().map { TestOmgeving.root + "/examples/" + $0 }
    }

    @Test("elk voorbeeldbericht krijgt de verwachte uitkomst en retourcodes")
    func examplesGiveExpectedOutcomes() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        var retours = 0
        for bestand in try Self.voorbeelden() {
            let naam = (bestand as NSString).lastPathComponent
            let uitkomst = try omgeving.verwerk(bestand)
            let (soort, codes) = try #require(Self.verwacht[String(naam.prefix(3))])
            #expect(uitkomst.soort == soort, "\(naam): \(uitkomst)")
            #expect(uitkomst.retourCodes.map(\.rawValue) == codes, "\(naam): \(uitkomst)")
            let signalen = Set(uitkomst.bevindingen.filter(\.isSignaal).map(\.regel))
            #expect(
                signalen == (Self.metBD001.contains(String(naam.prefix(3))) ? ["BD001"] : []), "\(naam): \(uitkomst)")
            if let retour = uitkomst.retourBestand {
                retours += 1
                #expect(FileManager.default.fileExists(atPath: omgeving.spool.outDirectory + "/" + retour))
            }
        }
        #expect(retours == 71)
        let archief = try FileManager.default.subpathsOfDirectory(atPath: omgeving.spool.archiveDirectory).filter {
            $0.hasSuffix(".xml")
        }
        #expect(archief.count == 71)
        #expect(
            FileManager.default.fileExists(
                atPath: omgeving.spool.rejectedDirectory + "/049-wmo323-0632-41000007-2026-10-xsd-ongeldig.xml.reason"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
    }

    @Test("een gedeeltelijk afgewezen 325 klopt veld voor veld (TR321 in 031)")
    func partialRejectionFields() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        var laatste: Verwerkingsuitkomst?
        for bestand in try Self.voorbeelden()
        where bestand.contains("/0") && !bestand.contains("/03") || bestand.contains("/031") {
            laatste = try omgeving.verwerk(bestand)
            if bestand.contains("/031") { break }
        }
        let uitkomst = try #require(laatste)
        let retour = try String(
            contentsOfFile: omgeving.spool.outDirectory + "/" + #require(uitkomst.retourBestand), encoding: .utf8)
        #expect(retour.contains("<jw325:BerichtCode>491</jw325:BerichtCode>"))
        #expect(retour.contains("<jw325:Afzender>0321</jw325:Afzender>"))
        #expect(retour.contains("<jw325:Ontvanger>41000001</jw325:Ontvanger>"))
        #expect(retour.contains("<ijw:Identificatie>ZGL260901</ijw:Identificatie>"))
        let toegekend = try #require(retour.range(of: "<jw325:TotaalToegekendBedrag>"))
        let naToegekend = retour[toegekend.upperBound...].drop { $0.isWhitespace }
        #expect(naToegekend.hasPrefix("<ijw:TotaalBedrag>0</ijw:TotaalBedrag>"))
        #expect(retour.contains("<ijw:ReferentieNummer>ZGLR2609001</ijw:ReferentieNummer>"))
        #expect(retour.contains("<jw325:RetourCode>9321</jw325:RetourCode>"))
        #expect(uitkomst.bevindingen.contains { $0.regel == "TR321" && $0.verwacht.contains("15") })
    }

    @Test("zelfde bestand onder dezelfde naam opnieuw in spool/in: 9056, niet stil gearchiveerd")
    func sameNameRedropIsAnswered() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let bestanden = try Self.voorbeelden()
        _ = try omgeving.verwerk(try #require(bestanden.first { $0.contains("/005-") }))
        let declaratie = try #require(bestanden.first { $0.contains("/014-") })
        #expect(try omgeving.verwerk(declaratie).soort == .geaccepteerd)
        let tweede = try omgeving.verwerk(declaratie)
        #expect(tweede.retourCodes == [RetourCode("9056")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.outDirectory + "/0321").count == 3)
    }

    @Test("gestopt tussen commit en retour: hervatten schrijft de retour uit de opslag, verwerkt niets dubbel")
    func resumeAfterKillBetweenCommitAndRetour() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let bestanden = try Self.voorbeelden()
        _ = try omgeving.verwerk(try #require(bestanden.first { $0.contains("/005-") }))
        let declaratie = try #require(bestanden.first { $0.contains("/014-") })
        let eerste = try omgeving.verwerk(declaratie)
        let retourPad = omgeving.spool.outDirectory + "/" + (try #require(eerste.retourBestand))
        let retour = try Data(contentsOf: URL(fileURLWithPath: retourPad))
        // The state a kill leaves: store committed, retour not yet written, input still in work/.
        try FileManager.default.removeItem(atPath: retourPad)
        let werk = omgeving.spool.workDirectory + "/" + (declaratie as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: declaratie, toPath: werk)
        let tellingen = try omgeving.verwerker.opslag.tellingen()
        _ = try omgeving.verwerker.hervat(Claim(gevonden: werk))
        #expect(try Data(contentsOf: URL(fileURLWithPath: retourPad)) == retour)
        #expect(try omgeving.verwerker.opslag.tellingen() == tellingen)
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
    }

    @Test("hervatten van een apart gezet bestand houdt de oorspronkelijke reden")
    func resumeOfSetAsideKeepsReason() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let ongeldig = try #require(try Self.voorbeelden().first { $0.contains("/049-") })
        _ = try omgeving.verwerk(ongeldig)
        let werk = omgeving.spool.workDirectory + "/" + (ongeldig as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: ongeldig, toPath: werk)
        _ = try omgeving.verwerker.hervat(Claim(gevonden: werk))
        let redenen = try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.rejectedDirectory).filter {
            $0.hasSuffix(".reason")
        }
        #expect(redenen.count == 2)
        for reden in redenen {
            let tekst = try String(contentsOfFile: omgeving.spool.rejectedDirectory + "/" + reden, encoding: .utf8)
            #expect(tekst.contains("DeclaratieNummer"), "\(tekst)")
        }
    }

    @Test("hetzelfde bericht nog eens: TR056 (9056), niet opnieuw verwerkt")
    func duplicateIsAnsweredWith9056() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let bestanden = try Self.voorbeelden()
        let toewijzing = try #require(bestanden.first { $0.contains("/005-") })
        let declaratie = try #require(bestanden.first { $0.contains("/014-") })
        _ = try omgeving.verwerk(toewijzing)
        #expect(try omgeving.verwerk(declaratie).soort == .geaccepteerd)
        let kopie = omgeving.map + "/014-opnieuw.xml"
        try FileManager.default.copyItem(atPath: declaratie, toPath: kopie)
        let tweede = try omgeving.verwerk(kopie)
        #expect(tweede.soort == .afgewezen)
        #expect(tweede.retourCodes == [RetourCode("9056")])
        #expect(try omgeving.verwerker.opslag.tellingen()["prestatie"] == 1)
    }
}
