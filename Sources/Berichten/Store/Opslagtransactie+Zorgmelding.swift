internal import GRDB

/// Starts (305) and stops (307) in the store.
extension Opslagtransactie {
    /// The starts and stops of this client that this aanbieder delivered in this gemeente and
    /// that are not deleted, oldest first.
    func zorgmeldingen(gemeente: String, wet: Wet, aanbieder: String, bsn: String) throws -> [OpgeslagenZorgmelding] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT soort, toewijzingnummer, categorie, code, begindatum, reden_beeindiging, einddatum
                    FROM zorgmelding WHERE wet = ? AND aanbieder = ? AND bsn = ? AND gemeente = ?
                    AND verwijderd_door IS NULL ORDER BY id
                    """),
            arguments: [wet.rawValue, aanbieder, bsn, gemeente])
        var uit: [OpgeslagenZorgmelding] = []
        while let row = try rows.next() {
            let categorie: String? = row[2]
            let soort: String = row[0]
            let einddatum: String? = row[6]
            uit.append(
                OpgeslagenZorgmelding(
                    isStop: soort == "stop",
                    sleutel: Startsleutel(
                        toewijzingNummer: row[1], product: categorie.map { Product(categorie: $0, code: row[3]) },
                        begindatum: try Self.datum(row[4])),
                    redenBeeindiging: row[5], einddatum: try einddatum.map(Self.datum)))
        }
        return uit
    }

    /// Stores the products of an accepted 305/307: a first delivery (1) as a new row, a deletion
    /// (3) by marking the delivery with the same key deleted by this message.
    func legZorgmeldingVast(_ bericht: Zorgmeldingbericht, berichtID: Int64) throws {
        let wet = bericht.soort.standaard.wet
        let soort = bericht.isStop ? "stop" : "start"
        for p in bericht.client.producten {
            switch p.statusAanlevering {
            case .eersteAanlevering:
                try db.cachedStatement(
                    sql: """
                        INSERT INTO zorgmelding (bericht_id, soort, wet, gemeente, aanbieder, bsn, toewijzingnummer, categorie,
                        code, toewijzing_ingangsdatum, begindatum, reden_beeindiging, einddatum)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [
                    berichtID, soort, wet.rawValue, bericht.gemeente, bericht.aanbieder, bericht.client.bsn,
                    p.toewijzingNummer, p.product?.categorie, p.product?.code, p.toewijzingIngangsdatum?.description,
                    p.begindatum.description, p.redenBeeindiging, p.einddatum?.description,
                ])
            case .verwijderen:
                // The key: ToewijzingNummer (none for taakgericht care, IV096), Product and Begindatum;
                // for a stop also RedenBeeindiging and Einddatum. `IS` compares NULLs as equal.
                try db.cachedStatement(
                    sql: """
                        UPDATE zorgmelding SET verwijderd_door = ? WHERE id = (
                        SELECT id FROM zorgmelding WHERE soort = ? AND wet = ? AND gemeente = ? AND aanbieder = ? AND bsn = ?
                        AND toewijzingnummer IS ? AND categorie IS ? AND code IS ?
                        AND begindatum = ? AND reden_beeindiging IS ? AND einddatum IS ? AND verwijderd_door IS NULL
                        ORDER BY id DESC LIMIT 1)
                        """
                ).execute(arguments: [
                    berichtID, soort, wet.rawValue, bericht.gemeente, bericht.aanbieder, bericht.client.bsn,
                    p.toewijzingNummer, p.product?.categorie, p.product?.code, p.begindatum.description,
                    bericht.isStop ? p.redenBeeindiging : nil, bericht.isStop ? p.einddatum?.description : nil,
                ])
            case .gewijzigdeAanlevering, .nietVanToepassing:
                // CS058 rejects these on level 2; an accepted message never holds them.
                continue
            }
        }
    }
}

/// A stored start or stop that is not deleted.
struct OpgeslagenZorgmelding: Sendable, Hashable {
    let isStop: Bool
    let sleutel: Startsleutel
    let redenBeeindiging: String?
    let einddatum: Datum?

    /// RedenBeeindiging 20.
    var isTijdelijkeStop: Bool { redenBeeindiging == Zorgmeldingproduct.tijdelijkBeeindigd }
}

extension Opslagtransactie {
    /// BD005: which of these ToewijzingNummers have a start of this aanbieder that is not deleted.
    func gestarteToewijzingen(gemeente: String, wet: Wet, aanbieder: String, nummers: Set<Int64>) throws -> Set<Int64> {
        var uit = Set<Int64>()
        for deel in Self.delen(nummers) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT DISTINCT toewijzingnummer FROM zorgmelding WHERE gemeente = ? AND wet = ? AND aanbieder = ?
                        AND soort = 'start' AND verwijderd_door IS NULL AND toewijzingnummer IN (\(Self.plaatshouders(deel.count)))
                        """),
                arguments: StatementArguments(
                    [gemeente, wet.rawValue, aanbieder] as [any DatabaseValueConvertible] + deel))
            while let row = try rows.next() { uit.insert(row[0]) }
        }
        return uit
    }
}
