import Foundation
internal import GRDB

/// Queries and inserts inside one transaction. Statements are prepared once per connection
/// (`cachedStatement`) because the same lookups run for every prestatie.
///
/// Prestaties and what they add to `toewijzing_verbruik` are written through a buffer
/// (``Schrijfbuffer``): many rows per INSERT, one upsert per toewijzing and period per message.
/// Every query that reads those tables writes the buffer away first, and so do the end of each
/// message (`schrijfWeg()`) and the end of the transaction (`Berichtenopslag.inTransactie`): what
/// a rule reads is always what row-by-row writing would have left.
///
/// The extensions by concern: messages and findings here, `+Toewijzingen`, `+Declaraties` (what
/// the rules read), `+Vastleggen` (declaraties and prestaties written).
struct Opslagtransactie {
    let db: Database
    let buffer = Schrijfbuffer()

    // MARK: - Messages

    /// TR056: a message of this type from this sender with this Identificatie that counts as
    /// received (technical rejections on level 1 and 2 count as not sent, OP286).
    func identificatieGebruikt(afzender: String, soort: BerichtSoort, identificatie: String) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                SELECT 1 FROM bericht WHERE afzender = ? AND soort = ? AND identificatie = ?
                AND uitkomst NOT IN ('inProgress', 'technisch-afgewezen', 'xsd-ongeldig', 'geweigerd') LIMIT 1
                """)
        return try Bool.fetchOne(statement, arguments: [afzender, soort.naam, identificatie]) ?? false
    }

    func bericht(inhoud sha256: String) throws -> OpgeslagenBericht? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM bericht WHERE inhoud_sha256 = ? ORDER BY id LIMIT 1"),
            arguments: [sha256]
        ).map(Self.bericht(_:))
    }

    /// The message recorded for one claim of an input file (see `Spool.claim`).
    func bericht(claim: String) throws -> OpgeslagenBericht? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM bericht WHERE claim = ? ORDER BY id DESC LIMIT 1"),
            arguments: [claim]
        ).map(Self.bericht(_:))
    }

    func berichten() throws -> [OpgeslagenBericht] {
        try Row.fetchAll(db, sql: "SELECT * FROM bericht ORDER BY id").map(Self.bericht(_:))
    }

    private static func bericht(_ row: Row) -> OpgeslagenBericht {
        OpgeslagenBericht(
            id: row["id"], soort: row["soort"], afzender: row["afzender"], ontvanger: row["ontvanger"],
            identificatie: row["identificatie"], inhoudSHA256: row["inhoud_sha256"], bestand: row["bestand"],
            uitkomst: row["uitkomst"], retourCode: row["retourcode"], retourBestand: row["retour_bestand"],
            retourXML: (row["retour_xml"] as Data?).map { Array($0) }, reden: row["reden"])
    }

    func voegBerichtToe(
        soort: String, afzender: String?, ontvanger: String?, identificatie: String?, dagtekening: Datum?,
        inhoudSHA256: String, bestand: String, ontvangenOp: String, uitkomst: String, retourCode: String?,
        retourBestand: String?, retourXML: [UInt8]?, reden: String?, claim: String?
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO bericht (soort, afzender, ontvanger, identificatie, dagtekening, inhoud_sha256, bestand,
                ontvangen_op, uitkomst, retourcode, retour_bestand, retour_xml, reden, claim)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                soort, afzender, ontvanger, identificatie, dagtekening?.description, inhoudSHA256, bestand, ontvangenOp,
                uitkomst, retourCode, retourBestand, retourXML.map { Data($0) }, reden, claim,
            ])
        return db.lastInsertedRowID
    }

    func zetUitkomst(
        berichtID: Int64, uitkomst: String, retourCodes: String, retourBestand: String, retourXML: [UInt8]
    ) throws {
        try db.cachedStatement(
            sql: "UPDATE bericht SET uitkomst = ?, retourcode = ?, retour_bestand = ?, retour_xml = ? WHERE id = ?"
        )
        .execute(arguments: [uitkomst, retourCodes, retourBestand, Data(retourXML), berichtID])
    }

    /// A date the store holds; one it cannot read means the store is damaged, not the message.
    static func datum(_ tekst: String) throws -> Datum {
        guard let datum = Datum(tekst) else {
            throw StoreError(pad: "opslag", reden: "onleesbare datum '\(tekst)' in de opslag")
        }
        return datum
    }

    // MARK: - Findings

    func voegBevindingToe(berichtID: Int64, _ bevinding: Bevinding, ernst: String, context: Bevindingcontext) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO bevinding (bericht_id, regel, niveau, bron, ernst, retourcode, pad, regelnummer, gevonden, verwacht,
                toelichting, bsn, toewijzingnummer, product, periode, bedrag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            berichtID, bevinding.regel, bevinding.niveau.rawValue, bevinding.bron.rawValue, ernst,
            bevinding.retourCode.rawValue, bevinding.locatie.pad, bevinding.locatie.regel, bevinding.gevonden,
            bevinding.verwacht, bevinding.toelichting, context.bsn, context.toewijzingNummer, context.product,
            context.periode, context.bedrag,
        ])
    }
}

/// What a finding is about, for the auditors' report: client, toewijzing, product, period, amount.
struct Bevindingcontext {
    var bsn: String?
    var toewijzingNummer: Int64?
    var product: String?
    var periode: String?
    var bedrag: Int64?
}
