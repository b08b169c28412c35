import Berichten
import Foundation
import Testing

/// Paths and shared objects for the tests: the repository's own `xsd/` and the fixtures.
enum TestOmgeving {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let fixtures = root + "/Tests/BerichtenTests/Fixtures"
    static let xsd = root + "/xsd"
    static let schemas = SchemaBibliotheek(directory: xsd)
    static let lezer = Berichtlezer(schemas: schemas)

    static func pad(_ fixture: String) -> String { fixtures + "/" + fixture }

    static func lees(_ fixture: String) throws -> Leesresultaat {
        try lezer.lees(path: pad(fixture))
    }

    /// Reads a fixture that must be XSD-valid and returns the message.
    static func bericht(_ fixture: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bericht {
        switch try lees(fixture) {
        case .gelezen(let bericht):
            return bericht
        case .xsdOngeldig(let afkeuring):
            throw TestFout("\(fixture) is XSD-ongeldig: \(afkeuring.diagnostics.map(\.description))")
        case .geweigerd(let weigering):
            throw TestFout("\(fixture) geweigerd: \(weigering)")
        }
    }

    static func bestanden(in map: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: pad(map)).filter { $0.hasSuffix(".xml") }.sorted()
    }
}

struct TestFout: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
