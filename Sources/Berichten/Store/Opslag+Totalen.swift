internal import GRDB

/// The running totals behind the monitoring files (migration `v4-monitoringtotalen`).
///
/// Rows are never deleted and ids grow with every commit, so the prestaties and toewijzingen
/// not yet counted are exactly those above the id in `totalen_stand`. `werkTotalenBij` adds
/// them and moves the stand in one transaction: each row is counted once, also when berichtd
/// is killed halfway or `berichtd report` runs next to the service.
extension Berichtenopslag {
    /// Adds every prestatie and toewijzing stored since the previous call to the totals, and
    /// returns the highest message id they now include: read in the same transaction, so a
    /// monitoring stand set to it never claims a message whose rows were not counted.
    @discardableResult
    func werkTotalenBij() throws -> Int64 {
        try queue.write { db in
            let prestaties = try Self.bereik(db, tabel: "prestatie")
            if prestaties.van < prestaties.tot {
                for sql in Self.prestatieTotalen {
                    try db.execute(sql: sql, arguments: [prestaties.van, prestaties.tot])
                }
                try Self.zetStand(db, tabel: "prestatie", prestaties.tot)
            }
            let toewijzingen = try Self.bereik(db, tabel: "toewijzing")
            if toewijzingen.van < toewijzingen.tot {
                try db.execute(sql: Self.huidigeToewijzingen, arguments: [toewijzingen.van, toewijzingen.tot])
                try Self.zetStand(db, tabel: "toewijzing", toewijzingen.tot)
            }
            return try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM bericht") ?? 0
        }
    }

    /// Ids in `(van, tot]` are not yet counted.
    private static func bereik(_ db: Database, tabel: String) throws -> (van: Int64, tot: Int64) {
        let van =
            try Int64.fetchOne(db, sql: "SELECT tot_id FROM totalen_stand WHERE tabel = ?", arguments: [tabel]) ?? 0
        let tot = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(tabel)") ?? 0
        return (van, tot)
    }

    private static func zetStand(_ db: Database, tabel: String, _ tot: Int64) throws {
        try db.execute(
            sql:
                "INSERT INTO totalen_stand (tabel, tot_id) VALUES (?, ?) ON CONFLICT (tabel) DO UPDATE SET tot_id = excluded.tot_id",
            arguments: [tabel, tot])
    }

    private static let nieuwePrestaties = "FROM prestatie WHERE id > ?1 AND id <= ?2"

    /// Production per month (credits count −1 and with a negative volume), unique clients per
    /// production line, and approved amount per client and year. The last two add row by row: SQLite's sorter for a GROUP BY or DISTINCT over the new
    /// rows cost more than the upserts it saves.
    private static let prestatieTotalen = [
        """
        INSERT INTO productie_maand (gemeente, maand, wet, code, aanbieder, eenheid, clienten, prestaties, afgewezen,
            ingediend, toegekend, volume)
        SELECT gemeente, substr(periode_begin, 1, 7), wet, code, aanbieder, eenheid, 0,
            SUM(CASE WHEN toegekend = 1 THEN (CASE WHEN vorig_referentienummer IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
            SUM(CASE WHEN toegekend = 0 THEN 1 ELSE 0 END),
            SUM(bedrag),
            SUM(CASE WHEN toegekend = 1 THEN bedrag ELSE 0 END),
            SUM(CASE WHEN toegekend = 1 THEN (CASE WHEN vorig_referentienummer IS NULL THEN volume ELSE -volume END) ELSE 0 END)
        \(nieuwePrestaties)
        GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (gemeente, maand, wet, code, aanbieder, eenheid) DO UPDATE SET
            prestaties = prestaties + excluded.prestaties, afgewezen = afgewezen + excluded.afgewezen,
            ingediend = ingediend + excluded.ingediend, toegekend = toegekend + excluded.toegekend,
            volume = volume + excluded.volume
        """,
        """
        INSERT OR IGNORE INTO productie_client (gemeente, maand, wet, code, aanbieder, eenheid, bsn)
        SELECT gemeente, substr(periode_begin, 1, 7), wet, code, aanbieder, eenheid, bsn
        \(nieuwePrestaties) AND toegekend = 1
        """,
        """
        UPDATE productie_maand SET clienten = (
            SELECT COUNT(*) FROM productie_client c
            WHERE c.gemeente = productie_maand.gemeente AND c.maand = productie_maand.maand AND c.wet = productie_maand.wet
            AND c.code = productie_maand.code AND c.aanbieder = productie_maand.aanbieder AND c.eenheid = productie_maand.eenheid)
        WHERE (gemeente, maand, wet, code, aanbieder, eenheid) IN (
            SELECT DISTINCT gemeente, substr(periode_begin, 1, 7), wet, code, aanbieder, eenheid \(nieuwePrestaties))
        """,
        """
        INSERT INTO toekenning_jaar (jaar, gemeente, wet, code, aanbieder, bsn, bedrag)
        SELECT CAST(substr(periode_begin, 1, 4) AS INTEGER), gemeente, wet, code, aanbieder, bsn, bedrag
        \(nieuwePrestaties) AND toegekend = 1
        ON CONFLICT (jaar, gemeente, wet, code, aanbieder, bsn) DO UPDATE SET bedrag = bedrag + excluded.bedrag
        """,
    ]

    /// The current version of each toewijzing (IV013: latest Toewijzingsdatum + Toewijzingstijd,
    /// then the latest stored) among the new rows and the versions it replaces.
    private static let huidigeToewijzingen = """
        INSERT INTO toewijzing_huidig (gemeente, wet, nummer, toewijzing_id)
        SELECT t.gemeente, t.wet, t.nummer, t.id FROM toewijzing t WHERE t.id > ?1 AND t.id <= ?2
        AND NOT EXISTS (
            SELECT 1 FROM toewijzing n WHERE n.gemeente = t.gemeente AND n.wet = t.wet AND n.nummer = t.nummer
            AND (n.toewijzingsdatum, n.toewijzingstijd_ms, n.id) > (t.toewijzingsdatum, t.toewijzingstijd_ms, t.id))
        ON CONFLICT (gemeente, wet, nummer) DO UPDATE SET toewijzing_id = excluded.toewijzing_id
        """
}
