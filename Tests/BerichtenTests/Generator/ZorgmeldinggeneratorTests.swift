import Berichten
import Foundation
import Testing

@testable import Generator

/// `berichtd genereer --start-stop`: the 305s and 307s are valid and accepted after their 301s,
/// the waiting times are spread out, and the 301s and 323s of the seed do not change.
@Suite("Generator: start en stop zorg", .serialized)
struct ZorgmeldinggeneratorTests {
    static let opdracht = Generatieopdracht(
        clienten: 60, maanden: 6, prestatiesPerBestand: 8, seed: 20_261_207, startStop: true)

    @Test("elke 305/307 wordt geaccepteerd; wachttijden gespreid; 301's en 323's gelijk aan zonder --start-stop")
    func startsAndStopsAreAccepted() throws {
        let (map, verslag) = try BerichtgeneratorTests.genereer(Self.opdracht)
        var zonder = Self.opdracht
        zonder.startStop = false
        let (mapZonder, verslagZonder) = try BerichtgeneratorTests.genereer(zonder)
        let spool = Spool(root: NSTemporaryDirectory() + "berichtd-genereer-zorg-" + UUID().uuidString)
        defer {
            for pad in [map, mapZonder, spool.root] { try? FileManager.default.removeItem(atPath: pad) }
        }
        #expect(verslag.toewijzingbestanden == verslagZonder.toewijzingbestanden)
        for pad in verslag.toewijzingbestanden + verslag.declaratiebestanden.map(\.pad) {
            #expect(
                FileManager.default.contents(atPath: map + "/" + pad)
                    == FileManager.default.contents(atPath: mapZonder + "/" + pad), "\(pad)")
        }
        #expect(verslag.starts > 0 && verslag.stops > 0)
        #expect(verslag.starts < verslag.toegewezenProducten, "een deel wacht nog of start nooit")
        let dagen = verslag.wachtdagen.sorted()
        #expect(dagen.first.map { $0 >= 0 } == true && dagen.last.map { $0 > 14 } == true)
        #expect(dagen.filter { $0 <= 14 }.count * 2 > dagen.count, "de meeste starts binnen twee weken")

        try spool.createDirectories()
        let verwerker = Verwerker(
            lezer: TestOmgeving.lezer, config: BerichtgeneratorTests.config,
            opslag: try Berichtenopslag(pad: spool.defaultStorePath), spool: spool,
            vandaag: { Datum(jaar: 2026, maand: 11, dag: 23)! })
        func verwerk(_ pad: String) throws -> Verwerkingsuitkomst {
            let doel = spool.inDirectory + "/" + (pad as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: map + "/" + pad, toPath: doel)
            return try verwerker.verwerk(try spool.claim(doel))
        }
        for pad in verslag.toewijzingbestanden { _ = try verwerk(pad) }
        #expect(verslag.zorgmeldingbestanden.contains { $0.hasPrefix("305/") })
        #expect(verslag.zorgmeldingbestanden.contains { $0.hasPrefix("307/") })
        for pad in verslag.zorgmeldingbestanden {
            let uitkomst = try verwerk(pad)
            #expect(uitkomst.soort == .geaccepteerd && uitkomst.bevindingen.isEmpty, "\(pad): \(uitkomst)")
        }
    }
}
