import Foundation
import Logging
import Testing

@testable import Berichten

/// Exactly once through the claim token: recovery finds this very claim in the store, not an
/// earlier drop of the same file.
@Suite("hervatten via het claimtoken", .serialized)
struct HervattenTests {
    typealias Omgeving = VoorbeeldscenarioTests.Omgeving

    func voorbeeld(_ nummer: String) throws -> String {
        try #require(try VoorbeeldscenarioTests.voorbeelden().first { $0.contains("/\(nummer)-") })
    }

    @Test("claimnaam: token vooraan, oorspronkelijke naam terug in archive/")
    func claimnaam() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let invoer = omgeving.spool.inDirectory + "/a~b.xml"
        try Data("x".utf8).write(to: URL(fileURLWithPath: invoer))
        let werk = try omgeving.spool.claim(invoer)
        #expect(werk.token != nil && werk.werknaam == "a~b.xml" && werk.naam == "a~b.xml")
        #expect(Claim(gevonden: werk.pad) == werk)
        #expect(Claim(gevonden: invoer).token == nil && Claim(gevonden: invoer).werknaam == "a~b.xml")
        let archief = try omgeving.spool.archive(werk, dag: Datum(jaar: 2026, maand: 11, dag: 23)!)
        #expect(archief.hasSuffix("/archive/2026-11-23/a~b.xml"))
    }

    @Test("zelfde naam en inhoud opnieuw gedropt, gestopt vóór de commit: hervatten antwoordt 9056")
    func herhaaldeDropOnderbrokenVoorCommit() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        _ = try omgeving.verwerk(try voorbeeld("005"))
        let declaratie = try voorbeeld("014")
        #expect(try omgeving.verwerk(declaratie).soort == .geaccepteerd)
        let invoer = omgeving.spool.inDirectory + "/" + (declaratie as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: declaratie, toPath: invoer)
        let werk = try omgeving.spool.claim(invoer)
        let uitkomst = try omgeving.verwerker.hervat(werk)
        #expect(uitkomst.retourCodes == [RetourCode("9056")])
        #expect(try omgeving.verwerker.opslag.tellingen()["bericht"] == 3)
    }

    @Test("gestopt na de commit: hervatten schrijft alleen de retour opnieuw, geen tweede record")
    func onderbrokenNaCommit() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let toewijzing = try voorbeeld("005")
        let invoer = omgeving.spool.inDirectory + "/t.xml"
        try FileManager.default.copyItem(atPath: toewijzing, toPath: invoer)
        let werk = try omgeving.spool.claim(invoer)
        let voorbereiding = try omgeving.verwerker.bereidVoor(werk)
        // Commit happens inside rondAf; simulate the kill after it by putting the input back.
        let kopie = omgeving.map + "/kopie.xml"
        try FileManager.default.copyItem(atPath: werk.pad, toPath: kopie)
        let eerste = try omgeving.verwerker.rondAf(voorbereiding)
        try FileManager.default.moveItem(atPath: kopie, toPath: werk.pad)
        let retour = omgeving.spool.outDirectory + "/" + (try #require(eerste.retourBestand))
        try FileManager.default.removeItem(atPath: retour)
        _ = try omgeving.verwerker.hervat(werk)
        #expect(FileManager.default.fileExists(atPath: retour))
        #expect(try omgeving.verwerker.opslag.tellingen()["bericht"] == 1)
        #expect(try omgeving.spool.inProgress().isEmpty)
    }

    @Test("gestopt na de retour, vóór het archiveren, en de backoffice nam de retour al: geen tweede retour")
    func onderbrokenNaRetour() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let invoer = omgeving.spool.inDirectory + "/t.xml"
        try FileManager.default.copyItem(atPath: try voorbeeld("005"), toPath: invoer)
        let werk = try omgeving.spool.claim(invoer)
        let voorbereiding = try omgeving.verwerker.bereidVoor(werk)
        let kopie = omgeving.map + "/kopie.xml"
        try FileManager.default.copyItem(atPath: werk.pad, toPath: kopie)
        let eerste = try omgeving.verwerker.rondAf(voorbereiding)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty,
            "archiveren ruimt het merk op")
        // The state of a kill between writing the retour and archiving: input and mark in work/.
        try FileManager.default.moveItem(atPath: kopie, toPath: werk.pad)
        try Spool.markRetourWritten(werk)
        let retour = omgeving.spool.outDirectory + "/" + (try #require(eerste.retourBestand))
        try FileManager.default.removeItem(atPath: retour)
        let hervat = try omgeving.verwerker.hervat(werk)
        #expect(hervat.retourBestand == eerste.retourBestand)
        #expect(!FileManager.default.fileExists(atPath: retour), "de retour is al afgeleverd")
        #expect(try omgeving.verwerker.opslag.tellingen()["bericht"] == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
    }

    @Test("het retourmerk is het hernoemde pogingsmerk: naam en tellingen blijven, geen nieuw bestand")
    func retourmerkIsPogingsmerk() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let invoer = omgeving.spool.inDirectory + "/vreemde naam.xml"
        try Data("x".utf8).write(to: URL(fileURLWithPath: invoer))
        let werk = try omgeving.spool.claim(invoer)
        AttemptMark.recordFault("eerste poging", for: werk)
        let merk = try #require(AttemptMark.read(for: werk.pad))
        let voor = try FileManager.default.attributesOfItem(atPath: AttemptMark.path(for: werk.pad))[.systemFileNumber]
        try Spool.markRetourWritten(werk)
        #expect(!FileManager.default.fileExists(atPath: AttemptMark.path(for: werk.pad)))
        #expect(Spool.isRetourWritten(werk))
        let na = try FileManager.default.attributesOfItem(atPath: Spool.retourMark(werk.pad))[.systemFileNumber]
        #expect(voor as? Int == na as? Int, "hernoemd, niet opnieuw aangemaakt")
        #expect(AttemptMark.read(for: werk.pad) == merk)
        #expect(merk.faults == 1 && merk.name == "vreemde naam.xml")
        #expect(Claim(gevonden: werk.pad).naam == "vreemde naam.xml")
        _ = try omgeving.spool.archive(werk, dag: Datum(jaar: 2026, maand: 11, dag: 23)!)
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
    }

    @Test("zonder pogingsmerk (een claim van een oudere berichtd): een leeg retourmerk, geen pogingsmerk")
    func retourmerkZonderPogingsmerk() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let werk = omgeving.spool.workDirectory
        try Data("x".utf8).write(to: URL(fileURLWithPath: werk + "/c.xml"))
        let claim = Claim(gevonden: werk + "/c.xml")
        try Spool.markRetourWritten(claim)
        #expect(Spool.isRetourWritten(claim))
        #expect(AttemptMark.read(for: claim.pad) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: werk).sorted() == [".c.xml.retour", "c.xml"])
    }

    @Test("een retourMark zonder invoer wordt bij de start opgeruimd, een met invoer blijft")
    func retourmerkOpruimen() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let werk = omgeving.spool.workDirectory
        try Data("x".utf8).write(to: URL(fileURLWithPath: werk + "/a.xml"))
        try Spool.markRetourWritten(Claim(gevonden: werk + "/a.xml"))
        try Spool.markRetourWritten(Claim(gevonden: werk + "/b.xml"))
        #expect(omgeving.spool.removeTemporaryFiles() == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: werk).sorted() == [".a.xml.retour", "a.xml"])
        #expect(
            Spool.isRetourWritten(Claim(gevonden: werk + "/a.xml"))
                && !Spool.isRetourWritten(Claim(gevonden: werk + "/b.xml")))
    }

    @Test("achtergebleven tijdelijke bestanden worden opgeruimd, echte bestanden niet")
    func opruimen() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        try FileManager.default.createDirectory(
            atPath: omgeving.spool.outDirectory + "/0321", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: omgeving.spool.outDirectory + "/0321/.JW302_x.xml.123.tmp"))
        try Data().write(to: URL(fileURLWithPath: omgeving.spool.outDirectory + "/0321/JW302_x.xml"))
        #expect(omgeving.spool.removeTemporaryFiles() == 1)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.outDirectory + "/0321") == [
                "JW302_x.xml"
            ])
    }

    @Test("storingen: onleesbare invoer en eigen retourfout zijn bestandsfouten, de rest omgevingsfouten")
    func storingen() {
        if case .bestand = Fault(InputError(pad: "a", reden: "x")) {} else { Issue.record("InputError") }
        if case .bestand = Fault(ProcessingError(bestand: "a", reden: "x")) {
        } else {
            Issue.record("ProcessingError")
        }
        if case .omgeving = Fault(SpoolError(pad: "out", reden: "No space left on device")) {
        } else {
            Issue.record("SpoolError")
        }
        // The 302 reads the message again; when that fails, it is the file, never a reason to wait for ever.
        if case .bestand = Fault(XMLReadError.unreadable(path: "a", reason: "x")) {
        } else {
            Issue.record("XMLReadError")
        }
        if case .omgeving = Fault(XMLSchemaError(path: "xsd", diagnostics: [])) {
        } else {
            Issue.record("XMLSchemaError")
        }
    }
}
