import Foundation
internal import GRDB

/// Read queries for the monitoring files and the auditors' report.
extension Berichtenopslag {
    /// Production lines of a gemeente for the months of one year, from the running totals.
    func productietellingen(gemeente: String, jaar: Int) throws -> [Productietelling] {
        try lees { t in
            try Row.fetchAll(
                t.db,
                sql: """
                    SELECT maand, wet, code, aanbieder, eenheid, clienten, prestaties, afgewezen, ingediend, toegekend, volume
                    FROM productie_maand WHERE gemeente = ? AND maand >= ? AND maand < ?
                    """, arguments: [gemeente, String(jaar), String(jaar + 1)]
            ).map { row in
                Productietelling(
                    maand: row[0], wet: row[1], code: row[2], aanbieder: row[3], eenheid: row[4], clienten: row[5],
                    prestaties: row[6], prestatiesAfgewezen: row[7], ingediend: row[8], toegekend: row[9],
                    volume: row[10])
            }
        }
    }

    /// Approved amounts per gemeente, product, aanbieder and client for prestaties of one year,
    /// one row at a time (a national year has well over a million).
    func toekenningen(jaar: Int, _ body: (Toekenning) throws -> Void) throws {
        try lees { t in
            let rijen = try Row.fetchCursor(
                t.db,
                sql: """
                    SELECT gemeente, wet, code, aanbieder, bsn, bedrag FROM toekenning_jaar WHERE jaar = ?
                    """, arguments: [jaar])
            while let row = try rijen.next() {
                try body(
                    Toekenning(
                        gemeente: row[0], wet: row[1], code: row[2], aanbieder: row[3], bsn: row[4], bedrag: row[5]))
            }
        }
    }

    /// The current version of every toewijzing of a gemeente that has not ended before `datum`.
    func huidigeToewijzingen(gemeente: String, actiefOp datum: Datum) throws -> [Toewijzingsversie] {
        try lees { t in
            try Array(
                Row.fetchCursor(
                    t.db,
                    sql: """
                        SELECT \(Opslagtransactie.toewijzingKolommen), id, gemeente, wet FROM toewijzing
                        WHERE id IN (SELECT toewijzing_id FROM toewijzing_huidig WHERE gemeente = ?)
                        AND (einddatum IS NULL OR einddatum >= ?) ORDER BY id
                        """, arguments: [gemeente, datum.description]
                ).map { row in
                    Toewijzingsversie(
                        id: row[16], gemeente: row[17], wet: row[18], versie: try Opslagtransactie.toewijzing(row))
                })
        }
    }

    /// Approved amount (debet − credit) per wet and ToewijzingNummer of a gemeente, all periods:
    /// what the rules count against each toewijzing (`toewijzing_verbruik`).
    func toegekendPerToewijzing(gemeente: String) throws -> [ToewijzingSleutel: Int64] {
        try lees { t in
            var result: [ToewijzingSleutel: Int64] = [:]
            let rijen = try Row.fetchCursor(
                t.db,
                sql: """
                    SELECT wet, toewijzingnummer, SUM(bedrag) FROM toewijzing_verbruik WHERE gemeente = ?
                    GROUP BY wet, toewijzingnummer
                    """, arguments: [gemeente])
            while let row = try rijen.next() {
                result[ToewijzingSleutel(wet: row[0], nummer: row[1])] = row[2]
            }
            return result
        }
    }

    /// Years (of ProductPeriode begin) with at least one prestatie.
    func productiejaren() throws -> [Int] {
        try lees { t in
            try String.fetchAll(t.db, sql: "SELECT DISTINCT substr(maand, 1, 4) FROM productie_maand").compactMap {
                Int($0)
            }.sorted()
        }
    }

    /// Gemeenten with a stored prestatie or toewijzing.
    func gemeentenMetGegevens() throws -> Set<String> {
        try lees { t in
            Set(
                try String.fetchAll(
                    t.db,
                    sql: """
                        SELECT DISTINCT gemeente FROM productie_maand UNION SELECT DISTINCT gemeente FROM toewijzing_huidig
                        """))
        }
    }

    /// Messages received in `[van, tot)` (ISO 8601 UTC timestamps) that the report lists: those
    /// with a finding and those set aside without retour; oldest first.
    func rapportberichten(ontvangenVan van: String, tot: String) throws -> [Berichtregel] {
        try lees { t in
            try Row.fetchAll(
                t.db,
                sql: """
                    SELECT \(Self.berichtKolommen) FROM bericht b WHERE ontvangen_op >= ? AND ontvangen_op < ?
                    AND (uitkomst IN ('xsd-ongeldig', 'geweigerd') OR EXISTS (SELECT 1 FROM bevinding v WHERE v.bericht_id = b.id))
                    ORDER BY ontvangen_op, id
                    """, arguments: [van, tot]
            ).map(Self.berichtregel(_:))
        }
    }

