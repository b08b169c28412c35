internal import GRDB

extension Opslagtransactie {
    /// Approved prestaties of one processed 323, for the outcome and the metrics.
    func toegekendePrestaties(berichtID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM prestatie JOIN declaratie ON prestatie.declaratie_id = declaratie.id
            WHERE declaratie.bericht_id = ? AND prestatie.toegekend = 1
            """, arguments: [berichtID]) ?? 0
    }
}
