import Berichten
import Foundation
import Logging
import Testing

@testable import Daemon

/// The service in-process: ready, picks up a dropped file, refuses a second instance, stops.
@Suite("berichtd run in het proces", .serialized)
struct DienstTests {
    @Test("verwerkt een gedropt bestand, weigert een tweede dienst op dezelfde spool en stopt netjes")
    func verwerktEnStopt() async throws {
        let (spool, instellingen, logger) = Self.omgeving()
        defer { try? FileManager.default.removeItem(atPath: spool.root) }
        let dienst = try Service(instellingen, logger: logger)
        #expect(throws: SpoolError.self) { _ = try Service(instellingen, logger: logger) }
        let gestopt = TestVlag()
        let draad = Thread {
            dienst.draai()
            gestopt.zet()
        }
        draad.start()
        let bron = try #require(try VoorbeeldscenarioTests.voorbeelden().first { $0.contains("/005-") })
        try FileManager.default.copyItem(atPath: bron, toPath: spool.inDirectory + "/005.xml")
        var gearchiveerd = false
        for _ in 0..<100 where !gearchiveerd {
            try await Task.sleep(for: .milliseconds(50))
            gearchiveerd =
                (FileManager.default.enumerator(atPath: spool.archiveDirectory)?.allObjects as? [String])?
                .contains { $0.hasSuffix("005.xml") } ?? false
        }
        #expect(gearchiveerd)
        #expect(try dienst.instellingen.spool.inProgress().isEmpty)
        dienst.stop()
        for _ in 0..<100 where !gestopt.isGezet { try await Task.sleep(for: .milliseconds(20)) }
        #expect(gestopt.isGezet)
    }
}

extension DienstTests {
    @Test("monitoring bij de start bijgewerkt, dan hooguit eens per interval, en bij het stoppen wat nog wachtte")
    func monitoringPerInterval() async throws {
        let (spool, standaard, logger) = Self.omgeving()
        defer { try? FileManager.default.removeItem(atPath: spool.root) }
        var instellingen = standaard
        instellingen.monitoringSeconden = 3600
        let dienst = try Service(instellingen, logger: logger, naRonde: Monitoring.naRonde)
        let gestopt = TestVlag()
        let draad = Thread {
            dienst.draai()
            gestopt.zet()
        }
        draad.start()
        let standPad = spool.stateDirectory + "/monitoring.stand"
        func stand() -> String? { try? String(contentsOfFile: standPad, encoding: .utf8) }
        for _ in 0..<100 where stand() == nil { try await Task.sleep(for: .milliseconds(20)) }
        #expect(stand() == "bericht 0\n", "bij de start wordt de monitoring bijgewerkt")
        func wachtOpArchief(_ naam: String) async throws -> Bool {
            for _ in 0..<100 {
                let archief =
                    FileManager.default.enumerator(atPath: spool.archiveDirectory)?.allObjects as? [String] ?? []
                if archief.contains(where: { $0.hasSuffix(naam) }) { return true }
                try await Task.sleep(for: .milliseconds(50))
            }
            return false
        }
        let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
        let eerste = try #require(voorbeelden.first { $0.contains("/001-") })
        let tweede = try #require(voorbeelden.first { $0.contains("/002-") })
        try FileManager.default.copyItem(atPath: eerste, toPath: spool.inDirectory + "/001.xml")
        #expect(try await wachtOpArchief("001.xml"))
        for _ in 0..<100 where stand() != "bericht 1\n" { try await Task.sleep(for: .milliseconds(20)) }
        #expect(stand() == "bericht 1\n", "de eerste ronde met een bericht werkt de monitoring meteen bij")
        try FileManager.default.copyItem(atPath: tweede, toPath: spool.inDirectory + "/002.xml")
        #expect(try await wachtOpArchief("002.xml"))
        try await Task.sleep(for: .milliseconds(200))
        #expect(stand() == "bericht 1\n", "binnen het interval wacht de monitoring")
        dienst.stop()
        for _ in 0..<100 where !gestopt.isGezet { try await Task.sleep(for: .milliseconds(20)) }
        #expect(gestopt.isGezet)
        #expect(stand() == "bericht 2\n", "bij het stoppen wordt bijgewerkt wat wachtte")
    }
}

extension DienstTests {
    /// A fresh spool under the temporary directory, the example region, no settle time, no logs.
    static func omgeving() -> (Spool, Service.Instellingen, Logger) {
        let spool = Spool(root: NSTemporaryDirectory() + "berichtd-dienst-" + UUID().uuidString)
        var instellingen = Service.Instellingen(
            spool: spool, configPad: TestOmgeving.root + "/config/regio.toml", xsdMap: TestOmgeving.xsd,
            opslagPad: spool.defaultStorePath)
        instellingen.rustSeconden = 0
        return (spool, instellingen, Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }
}

final class TestVlag: @unchecked Sendable {
    private let lock = NSLock()
    private var waarde = false
    func zet() { lock.withLock { waarde = true } }
    var isGezet: Bool { lock.withLock { waarde } }
}
