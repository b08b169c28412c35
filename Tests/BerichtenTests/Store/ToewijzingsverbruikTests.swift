import Foundation
import GRDB
import Testing

@testable import Berichten

/// `toewijzing_verbruik` is kept up to date with every approved prestatie; it must always equal
/// what the prestaties themselves say (the migration's query), or TR321/TR322/TR369/TR385/TR389
/// would judge against a wrong history.
@Suite("Opslag: verbruik per toewijzing")
struct ToewijzingsverbruikTests {
    private static let kolommen = "gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid"

    private static func rijen(_ db: Database, _ sql: String) throws -> [String] {
        try Row.fetchAll(db, sql: sql).map { rij in rij.databaseValues.map(\.description).joined(separator: "|") }
            .sorted()
    }

    @Test("na elk bericht gelijk aan de prestaties zelf, ook na een credit")
    func runningTableEqualsPrestaties() throws {
        let scenario = try Monitoringscenario(verwerk: false)
        defer { scenario.opruimen() }
        var gecrediteerd = 0
        for bericht in try Monitoringscenario.berichten() {
            _ = try scenario.verwerk(bericht)
            let queue = try DatabaseQueue(path: scenario.spool.defaultStorePath)
            try queue.read { db in
                let lopend = try Self.rijen(
                    db,
                    """
                    SELECT \(Self.kolommen), volume, bedrag, debets FROM toewijzing_verbruik WHERE debets <> 0
                    """)
                let berekend = try Self.rijen(db, Migraties.verbruikUitPrestaties)
                #expect(lopend == berekend, "\((bericht as NSString).lastPathComponent)")
                gecrediteerd =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT COUNT(*) FROM prestatie WHERE toegekend = 1 AND vorig_referentienummer IS NOT NULL
                            """) ?? 0
            }
            try queue.close()
        }
        #expect(gecrediteerd > 0, "het scenario moet een toegekende credit bevatten")
    }

    @Test("een credit telt zijn debet af waar dat telde")
    func creditSubtractsItsDebet() throws {
        let scenario = try Monitoringscenario(verwerk: false)
        defer { scenario.opruimen() }
        for bericht in try Monitoringscenario.berichten() { _ = try scenario.verwerk(bericht) }
        let queue = try DatabaseQueue(path: scenario.spool.defaultStorePath)
        defer { try? queue.close() }
        try queue.read { db in
            // README of Fixtures/monitoring, message 17: EENR260901 (September, 10 × 7000) credited.
            let debet = try Row.fetchOne(
                db,
                sql: """
                    SELECT gemeente, wet, toewijzingnummer, periode_begin, eenheid FROM prestatie WHERE referentienummer = 'EENR260901'
                    """)
            let rij = try #require(debet)
            let verbruik = try Row.fetchAll(
                db,
                sql: """
                    SELECT volume, bedrag, debets FROM toewijzing_verbruik
                    WHERE gemeente = ? AND wet = ? AND toewijzingnummer = ? AND periode_begin = ? AND eenheid = ?
                    """, arguments: [rij[0], rij[1], rij[2], rij[3], rij[4]])
            #expect(verbruik.count == 1)
            let (volume, bedrag, debets): (Int64, Int64, Int) = (verbruik[0][0], verbruik[0][1], verbruik[0][2])
            // Left in September: the correcting debet EENR261002 (9 × 7000).
            #expect(volume == 9 && bedrag == 63000 && debets == 1, "\(volume) \(bedrag) \(debets)")
        }
    }
}
