import Foundation
internal import GRDB

/// Toewijzingen: the current versions the rules read, and each version stored.
extension Opslagtransactie {
    /// The current version: latest Toewijzingsdatum + Toewijzingstijd (IV013).
    func huidigeToewijzing(gemeente: String, wet: Wet, nummer: Int64) throws -> OpgeslagenToewijzing? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(Self.toewijzingKolommen) FROM toewijzing WHERE gemeente = ? AND wet = ? AND nummer = ?
                ORDER BY toewijzingsdatum DESC, toewijzingstijd_ms DESC, id DESC LIMIT 1
                """)
        return try Row.fetchOne(statement, arguments: [gemeente, wet.rawValue, nummer]).map { try Self.toewijzing($0) }
    }

    /// The current versions of many toewijzingen at once (IV013 per ToewijzingNummer).
    func huidigeToewijzingen(gemeente: String, wet: Wet, nummers: Set<Int64>) throws -> [Int64: OpgeslagenToewijzing] {
        var uit: [Int64: OpgeslagenToewijzing] = [:]
        for deel in Self.delen(nummers) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(Self.toewijzingKolommen) FROM toewijzing WHERE gemeente = ? AND wet = ? AND nummer IN (\(Self.plaatshouders(deel.count)))
                        ORDER BY nummer, toewijzingsdatum, toewijzingstijd_ms, id
                        """),
                arguments: StatementArguments([gemeente, wet.rawValue] as [any DatabaseValueConvertible] + deel))
            while let row = try rows.next() {
                let versie = try Self.toewijzing(row)
                uit[versie.nummer] = versie
            }
        }
        return uit
    }

    /// Keys in sorted parts of 500, for `IN (…)` queries.
    static func delen<Sleutel: Comparable>(_ sleutels: Set<Sleutel>) -> [[Sleutel]] {
        let gesorteerd = sleutels.sorted()
        return stride(from: 0, to: gesorteerd.count, by: 500).map {
            Array(gesorteerd[$0..<min($0 + 500, gesorteerd.count)])
        }
    }

    static func plaatshouders(_ aantal: Int) -> String {
        Array(repeating: "?", count: aantal).joined(separator: ",")
    }

    /// Whether this client had a toewijzing with this aanbieder that started before `datum`.
    func heeftEerdereToewijzing(
        gemeente: String, wet: Wet, aanbieder: String, bsn: String, voor datum: Datum
    ) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                SELECT 1 FROM toewijzing WHERE gemeente = ? AND wet = ? AND aanbieder = ? AND bsn = ? AND ingangsdatum < ?
                AND (reden_wijziging IS NULL OR reden_wijziging <> '13') LIMIT 1
                """)
        return try Bool.fetchOne(statement, arguments: [gemeente, wet.rawValue, aanbieder, bsn, datum.description])
            ?? false
    }

    /// TR379: an earlier version of this toewijzing already carried this ReferentieAanbieder.
    func referentieAanbiederVerzonden(gemeente: String, wet: Wet, nummer: Int64, referentie: String) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                SELECT 1 FROM toewijzing WHERE gemeente = ? AND wet = ? AND nummer = ? AND referentie_aanbieder = ? LIMIT 1
                """)
        return try Bool.fetchOne(statement, arguments: [gemeente, wet.rawValue, nummer, referentie]) ?? false
    }

    func voegToewijzingToe(
        berichtID: Int64, wet: Wet, gemeente: String, aanbieder: String, bsn: String, product p: ToegewezenProduct
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO toewijzing (bericht_id, wet, gemeente, aanbieder, bsn, nummer, referentie_aanbieder, categorie, code,
                toewijzingsdatum, toewijzingstijd_ms, ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            berichtID, wet.rawValue, gemeente, aanbieder, bsn, p.toewijzingNummer, p.referentieAanbieder,
            p.product?.categorie, p.product?.code, p.toewijzingsdatum.description, p.toewijzingstijd.milliseconden,
            p.ingangsdatum.description, p.einddatum?.description, p.redenWijziging?.rawValue, p.omvang?.volume,
            p.omvang?.eenheid.rawValue, p.omvang?.frequentie.rawValue, p.budget,
        ])
    }

    /// The columns `toewijzing(_:)` decodes, by position (decoding by name costs a case-insensitive
    /// lookup per column, for every prestatie).
    static let toewijzingKolommen = """
        bericht_id, aanbieder, bsn, nummer, referentie_aanbieder, categorie, code, toewijzingsdatum, toewijzingstijd_ms,
        ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget
        """

    static func toewijzing(_ row: Row) throws -> OpgeslagenToewijzing {
        let categorie: String? = row[5]
        let volume: Int64? = row[12]
        let eenheid: String? = row[13]
        let frequentie: String? = row[14]
        var omvang: Omvang?
        if let volume, let eenheid = eenheid.flatMap(Eenheid.init(rawValue:)),
            let frequentie = frequentie.flatMap(Frequentie.init(rawValue:))
        {
            omvang = Omvang(volume: volume, eenheid: eenheid, frequentie: frequentie)
        }
        return OpgeslagenToewijzing(
            berichtID: row[0], aanbieder: row[1], bsn: row[2], nummer: row[3], referentieAanbieder: row[4],
            product: categorie.map { Product(categorie: $0, code: row[6]) },
            toewijzingsdatum: try Self.datum(row[7]), toewijzingstijdMs: row[8],
            ingangsdatum: try Self.datum(row[9]),
            einddatum: (row[10] as String?).flatMap { Datum($0) },
            redenWijziging: (row[11] as String?).map(RedenWijziging.init(rawValue:)),
            omvang: omvang, budget: row[15])
    }
}
