import Foundation
internal import GRDB

/// Declaraties and prestaties as the rules read them. Each query of `prestatie` or
/// `toewijzing_verbruik` first writes the buffer away.
extension Opslagtransactie {
    func declaratieNummerGebruikt(aanbieder: String, wet: Wet, nummer: String) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: "SELECT 1 FROM declaratie WHERE aanbieder = ? AND wet = ? AND nummer = ? LIMIT 1")
        return try Bool.fetchOne(statement, arguments: [aanbieder, wet.rawValue, nummer]) ?? false
    }

    /// Start of the latest declaratieperiode of this aanbieder to this gemeente (TR318).
    func laatsteDeclaratieperiode(aanbieder: String, gemeente: String, wet: Wet) throws -> Datum? {
        let statement = try db.cachedStatement(
            sql: "SELECT MAX(periode_begin) FROM declaratie WHERE aanbieder = ? AND gemeente = ? AND wet = ?")
        return try String.fetchOne(statement, arguments: [aanbieder, gemeente, wet.rawValue]).flatMap { Datum($0) }
    }

    /// The first stored prestatie of this aanbieder with each of these ReferentieNummers
    /// (TR314, TR323), in `IN (…)` queries of 500.
    func prestaties(
        aanbieder: String, wet: Wet, referentieNummers nummers: Set<String>
    ) throws -> [String: OpgeslagenPrestatie] {
        try schrijfWeg()
        var uit: [String: OpgeslagenPrestatie] = [:]
        for deel in Self.delen(nummers) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(Self.prestatieKolommen) FROM prestatie WHERE aanbieder = ? AND wet = ?
                        AND referentienummer IN (\(Self.plaatshouders(deel.count))) ORDER BY id
                        """), arguments: StatementArguments([aanbieder, wet.rawValue] + deel))
            while let row = try rows.next() {
                let prestatie = try Self.prestatie(row)
                if uit[prestatie.referentieNummer] == nil { uit[prestatie.referentieNummer] = prestatie }
            }
        }
        return uit
    }

    /// TR390: the ReferentieNummers among `nummers` that an approved credit already credited.
    func gecrediteerd(aanbieder: String, wet: Wet, referentieNummers nummers: Set<String>) throws -> Set<String> {
        try schrijfWeg()
        var uit = Set<String>()
        for deel in Self.delen(nummers) {
            let rows = try String.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT DISTINCT vorig_referentienummer FROM prestatie WHERE aanbieder = ? AND wet = ? AND toegekend = 1
                        AND vorig_referentienummer IN (\(Self.plaatshouders(deel.count)))
                        """), arguments: StatementArguments([aanbieder, wet.rawValue] + deel))
            while let nummer = try rows.next() { uit.insert(nummer) }
        }
        return uit
    }

    /// TR389: approved debets for the same toewijzing, product and product period that were not credited.
    /// A ToewijzingNummer is unique per gemeente and wet (TR332), so the gemeente is part of the key.
    func nietGecrediteerdeDebets(
        aanbieder: String, gemeente: String, wet: Wet, toewijzingNummer: Int64, categorie: String, code: String,
        periode: Periode
    ) throws -> [String] {
        try schrijfWeg()
        let statement = try db.cachedStatement(
            sql: """
                SELECT p.referentienummer FROM prestatie p
                WHERE p.aanbieder = ? AND p.gemeente = ? AND p.wet = ? AND p.toewijzingnummer = ? AND p.categorie = ? AND p.code = ?
                AND p.periode_begin = ? AND p.periode_eind = ? AND p.toegekend = 1 AND p.vorig_referentienummer IS NULL
                AND NOT EXISTS (SELECT 1 FROM prestatie c WHERE c.aanbieder = p.aanbieder AND c.wet = p.wet
                                AND c.vorig_referentienummer = p.referentienummer AND c.toegekend = 1)
                """)
        return try String.fetchAll(
            statement,
            arguments: [
                aanbieder, gemeente, wet.rawValue, toewijzingNummer, categorie, code,
                periode.begindatum.description, periode.einddatum.description,
            ])
    }

    /// TR385: the debets still standing on a toewijzing.
    func staandeDebets(gemeente: String, wet: Wet, toewijzingNummer: Int64) throws -> Int {
        try schrijfWeg()
        let statement = try db.cachedStatement(
            sql: """
                SELECT COALESCE(SUM(debets), 0) FROM toewijzing_verbruik WHERE gemeente = ? AND wet = ? AND toewijzingnummer = ?
                """)
        return try Int.fetchOne(statement, arguments: [gemeente, wet.rawValue, toewijzingNummer]) ?? 0
    }

    /// What still counts against many toewijzingen at once, per ToewijzingNummer: per unit over the
    /// whole run (TR322, TR369), and per unit in each of `perioden` (TR321, TR389). Summing happens
    /// in SQLite, so a year of history costs index steps, not decoded rows.
    func verbruik(
        gemeente: String, wet: Wet, toewijzingNummers nummers: Set<Int64>, perioden: Set<Periode>
    ) throws -> [Int64: [Toewijzingsverbruik]] {
        try schrijfWeg()
        var uit: [Int64: [Toewijzingsverbruik]] = [:]
        let begins = Array(Set(perioden.map(\.begindatum.description))).sorted()
        for deel in Self.delen(nummers) {
            let sleutel = [gemeente, wet.rawValue] as [any DatabaseValueConvertible] + deel
            let totalen = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT toewijzingnummer, eenheid, SUM(volume), SUM(bedrag), SUM(debets) FROM toewijzing_verbruik
                        WHERE gemeente = ? AND wet = ? AND toewijzingnummer IN (\(Self.plaatshouders(deel.count)))
                        GROUP BY toewijzingnummer, eenheid HAVING SUM(debets) > 0
                        """), arguments: StatementArguments(sleutel))
            while let row = try totalen.next() {
                uit[row[0], default: []].append(
                    Toewijzingsverbruik(
                        periode: nil, eenheid: Eenheid(rawValue: row[1]) ?? .stuksInspanning, volume: row[2],
                        bedrag: row[3], debets: row[4]))
            }
            guard !begins.isEmpty else { continue }
            let inPerioden = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT toewijzingnummer, periode_begin, periode_eind, eenheid, volume, bedrag, debets FROM toewijzing_verbruik
                        WHERE gemeente = ? AND wet = ? AND toewijzingnummer IN (\(Self.plaatshouders(deel.count)))
                        AND periode_begin IN (\(Self.plaatshouders(begins.count))) AND debets > 0
                        """), arguments: StatementArguments(sleutel + begins))
            while let row = try inPerioden.next() {
                let periode = Periode(begindatum: try Self.datum(row[1]), einddatum: try Self.datum(row[2]))
                guard perioden.contains(periode) else { continue }
                uit[row[0], default: []].append(
                    Toewijzingsverbruik(
                        periode: periode, eenheid: Eenheid(rawValue: row[3]) ?? .stuksInspanning, volume: row[4],
                        bedrag: row[5],
                        debets: row[6]))
            }
        }
        return uit
    }

    static let prestatieKolommen = """
        referentienummer, vorig_referentienummer, toewijzingnummer, periode_begin, periode_eind, volume, eenheid, bedrag, toegekend
        """

    private static func prestatie(_ row: Row) throws -> OpgeslagenPrestatie {
        OpgeslagenPrestatie(
            referentieNummer: row[0], vorigReferentieNummer: row[1], toewijzingNummer: row[2],
            periode: Periode(begindatum: try datum(row[3]), einddatum: try datum(row[4])),
            volume: row[5], eenheid: Eenheid(rawValue: row[6]) ?? .stuksInspanning, bedrag: row[7], toegekend: row[8])
    }
}
