internal import GRDB
import Foundation

/// Read queries for the monitoring files and the auditors' report.
extension Berichtenopslag {
    func productietellingen(gemeente: String, jaar: Int) throws -> [Productietelling] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(periode_begin, 1, 7) AS maand, wet, code, aanbieder, eenheid,
                    COUNT(DISTINCT CASE WHEN toegekend = 1 THEN bsn END) AS clienten,
                    SUM(CASE WHEN toegekend = 1 THEN (CASE WHEN vorig_referentienummer IS NULL THEN 1 ELSE -1 END) ELSE 0 END)
                        AS prestaties,
                    SUM(CASE WHEN toegekend = 0 THEN 1 ELSE 0 END) AS afgewezen,
                    SUM(bedrag) AS ingediend,
                    SUM(CASE WHEN toegekend = 1 THEN bedrag ELSE 0 END) AS toegekend,
                    SUM(CASE WHEN toegekend = 1 THEN (CASE WHEN vorig_referentienummer IS NULL THEN volume ELSE -volume END)
                        ELSE 0 END) AS volume
                FROM prestatie WHERE gemeente = ? AND periode_begin >= ? AND periode_begin < ?
                GROUP BY maand, wet, code, aanbieder, eenheid
                """, arguments: [gemeente, Self.jaarbegin(jaar), Self.jaarbegin(jaar + 1)]
            ).map { row in
                Productietelling(
                    maand: row["maand"], wet: row["wet"], code: row["code"], aanbieder: row["aanbieder"],
                    eenheid: row["eenheid"], clienten: row["clienten"], prestaties: row["prestaties"],
                    prestatiesAfgewezen: row["afgewezen"], ingediend: row["ingediend"], toegekend: row["toegekend"],
                    volume: row["volume"])
            }
        }
    }

    /// Approved amounts per gemeente, product, aanbieder and client for prestaties of one year.
    func toekenningen(jaar: Int) throws -> [Toekenning] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT gemeente, wet, code, aanbieder, bsn, SUM(bedrag) AS bedrag FROM prestatie
                WHERE toegekend = 1 AND periode_begin >= ? AND periode_begin < ?
                GROUP BY gemeente, wet, code, aanbieder, bsn
                """, arguments: [Self.jaarbegin(jaar), Self.jaarbegin(jaar + 1)]
            ).map { row in
                Toekenning(
                    gemeente: row["gemeente"], wet: row["wet"], code: row["code"], aanbieder: row["aanbieder"],
                    bsn: row["bsn"], bedrag: row["bedrag"])
            }
        }
    }

    /// Every stored version of every toewijzing of a gemeente.
    func toewijzingsversies(gemeente: String) throws -> [Toewijzingsversie] {
        try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Opslagtransactie.toewijzingKolommen), id, gemeente, wet FROM toewijzing WHERE gemeente = ? ORDER BY id",
                arguments: [gemeente]
            ).map { row in
                Toewijzingsversie(id: row[16], gemeente: row[17], wet: row[18], versie: Opslagtransactie.toewijzing(row))
            }
        }
    }

    /// Approved amount (debet − credit) per wet and ToewijzingNummer of a gemeente, all periods.
    func toegekendPerToewijzing(gemeente: String) throws -> [ToewijzingSleutel: Int64] {
        try queue.read { db in
            var result: [ToewijzingSleutel: Int64] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT wet, toewijzingnummer, SUM(bedrag) AS bedrag FROM prestatie
                WHERE gemeente = ? AND toegekend = 1 GROUP BY wet, toewijzingnummer
                """, arguments: [gemeente])
            for row in rows {
                result[ToewijzingSleutel(wet: row["wet"], nummer: row["toewijzingnummer"])] = row["bedrag"]
            }
            return result
        }
    }

    /// Years (of ProductPeriode begin) with at least one prestatie.
    func productiejaren() throws -> [Int] {
        try queue.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT substr(periode_begin, 1, 4) FROM prestatie").compactMap { Int($0) }.sorted()
        }
    }

    /// Gemeenten with a stored prestatie or toewijzing.
    func gemeentenMetGegevens() throws -> Set<String> {
        try queue.read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT gemeente FROM prestatie UNION SELECT DISTINCT gemeente FROM toewijzing"))
        }
    }

    /// Messages received in `[van, tot)` (ISO 8601 UTC timestamps), oldest first.
    func berichtregels(ontvangenVan van: String, tot: String) throws -> [Berichtregel] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.berichtKolommen) FROM bericht WHERE ontvangen_op >= ? AND ontvangen_op < ? ORDER BY ontvangen_op, id
                """, arguments: [van, tot]
            ).map(Self.berichtregel(_:))
        }
    }

    /// The findings of the messages received in `[van, tot)`.
    func bevindingregels(ontvangenVan van: String, tot: String) throws -> [Bevindingregel] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
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
        try queue.read { db in
            guard let van, let tot else {
                return try String.fetchAll(db, sql: "SELECT DISTINCT substr(ontvangen_op, 1, 16) FROM bericht")
            }
            return try String.fetchAll(db, sql: """
                SELECT DISTINCT substr(ontvangen_op, 1, 16) FROM bericht WHERE ontvangen_op >= ? AND ontvangen_op < ?
                """, arguments: [van, tot])
        }
    }

    /// Everything stored after message `id`.
    func wijzigingen(na id: Int64) throws -> Opslagwijzigingen {
        try queue.read { db in
            let laatste = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM bericht") ?? 0
            let berichten = try Row.fetchAll(
                db, sql: "SELECT \(Self.berichtKolommen) FROM bericht WHERE id > ? ORDER BY id", arguments: [id]
            ).map(Self.berichtregel(_:))
            var productie = Set<GemeenteJaar>()
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT p.gemeente, substr(p.periode_begin, 1, 4) AS jaar FROM declaratie d
                JOIN prestatie p ON p.declaratie_id = d.id WHERE d.bericht_id > ?
                """, arguments: [id])
            {
                if let jaar = Int(row["jaar"] as String) { productie.insert(GemeenteJaar(gemeente: row["gemeente"], jaar: jaar)) }
            }
            let gemeenten = try String.fetchAll(db, sql: """
                SELECT DISTINCT gemeente FROM toewijzing WHERE bericht_id > ?
                UNION SELECT DISTINCT gemeente FROM declaratie WHERE bericht_id > ?
                """, arguments: [id, id])
            return Opslagwijzigingen(
                laatsteID: laatste, berichten: berichten, productie: productie, toewijzingGemeenten: Set(gemeenten))
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

    private static func jaarbegin(_ jaar: Int) -> String { Datum(jaar: jaar, maand: 1, dag: 1)!.description }
}
