import Foundation
import Logging
import Testing

@testable import Berichten

/// Every entry of `in/` gets an outcome, whatever it is called or whatever it is, and the files
/// around it are still processed.
@Suite("Robuustheid: elke invoer krijgt een uitkomst", .serialized)
struct OnverwerkbareInvoerTests {
    typealias Omgeving = VoorbeeldscenarioTests.Omgeving

    static func toewijzing() throws -> String {
        try #require(try VoorbeeldscenarioTests.voorbeelden().first { $0.contains("/005-") })
    }

    static func ronde(_ omgeving: Omgeving, maximum: Int = 3) -> Verwerkingsronde {
        Verwerkingsronde(
            verwerker: omgeving.verwerker, logger: Logger(label: "test"), metingen: nil, maximumPogingen: maximum)
    }

    static func inhoud(_ map: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: map).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func gearchiveerd(_ omgeving: Omgeving) throws -> [String] {
        try inhoud(omgeving.spool.archiveDirectory).flatMap { try inhoud(omgeving.spool.archiveDirectory + "/" + $0) }
    }

    @Test("een naam van 250 bytes wordt verwerkt; de opslag en de uitkomst houden de oorspronkelijke naam")
    func longNameIsProcessed() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let naam = String(repeating: "lang-", count: 49) + ".xml"
        #expect(naam.utf8.count == 249)
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: omgeving.spool.inDirectory + "/" + naam)
        var namen: [String] = []
        let resultaat = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true }) { uitkomst, _ in
            namen.append(uitkomst.bestand)
        }
        #expect(resultaat.storing == nil && resultaat.perSoort[.geaccepteerd] == 1)
        #expect(namen == [naam])
        let archief = try Self.gearchiveerd(omgeving)
        #expect(archief.count == 1 && archief[0].utf8.count <= InputName.maximumBytes && archief[0].hasSuffix(".xml"))
        #expect(
            try Self.inhoud(omgeving.spool.inDirectory).isEmpty && Self.inhoud(omgeving.spool.workDirectory).isEmpty)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: try Self.toewijzing())))
        #expect(try omgeving.verwerker.opslag.bericht(inhoud: SHA256.hex(bytes))?.bestand == naam)
        let tweede = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true })
        #expect(tweede.isLeeg)
    }

    @Test("een naam die geen UTF-8 is, een link naar niets, een link naar een apparaat en een map worden apart gezet")
    func oddEntriesAreSetAside() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let inDirectory = omgeving.spool.inDirectory
        let rauw = Array("kapot-".utf8) + [0xFF, 0xFE] + Array(".xml".utf8)
        let bron = try Data(contentsOf: URL(fileURLWithPath: try Self.toewijzing()))
        var pad: [UInt8] = Array(inDirectory.utf8)
        pad.append(47)
        pad.append(contentsOf: rauw)
        pad.append(0)
        let cPad: [CChar] = pad.map { CChar(bitPattern: $0) }
        let fd = open(cPad, O_WRONLY | O_CREAT, 0o644)
        #expect(fd >= 0)
        _ = bron.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try FileManager.default.createSymbolicLink(
            atPath: inDirectory + "/weg.xml", withDestinationPath: "/bestaat/niet.xml")
        try FileManager.default.createSymbolicLink(atPath: inDirectory + "/nul.xml", withDestinationPath: "/dev/zero")
        try FileManager.default.createDirectory(atPath: inDirectory + "/map.xml", withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: inDirectory + "/goed.xml")
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: inDirectory + "/goed.xml")

        let resultaat = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true })
        #expect(resultaat.storing == nil && resultaat.mislukt == 0)
        #expect(resultaat.perSoort[.geweigerd] == 4 && resultaat.perSoort[.geaccepteerd] == 1)
        #expect(try Self.inhoud(inDirectory).isEmpty && Self.inhoud(omgeving.spool.workDirectory).isEmpty)
        let afgewezen = try Self.inhoud(omgeving.spool.rejectedDirectory)
        #expect(afgewezen.contains("kapot-\\xFF\\xFE.xml") && afgewezen.contains("kapot-\\xFF\\xFE.xml.reason"))
        func reden(_ naam: String) throws -> String {
            try String(contentsOfFile: omgeving.spool.rejectedDirectory + "/" + naam + ".reason", encoding: .utf8)
        }
        #expect(try reden("kapot-\\xFF\\xFE.xml").contains("geen geldige UTF-8"))
        #expect(try reden("weg.xml").contains("symbolische link die nergens naar wijst"))
        #expect(try reden("nul.xml").contains("symbolische link naar een apparaat"))
        #expect(try reden("map.xml").contains("een map"))
        #expect(try Self.gearchiveerd(omgeving) == ["goed.xml"])
    }

    @Test("een bestand dat steeds mislukt telt zijn pogingen op schijf, ook over nieuwe rondes en processen heen")
    func attemptsArePersisted() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        // EIO on every read, also as root.
        try FileManager.default.createSymbolicLink(
            atPath: omgeving.spool.inDirectory + "/b.xml", withDestinationPath: "/proc/self/mem")
        for poging in 1...2 {
            let resultaat = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true })
            #expect(resultaat.mislukt == 1, "poging \(poging)")
            let werk = try #require(try omgeving.spool.inProgress().first)
            #expect(AttemptMark.read(for: werk.pad)?.faults == poging)
            #expect(AttemptMark.read(for: werk.pad)?.stops == 0)
            #expect(AttemptMark.read(for: werk.pad)?.lastFault?.contains("lezen mislukt") == true)
        }
        let derde = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true })
        #expect(derde.mislukt == 0 && derde.perSoort[.geweigerd] == 1)
        let reden = try String(contentsOfFile: omgeving.spool.rejectedDirectory + "/b.xml.reason", encoding: .utf8)
        #expect(reden.contains("herhaalde storing") && reden.hasPrefix("bestand: b.xml\n"))
        #expect(try Self.inhoud(omgeving.spool.workDirectory).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
    }

    @Test("gifbericht: een bestand waarop berichtd drie keer stopte wordt apart gezet en de spool gaat door")
    func poisonMessageIsSetAside() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let inDirectory = omgeving.spool.inDirectory
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: inDirectory + "/gif 123456789.xml")
        // Three starts that each crashed while on this file, as CrashRecorder counts them.
        let werk = try omgeving.spool.claim(inDirectory + "/gif 123456789.xml")
        try AttemptMark(stops: 3, name: "gif 123456789.xml").write(for: werk.pad)
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: inDirectory + "/daarna.xml")

        let resultaat = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true })
        #expect(resultaat.vastgelopen == 1 && resultaat.storing == nil)
        #expect(resultaat.perSoort[.geweigerd] == 1 && resultaat.perSoort[.geaccepteerd] == 1)
        let reden = try String(
            contentsOfFile: omgeving.spool.rejectedDirectory + "/gif 123456789.xml.reason", encoding: .utf8)
        #expect(reden.contains("3 keer gestopt") && reden.contains("heeft een mens nodig"))
        #expect(reden.hasPrefix("bestand: gif *********.xml\n"), "\(reden)")
        #expect(try Self.gearchiveerd(omgeving) == ["daarna.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: omgeving.spool.workDirectory).isEmpty)
    }

    @Test("wat de crashhandler schrijft telt één keer gestopt bij precies het bestand in behandeling")
    func crashHandlerCountsTheFileInHand() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: omgeving.spool.inDirectory + "/a.xml")
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: omgeving.spool.inDirectory + "/b.xml")
        let a = try omgeving.spool.claim(omgeving.spool.inDirectory + "/a.xml")
        let b = try omgeving.spool.claim(omgeving.spool.inDirectory + "/b.xml")
        let slots = CrashRecorder.Slots()
        try AttemptMark(stops: 2, name: "a.xml").write(for: a.pad)
        CrashRecorder.begin(.judging, claimed: a.pad, stopsSoFar: 2, in: slots)
        CrashRecorder.recordStop(in: slots)
        CrashRecorder.end(.judging, in: slots)
        CrashRecorder.recordStop(in: slots)
        #expect(AttemptMark.read(for: a.pad) == AttemptMark(stops: 3, name: "a.xml"))
        #expect(AttemptMark.read(for: b.pad) == AttemptMark(name: "b.xml"))
        // A crash on a thread that holds no file (the parser thread of a large input) counts both.
        let andere = Thread { CrashRecorder.recordStop(in: slots) }
        CrashRecorder.begin(.judging, claimed: a.pad, stopsSoFar: 3, in: slots)
        CrashRecorder.begin(.readingAhead, claimed: b.pad, stopsSoFar: 0, in: slots)
        andere.start()
        while !andere.isFinished { usleep(1000) }
        CrashRecorder.end(.judging, in: slots)
        CrashRecorder.end(.readingAhead, in: slots)
        #expect(AttemptMark.read(for: a.pad)?.stops == 4 && AttemptMark.read(for: b.pad)?.stops == 1)
    }

    @Test("een gifbericht dat de opslag al vastlegde wordt afgemaakt, niet apart gezet")
    func committedClaimIsCompleted() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        try FileManager.default.copyItem(atPath: try Self.toewijzing(), toPath: omgeving.spool.inDirectory + "/a.xml")
        let werk = try omgeving.spool.claim(omgeving.spool.inDirectory + "/a.xml")
        let voorbereiding = try omgeving.verwerker.bereidVoor(werk)
        // Commit and retour, then "crash" before archiving: put the file back in work/.
        _ = try omgeving.verwerker.rondAf(voorbereiding)
        let gearchiveerd = try #require(try Self.gearchiveerd(omgeving).first)
        let dag = try #require(try Self.inhoud(omgeving.spool.archiveDirectory).first)
        #expect(rename(omgeving.spool.archiveDirectory + "/" + dag + "/" + gearchiveerd, werk.pad) == 0)
        try AttemptMark(stops: 3, name: "a.xml").write(for: werk.pad)
        let resultaat = Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true })
        #expect(resultaat.perSoort[.geaccepteerd] == 1 && resultaat.vastgelopen == 0)
        #expect(try Self.inhoud(omgeving.spool.rejectedDirectory).isEmpty)
    }

    @Test("niets te doen alleen als er niets wacht")
    func emptyOnlyWhenNothingWaits() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        #expect(Self.ronde(omgeving).draai(rustSeconden: 0, doorgaan: { true }).isLeeg)
        try FileManager.default.copyItem(
            atPath: try Self.toewijzing(), toPath: omgeving.spool.inDirectory + "/nieuw.xml")
        let onrustig = Self.ronde(omgeving).draai(rustSeconden: 3600, doorgaan: { true })
        #expect(!onrustig.isLeeg && onrustig.onrustig == 1)
    }
}

