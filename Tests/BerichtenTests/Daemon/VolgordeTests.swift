import Foundation
import Logging
import Testing

@testable import Berichten

/// Arrival order holds even when a file fails: nothing after it is committed until it succeeds
/// or is set aside.
@Suite("verwerkingsronde: volgorde bij een mislukt bestand", .serialized)
struct VolgordeTests {
    typealias Omgeving = VoorbeeldscenarioTests.Omgeving

    @Test("een bestand dat mislukt beëindigt de ronde; wat erna kwam wacht tot het apart is gezet")
    func failingFileEndsThePass() throws {
        let omgeving = try Omgeving()
        defer { omgeving.opruimen() }
        let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
        let toewijzing = try #require(voorbeelden.first { $0.contains("/005-") })
        let declaratie = try #require(voorbeelden.first { $0.contains("/014-") })
        let inDirectory = omgeving.spool.inDirectory
        // a.xml, then b.xml that cannot be read (EIO on every read, also as root), then c.xml: a 323 on a.xml's toewijzing.
        try FileManager.default.copyItem(atPath: toewijzing, toPath: inDirectory + "/a.xml")
        try FileManager.default.createSymbolicLink(
            atPath: inDirectory + "/b.xml", withDestinationPath: "/proc/self/mem")
        try FileManager.default.copyItem(atPath: declaratie, toPath: inDirectory + "/c.xml")
        // Arrival order is modification time, of the link's target for b.xml (this process's start).
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: inDirectory + "/a.xml")
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: inDirectory + "/c.xml")
        #expect(try omgeving.spool.invoer().map(\.naam.display) == ["a.xml", "b.xml", "c.xml"])

        let ronde = Verwerkingsronde(
            verwerker: omgeving.verwerker, logger: Logger(label: "test"), metingen: nil, maximumPogingen: 3)
        var volgorde: [String] = []
        func draai() -> Verwerkingsronde.Resultaat {
            ronde.draai(
                rustSeconden: 0, doorgaan: { true }, naElk: { uitkomst, _ in volgorde.append(uitkomst.bestand) })
        }

        for poging in 1...2 {
            let resultaat = draai()
            #expect(resultaat.mislukt == 1 && resultaat.storing == nil, "ronde \(poging)")
            #expect(volgorde == ["a.xml"], "ronde \(poging): c.xml mag b.xml niet inhalen")
        }
        let derde = draai()
        #expect(derde.mislukt == 0 && derde.perSoort[.geweigerd] == 1 && derde.perSoort[.geaccepteerd] == 1)
        #expect(volgorde == ["a.xml", "b.xml", "c.xml"])
        #expect(try omgeving.verwerker.opslag.berichten().map(\.bestand) == ["a.xml", "b.xml", "c.xml"])
        #expect(FileManager.default.fileExists(atPath: omgeving.spool.rejectedDirectory + "/b.xml.reason"))
        #expect(try omgeving.spool.inProgress().isEmpty)
    }
}
