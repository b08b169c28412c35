import Foundation
import GRDB
import Logging
import Testing

@testable import Berichten

/// Group commit (issue 14): many small messages in one transaction change no outcome, a message
/// that fails on its own does not sink the group, and recovery after the commit stays per claim.
@Suite("verwerkingsronde: groepscommit", .serialized)
struct GroepscommitTests {
    typealias Omgeving = VoorbeeldscenarioTests.Omgeving

    /// Every example in `in/`, in name order (arrival order is modification time).
    static func zetKlaar(_ omgeving: Omgeving, _ bestanden: [String]) throws {
        for (index, bron) in bestanden.enumerated() {
            let doel = omgeving.spool.inDirectory + "/" + (bron as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: bron, toPath: doel)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(index))], ofItemAtPath: doel)
        }
    }

    /// The store's rows, without what differs between two runs (claim token, time of receipt).
    static func rijen(_ omgeving: Omgeving) throws -> [String] {
        let queue = try DatabaseQueue(path: omgeving.spool.defaultStorePath)
        defer { try? queue.close() }
        return try queue.read { db in
            var uit: [String] = []
            let vragen = [
                """
                SELECT id, soort, afzender, ontvanger, identificatie, dagtekening, inhoud_sha256, bestand, uitkomst,
                retourcode, retour_bestand, retour_xml, reden FROM bericht ORDER BY id
                """,
                "SELECT * FROM toewijzing ORDER BY id", "SELECT * FROM declaratie ORDER BY id",
                "SELECT * FROM prestatie ORDER BY id", "SELECT * FROM bevinding ORDER BY id",
                "SELECT * FROM toewijzing_verbruik ORDER BY 1, 2, 3, 4, 5, 6",
            ]
            for vraag in vragen { uit += try Row.fetchAll(db, sql: vraag).map(\.description) }
            return uit
        }
    }

    /// Every retour in `out/`, by path.
    static func retours(_ omgeving: Omgeving) throws -> [String: Data] {
        var uit: [String: Data] = [:]
        for pad in try FileManager.default.subpathsOfDirectory(atPath: omgeving.spool.outDirectory)
        where pad.hasSuffix(".xml") {
            uit[pad] = try Data(contentsOf: URL(fileURLWithPath: omgeving.spool.outDirectory + "/" + pad))
        }
        return uit
    }

    static func ronde(_ omgeving: Omgeving, _ groep: Groepscommit) -> Verwerkingsronde {
        Verwerkingsronde(
            verwerker: omgeving.verwerker, logger: Logger(label: "test"), metingen: nil, maximumPogingen: 3,
            groep: groep)
    }

    @Test("alle voorbeelden in groepen: dezelfde opslag en dezelfde retours als bericht voor bericht")
    func groupsChangeNoOutcome() throws {
        let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
        let los = try Omgeving()
        let samen = try Omgeving()
        defer {
            try? FileManager.default.removeItem(atPath: los.map)
            try? FileManager.default.removeItem(atPath: samen.map)
        }
        try Self.zetKlaar(los, voorbeelden)
        try Self.zetKlaar(samen, voorbeelden)
        let apart = Self.ronde(los, .uit).draai(rustSeconden: 0, doorgaan: { true })
        let gegroepeerd = Self.ronde(samen, .standaard).draai(rustSeconden: 0, doorgaan: { true })
        #expect(apart.groepscommits == 0)
        #expect(gegroepeerd.groepscommits > 0)
        #expect(apart.verwerkt == voorbeelden.count && gegroepeerd.verwerkt == voorbeelden.count)
        #expect(apart.perSoort == gegroepeerd.perSoort)
        let (rijenLos, rijenSamen) = (try Self.rijen(los), try Self.rijen(samen))
        #expect(rijenLos.count > voorbeelden.count)
        #expect(rijenLos == rijenSamen)
        let (retoursLos, retoursSamen) = (try Self.retours(los), try Self.retours(samen))
        // Every example has a retour except the one that is XSD-invalid (level 1: no retour).
        #expect(retoursLos.count == voorbeelden.count - 1)
        #expect(retoursLos == retoursSamen)
        #expect(try FileManager.default.contentsOfDirectory(atPath: samen.spool.workDirectory).isEmpty)
    }

    @Test("een bericht dat op zichzelf faalt laat de groep niet zinken: de groep tot dan wordt vastgelegd")
    func failingMemberDoesNotSinkTheGroup() throws {
        let omgeving = try Omgeving()
        defer { try? FileManager.default.removeItem(atPath: omgeving.map) }
        let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
        let namen = ["/005-", "/013-", "/006-"]
        let bestanden = try namen.map { naam in try #require(voorbeelden.first { $0.contains(naam) }) }
        try Self.zetKlaar(omgeving, bestanden)
        let verwerker = omgeving.verwerker
        var voorbereid = try omgeving.spool.invoer().map { invoer in
            try verwerker.bereidVoor(#require(try omgeving.spool.claim(invoer)))
        }
        // 013 is rejected (S329) and its 302 copies the Client as sent: without those bytes it fails.
        let zonderBron = voorbereid[1]
        voorbereid[1] = Voorbereiding(
            claim: zonderBron.claim, sha: zonderBron.sha, resultaat: zonderBron.resultaat,
            inhoudBevindingen: zonderBron.inhoudBevindingen, bron: nil, grootte: zonderBron.grootte)
        var gevraagd = 0
        let uitkomst = try verwerker.rondAfInGroep(voorbereid[0]) {
            gevraagd += 1
            return gevraagd < 3 ? voorbereid[gevraagd] : nil
        }
        #expect(uitkomst.klaar.map(\.bestand) == ["005-jw301-0321-41000001-toewijzing.xml"])
        #expect(uitkomst.alleen?.claim.naam == "013-jw301-1961-41000003-nieuwe-client.xml")
        #expect(uitkomst.onvoltooid == nil)
        #expect(gevraagd == 1, "nothing after the failing message was judged in the group")
        // 005 is committed and archived; 013 left no trace in the store.
        let berichten = try verwerker.opslag.berichten()
        #expect(berichten.map(\.bestand) == ["005-jw301-0321-41000001-toewijzing.xml"])
        #expect(try verwerker.opslag.tellingen()["bevinding"] == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).count {
                !$0.hasPrefix(".")
            }
                == 2)
        #expect(throws: ProcessingError.self) { try verwerker.rondAf(voorbereid[1]) }
        // Judged alone with its bytes it gets the next record, as without the group.
        let alleen = try verwerker.rondAf(verwerker.bereidVoor(zonderBron.claim))
        #expect(alleen.soort == .afgewezen)
        #expect(try verwerker.opslag.berichten().map(\.id) == [1, 2])
    }

    @Test("retour na de groepscommit mislukt: elke claim wordt later precies één keer afgerond")
    func recoveryAfterTheCommitIsPerClaim() throws {
        let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
        let bestanden = try ["/006-", "/005-", "/007-"].map { naam in
            try #require(voorbeelden.first { $0.contains(naam) })
        }
        let referentie = try Omgeving()
        let omgeving = try Omgeving()
        defer {
            try? FileManager.default.removeItem(atPath: referentie.map)
            try? FileManager.default.removeItem(atPath: omgeving.map)
        }
        try Self.zetKlaar(referentie, bestanden)
        _ = Self.ronde(referentie, .uit).draai(rustSeconden: 0, doorgaan: { true })
        try Self.zetKlaar(omgeving, bestanden)
        // out/0321 (005's gemeente) is a file: its retour cannot be written after the commit.
        let blokkade = omgeving.spool.outDirectory + "/0321"
        try Data().write(to: URL(fileURLWithPath: blokkade))
        let eerste = Self.ronde(omgeving, .standaard).draai(rustSeconden: 0, doorgaan: { true })
        #expect(eerste.verwerkt == 0)
        #expect(eerste.storing != nil)
        #expect(try omgeving.verwerker.opslag.berichten().count == 3, "the group was committed")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).count {
                !$0.hasPrefix(".")
            }
                == 3)
        try FileManager.default.removeItem(atPath: blokkade)
        let tweede = Self.ronde(omgeving, .standaard).draai(rustSeconden: 0, doorgaan: { true })
        #expect(tweede.verwerkt == 3)
        #expect(tweede.storing == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
        #expect(try Self.rijen(omgeving) == Self.rijen(referentie))
        #expect(try Self.retours(omgeving) == Self.retours(referentie))
    }
}
