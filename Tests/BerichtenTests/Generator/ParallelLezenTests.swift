import Berichten
import Foundation
import Testing

@testable import Generator

/// Large messages are parsed on a second thread (libxml2 there, the model here). Forced on for
/// every file, that path must give exactly what the single-threaded path gives: the same model,
/// the same XSD diagnostics, the same refusals.
@Suite("Lezen: parallel en sequentieel geven hetzelfde")
struct ParallelLezenTests {
    static let sequentieel = Berichtlezer(schemas: TestOmgeving.schemas, parallelVanafBytes: .max)
    static let parallel = Berichtlezer(schemas: TestOmgeving.schemas, parallelVanafBytes: 0)

    /// A comparable rendering of a read result: the model as JSON, or the refusal or XSD failure.
    static func weergave(_ resultaat: Leesresultaat) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch resultaat {
        case .gelezen(.toewijzing(let bericht)): return String(decoding: try encoder.encode(bericht), as: UTF8.self)
        case .gelezen(.declaratie(let bericht)): return String(decoding: try encoder.encode(bericht), as: UTF8.self)
        case .gelezen(.zorgmelding(let bericht)): return String(decoding: try encoder.encode(bericht), as: UTF8.self)
        case .xsdOngeldig(let afkeuring): return "xsd " + String(decoding: try encoder.encode(afkeuring), as: UTF8.self)
        case .geweigerd(let weigering):
            return "geweigerd " + String(decoding: try encoder.encode(weigering), as: UTF8.self)
        }
    }

    static func bestanden(_ map: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: map).filter { $0.hasSuffix(".xml") }.sorted().map {
            map + "/" + $0
        }
    }

    @Test("voorbeelden, fixtures en gegenereerde berichten: identiek resultaat")
    func sameResult() throws {
        let opdracht = Generatieopdracht(clienten: 25, maanden: 2, foutaandeel: 0.2, seed: 99)
        let config = try #require(ConfiguratieLader.laad(pad: TestOmgeving.root + "/config/regio.toml").configuratie)
        let map = NSTemporaryDirectory() + "berichtd-parallel-" + UUID().uuidString
        _ = try Berichtgenerator(config: config, opdracht: opdracht).schrijf(naar: map)
        defer { try? FileManager.default.removeItem(atPath: map) }
        let paden =
            try Self.bestanden(TestOmgeving.root + "/examples") + Self.bestanden(TestOmgeving.fixtures + "/invoer")
            + Self.bestanden(TestOmgeving.fixtures + "/berichtinhoud") + Self.bestanden(map)
        #expect(paden.count > 150)
        for pad in paden {
            let a = try Self.weergave(Self.sequentieel.lees(path: pad))
            let b = try Self.weergave(Self.parallel.lees(path: pad))
            #expect(a == b, "\(pad)")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: pad)))
            let c = try Self.weergave(Self.parallel.lees(bytes: bytes, naam: (pad as NSString).lastPathComponent))
            let d = try Self.weergave(Self.sequentieel.lees(bytes: bytes, naam: (pad as NSString).lastPathComponent))
            #expect(c == d, "\(pad) uit het geheugen")
        }
    }
}
