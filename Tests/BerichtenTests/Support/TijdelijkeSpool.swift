import Foundation
import Testing

@testable import Berichten

/// A spool in a temporary directory with its own store and a ``Verwerker``, processing files
/// the way `berichtd process` does. The one harness of the scenario tests.
struct TijdelijkeSpool {
    static let standaardDag = Datum(jaar: 2026, maand: 11, dag: 23)!

    let map: String
    let spool: Spool
    let verwerker: Verwerker

    /// `config` defaults to the bundled region (`config/regio.toml`).
    init(_ naam: String = "test", config: Regioconfiguratie? = nil, vandaag: Datum = standaardDag) throws {
        map = NSTemporaryDirectory() + "berichtd-\(naam)-" + UUID().uuidString
        spool = Spool(root: map)
        try spool.createDirectories()
        let gebruikt = try config ?? Self.configuratie(TestOmgeving.root + "/config/regio.toml")
        verwerker = Verwerker(
            lezer: TestOmgeving.lezer, config: gebruikt, opslag: try Berichtenopslag(pad: spool.defaultStorePath),
            spool: spool, vandaag: { vandaag })
    }

    static func configuratie(_ pad: String) throws -> Regioconfiguratie {
        guard let config = ConfiguratieLader.laad(pad: pad).configuratie else { throw TestFout("\(pad) laadt niet") }
        return config
    }

    /// Drops a file into `in/` and processes it.
    func verwerk(_ bron: String) throws -> Verwerkingsuitkomst {
        try Self.verwerk(bron, spool: spool, verwerker: verwerker)
    }

    static func verwerk(_ bron: String, spool: Spool, verwerker: Verwerker) throws -> Verwerkingsuitkomst {
        let doel = spool.inDirectory + "/" + (bron as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: bron, toPath: doel)
        return try verwerker.verwerk(try spool.claim(doel))
    }

    /// Every RetourCode in the written retour, in document order.
    func retourCodes(_ uitkomst: Verwerkingsuitkomst) throws -> [String] {
        let pad = spool.outDirectory + "/" + (try #require(uitkomst.retourBestand))
        let xml = try String(contentsOfFile: pad, encoding: .utf8)
        let patroon = try NSRegularExpression(pattern: "<[A-Za-z0-9]+:RetourCode>([^<]+)</")
        return patroon.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap {
            Range($0.range(at: 1), in: xml).map { String(xml[$0]) }
        }
    }

    func opruimen() { try? FileManager.default.removeItem(atPath: map) }
}
