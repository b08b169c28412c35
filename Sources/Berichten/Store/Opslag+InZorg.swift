internal import GRDB

/// What the start/stop monitoring (`in-zorg`, `wachttijden`, `stops`) reads from the store.
extension Berichtenopslag {
    /// Whether any start or stop was ever stored: without one, the start/stop files are not written.
    func heeftZorgmeldingen() throws -> Bool {
        try lees { t in try Bool.fetchOne(t.db, sql: "SELECT EXISTS (SELECT 1 FROM zorgmelding)") ?? false }
    }

    /// The starts and stops that are not deleted, of one gemeente or (`nil`) of all, in store order.
    func zorgmeldingregels(gemeente: String?) throws -> [Zorgmeldingregel] {
        try lees { t in
            let rows = try Row.fetchCursor(
                t.db,
                sql: """
                    SELECT gemeente, wet, aanbieder, bsn, toewijzingnummer, categorie, code, soort, begindatum,
                    reden_beeindiging, einddatum FROM zorgmelding
                    WHERE verwijderd_door IS NULL AND (?1 IS NULL OR gemeente = ?1) ORDER BY id
                    """, arguments: [gemeente])
            var uit: [Zorgmeldingregel] = []
            while let row = try rows.next() {
                let categorie: String? = row[5]
                let soort: String = row[7]
                let einddatum: String? = row[10]
                uit.append(
                    Zorgmeldingregel(
                        gemeente: row[0], wet: row[1], aanbieder: row[2], bsn: row[3], toewijzingNummer: row[4],
                        product: categorie.map { Product(categorie: $0, code: row[6]) }, isStop: soort == "stop",
                        begindatum: try Opslagtransactie.datum(row[8]), redenBeeindiging: row[9],
                        einddatum: try einddatum.map(Opslagtransactie.datum)))
            }
            return uit
        }
    }

    /// The current version of every toewijzing (also ended and deleted ones) of one gemeente or
    /// (`nil`) of all.
    func alleHuidigeToewijzingen(gemeente: String?) throws -> [Toewijzingsversie] {
        try lees { t in
            try Array(
                Row.fetchCursor(
                    t.db,
                    sql: """
                        SELECT \(Opslagtransactie.toewijzingKolommen), id, gemeente, wet FROM toewijzing
                        WHERE id IN (SELECT toewijzing_id FROM toewijzing_huidig WHERE ?1 IS NULL OR gemeente = ?1)
                        ORDER BY id
                        """, arguments: [gemeente]
                ).map { row in
                    Toewijzingsversie(
                        id: row[16], gemeente: row[17], wet: row[18], versie: try Opslagtransactie.toewijzing(row))
                })
        }
    }
}

/// A stored start or stop that is not deleted, as the monitoring reads it.
struct Zorgmeldingregel: Sendable, Hashable {
    let gemeente: String
    let wet: String
    let aanbieder: String
    let bsn: String
    let toewijzingNummer: Int64?
    let product: Product?
    let isStop: Bool
    let begindatum: Datum
    let redenBeeindiging: String?
    let einddatum: Datum?

    var isTijdelijkeStop: Bool { redenBeeindiging == Zorgmeldingproduct.tijdelijkBeeindigd }
}

extension Berichtenopslag {
    /// Per toewijzing with an approved, not credited debet: the first and last day of the declared
    /// product periods and the approved amount (`toewijzing_verbruik`), of one gemeente or all.
    func gedeclareerdePerioden(gemeente: String?) throws -> [Zorgmonitoringbron.ToewijzingSleutel: Gedeclareerd] {
        try lees { t in
            let rows = try Row.fetchCursor(
                t.db,
                sql: """
                    SELECT gemeente, wet, toewijzingnummer, MIN(periode_begin), MAX(periode_eind), SUM(bedrag) FROM (
                    SELECT gemeente, wet, toewijzingnummer, periode_begin, periode_eind, SUM(debets) AS debets, SUM(bedrag) AS bedrag
                    FROM toewijzing_verbruik WHERE ?1 IS NULL OR gemeente = ?1
                    GROUP BY gemeente, wet, toewijzingnummer, periode_begin, periode_eind) WHERE debets > 0
                    GROUP BY gemeente, wet, toewijzingnummer
                    """, arguments: [gemeente])
            var uit: [Zorgmonitoringbron.ToewijzingSleutel: Gedeclareerd] = [:]
            while let row = try rows.next() {
                uit[.init(gemeente: row[0], wet: row[1], nummer: row[2])] = Gedeclareerd(
                    van: try Opslagtransactie.datum(row[3]), tot: try Opslagtransactie.datum(row[4]), bedrag: row[5])
            }
            return uit
        }
    }
}

/// What was declared and approved on one toewijzing.
struct Gedeclareerd: Sendable, Hashable {
    let van: Datum
    let tot: Datum
    /// Eurocents, debet − credit.
    let bedrag: Int64
}
