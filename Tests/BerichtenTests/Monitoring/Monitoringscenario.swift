import Berichten
import CSV
import Foundation
import Testing

/// The monitoring scenario of `Fixtures/monitoring/` (hand computation in its README): the test
/// region and its 24 messages go through the real Verwerker into a temporary spool and store.
struct Monitoringscenario {
    static let peildatum = Datum(jaar: 2026, maand: 11, dag: 23)!
    static let fixtures = TestOmgeving.pad("monitoring")

    let map: String
    let spool: Spool
    let verwerker: Verwerker
    let monitoring: Monitoring

    /// Creates the spool; with `verwerk`, processes every message and runs one update.
    init(verwerk: Bool = true) throws {
        let tijdelijk = try TijdelijkeSpool(
            "monitoring", config: TijdelijkeSpool.configuratie(Self.fixtures + "/regio.toml"), vandaag: Self.peildatum)
        map = tijdelijk.map
        spool = tijdelijk.spool
        verwerker = tijdelijk.verwerker
        monitoring = Monitoring(verwerker: verwerker)
        if verwerk {
            for bericht in try Self.berichten() { _ = try self.verwerk(bericht) }
            try monitoring.werkBij(peildatum: Self.peildatum)
        }
    }

    func opruimen() { try? FileManager.default.removeItem(atPath: map) }

    static func berichten() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures + "/berichten").filter { $0.hasSuffix(".xml") }
            .sorted()
            .map { fixtures + "/berichten/" + $0 }
    }

    /// Drops one file into `in/` and processes it the way `berichtd process` does.
    func verwerk(_ bron: String) throws -> Verwerkingsuitkomst {
        try TijdelijkeSpool.verwerk(bron, spool: spool, verwerker: verwerker)
    }

    func monitoringPad(_ relatief: String) -> String { map + "/monitoring/" + relatief }

    /// The one processing day of the scenario (the real date on which the test ran).
    func rapportMap() throws -> String {
        let dagen = try FileManager.default.contentsOfDirectory(atPath: map + "/reports")
        guard dagen.count == 1 else { throw TestFout("verwacht één rapportdag, gevonden: \(dagen)") }
        return map + "/reports/" + dagen[0]
    }

    /// Every file under monitoring/ and reports/, relative path → bytes.
    func uitvoer() throws -> [String: Data] {
        var result: [String: Data] = [:]
        for sub in ["monitoring", "reports"] {
            let basis = map + "/" + sub
            for pad in FileManager.default.subpaths(atPath: basis) ?? [] {
                var isMap: ObjCBool = false
                guard FileManager.default.fileExists(atPath: basis + "/" + pad, isDirectory: &isMap), !isMap.boolValue
                else { continue }
                result[sub + "/" + pad] = try Data(contentsOf: URL(fileURLWithPath: basis + "/" + pad))
            }
        }
        return result
    }
}

/// Reading what the monitoring wrote: CSV as a Dutch spreadsheet would, JSON as a machine.
enum Uitvoerlezer {
    /// All rows of a CSV file, header first. Checks the UTF-8 BOM.
    static func csv(_ pad: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pad))
        #expect(
            Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(pad) begint niet met een BOM",
            sourceLocation: sourceLocation)
        let reader = try CSVReader(string: String(decoding: bytes.dropFirst(3), as: UTF8.self), delimiter: ";")
        var rijen: [[String]] = []
        while let rij = reader.next() { rijen.append(rij) }
        if let fout = reader.error { throw fout }
        return rijen
    }

    /// The data rows of a CSV file as column name → cell, after checking the header.
    static func csvRijen(
        _ pad: String, kop: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [[String: String]] {
        let rijen = try csv(pad, sourceLocation: sourceLocation)
        try #require(rijen.first == kop, "kopregel van \(pad): \(rijen.first ?? [])", sourceLocation: sourceLocation)
        return rijen.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(kop, $0)) }
    }

    static func json<T: Decodable>(_ type: T.Type, _ pad: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(contentsOf: URL(fileURLWithPath: pad)))
    }
}

/// The envelope every monitoring JSON file has.
struct Monitoringjson<Rij: Decodable>: Decodable {
    let bestand: String
    let regio: String
    let gemeente: String?
    let gemeenteNaam: String?
    let jaar: Int?
    let peildatum: String?
    let rijen: [Rij]
}

/// A JSON percentage (`93.06`) as hundredths.
func honderdsten(_ waarde: Double?) -> Int? { waarde.map { Int(($0 * 100).rounded()) } }