@Suite("Robuustheid: maskering en namen")
struct MaskeringTests {
    @Test("negen cijfers op een rij worden gemaskeerd, ook in een bestandsnaam; acht en tien niet")
    func nineDigits() {
        #expect(Maskering.regel("bsn 123456789 in client_123456789.xml") == "bsn ********* in client_*********.xml")
        #expect(Maskering.regel("agb 12345678 id 1234567890") == "agb 12345678 id 1234567890")
        #expect(Maskering.regel("123456789") == "*********")
    }

    @Test("een regeleinde of stuurteken in een naam kan geen uitvoerregel vervalsen")
    func controlCharacters() {
        #expect(Maskering.regel("a.xml\nverwerkt: 1 bericht") == "a.xml\\nverwerkt: 1 bericht")
        #expect(Maskering.regel("a\u{1B}[31m.xml") == "a\\x1B[31m.xml")
        #expect(Maskering.regels("regel 1\nregel 2\t!") == "regel 1\nregel 2\\t!")
    }

    @Test("de weergave van een naam is afdrukbaar en verliest niets; de naam op schijf past altijd")
    func inputNames() {
        #expect(InputName(raw: Array("a".utf8) + [0xFF] + Array("é\n.xml".utf8)).display == "a\\xFFé\\x0A.xml")
        #expect(InputName("a\\b.xml").display == "a\\\\b.xml")
        #expect(!InputName(raw: [0x61, 0xC3]).isUTF8 && InputName("é.xml").isUTF8)
        let lang = InputName(String(repeating: "é", count: 200) + ".xml")
        #expect(lang.onDisk.utf8.count <= InputName.maximumBytes && lang.onDisk.hasSuffix(".xml"))
        #expect(lang.onDisk != InputName(String(repeating: "é", count: 201) + ".xml").onDisk)
        #expect(InputName("kort.xml").onDisk == "kort.xml")
    }
}