    /// Messages received in `[van, tot)` per gemeente and outcome.
    func uitkomsttellingen(ontvangenVan van: String, tot: String) throws -> [Uitkomsttelling] {
        try lees { t in
            try Row.fetchAll(
                t.db,
                sql: """
                    SELECT CASE WHEN soort LIKE '%301' THEN afzender WHEN soort LIKE '%323' THEN ontvanger END, uitkomst, COUNT(*)
                    FROM bericht WHERE ontvangen_op >= ? AND ontvangen_op < ? GROUP BY 1, 2
                    """, arguments: [van, tot]
            ).map { Uitkomsttelling(gemeente: $0[0], uitkomst: $0[1], aantal: $0[2]) }
        }
    }

    /// The findings of the messages received in `[van, tot)`.
    func bevindingregels(ontvangenVan van: String, tot: String) throws -> [Bevindingregel] {
        try lees { t in
            let db = t.db
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT v.* FROM bevinding v JOIN bericht b ON b.id = v.bericht_id
                    WHERE b.ontvangen_op >= ? AND b.ontvangen_op < ? ORDER BY b.ontvangen_op, v.bericht_id, v.id
                    """, arguments: [van, tot]
            ).map { row in
                Bevindingregel(
                    id: row["id"], berichtID: row["bericht_id"], regel: row["regel"], niveau: row["niveau"],
                    bron: row["bron"], ernst: row["ernst"], retourCode: row["retourcode"], pad: row["pad"],
                    regelnummer: row["regelnummer"], gevonden: row["gevonden"], verwacht: row["verwacht"],
                    toelichting: row["toelichting"], bsn: row["bsn"], toewijzingNummer: row["toewijzingnummer"],
                    product: row["product"], periode: row["periode"], bedrag: row["bedrag"])
            }
        }
    }

    /// Distinct receipt minutes (`yyyy-mm-ddThh:mm`, UTC) in `[van, tot)`, or of all messages.
    func ontvangstminuten(van: String?, tot: String?) throws -> [String] {
        try lees { t in
            let db = t.db
            guard let van, let tot else {
                return try String.fetchAll(db, sql: "SELECT DISTINCT substr(ontvangen_op, 1, 16) FROM bericht")
            }
            return try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT substr(ontvangen_op, 1, 16) FROM bericht WHERE ontvangen_op >= ? AND ontvangen_op < ?
                    """, arguments: [van, tot])
        }
    }

    /// Everything stored after message `id` up to and including message `tot`.
    func wijzigingen(na id: Int64, tot: Int64) throws -> Opslagwijzigingen {
        try lees { t in
            let db = t.db
            let berichten = try Array(
                Row.fetchCursor(
                    db, sql: "SELECT \(Self.berichtKolommen) FROM bericht WHERE id > ? AND id <= ? ORDER BY id",
                    arguments: [id, tot]
                ).map(Self.berichtregel(_:)))
            var productie = Set<GemeenteJaar>()
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT p.gemeente, substr(p.periode_begin, 1, 4) AS jaar FROM declaratie d
                    JOIN prestatie p ON p.declaratie_id = d.id WHERE d.bericht_id > ? AND d.bericht_id <= ?
                    """, arguments: [id, tot])
            {
                if let jaar = Int(row["jaar"] as String) {
                    productie.insert(GemeenteJaar(gemeente: row["gemeente"], jaar: jaar))
                }
            }
            let gemeenten = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT gemeente FROM toewijzing WHERE bericht_id > ? AND bericht_id <= ?
                    UNION SELECT DISTINCT gemeente FROM declaratie WHERE bericht_id > ? AND bericht_id <= ?
                    """, arguments: [id, tot, id, tot])
            return Opslagwijzigingen(
                laatsteID: tot, berichten: berichten, productie: productie, toewijzingGemeenten: Set(gemeenten))
        }
    }

    private static let berichtKolommen =
        "id, soort, afzender, ontvanger, identificatie, bestand, ontvangen_op, uitkomst, retourcode, retour_bestand, reden"

    private static func berichtregel(_ row: Row) -> Berichtregel {
        Berichtregel(
            id: row["id"], soort: row["soort"], afzender: row["afzender"], ontvanger: row["ontvanger"],
            identificatie: row["identificatie"], bestand: row["bestand"], ontvangenOp: row["ontvangen_op"],
            uitkomst: row["uitkomst"], retourCode: row["retourcode"], retourBestand: row["retour_bestand"],
            reden: row["reden"])
    }

}
