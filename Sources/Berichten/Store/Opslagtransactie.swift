import Foundation
internal import GRDB

/// Queries and inserts inside one transaction. Statements are prepared once per connection
/// (`cachedStatement`) because the same lookups run for every prestatie.
struct Opslagtransactie {
    let db: Database

    // MARK: - Messages

    /// TR056: a message of this type from this sender with this Identificatie that counts as
    /// received (technical rejections on level 1 and 2 count as not sent, OP286).
    func identificatieGebruikt(afzender: String, soort: BerichtSoort, identificatie: String) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                SELECT 1 FROM bericht WHERE afzender = ? AND soort = ? AND identificatie = ?
                AND uitkomst NOT IN ('onderhanden', 'technisch-afgewezen', 'xsd-ongeldig', 'geweigerd') LIMIT 1
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

    // MARK: - Toewijzingen

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

    // MARK: - Declaraties and prestaties

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

    func voegDeclaratieToe(
        berichtID: Int64, wet: Wet, aanbieder: String, gemeente: String, declaratie: Declaratie,
        totaalToegekend: Int64, retourCode: RetourCode
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO declaratie (bericht_id, wet, aanbieder, gemeente, nummer, periode_begin, periode_eind,
                totaal_ingediend, totaal_toegekend, retourcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                berichtID, wet.rawValue, aanbieder, gemeente, declaratie.declaratieNummer,
                declaratie.declaratiePeriode.begindatum.description, declaratie.declaratiePeriode.einddatum.description,
                declaratie.totaalIngediendBedrag.getekend, totaalToegekend, retourCode.rawValue,
            ])
        return db.lastInsertedRowID
    }

    func voegPrestatieToe(
        declaratieID: Int64, wet: Wet, aanbieder: String, gemeente: String, bsn: String, prestatie p: Prestatie,
        toegekend: Bool, retourCodes: [RetourCode]
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO prestatie (declaratie_id, wet, aanbieder, gemeente, bsn, referentienummer, vorig_referentienummer,
                toewijzingnummer, categorie, code, periode_begin, periode_eind, volume, eenheid, tarief, bedrag, toegekend, retourcodes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            declaratieID, wet.rawValue, aanbieder, gemeente, bsn, p.referentieNummer, p.vorigReferentieNummer,
            p.toewijzingNummer, p.productCategorie, p.productCode, p.productPeriode.begindatum.description,
            p.productPeriode.einddatum.description, p.geleverdVolume, p.eenheid.rawValue, p.productTarief,
            p.ingediendBedrag.getekend, toegekend, retourCodes.map(\.rawValue).joined(separator: ","),
        ])
        guard toegekend else { return }
        if let vorig = p.vorigReferentieNummer {
            // TR323 made sure the credited debet is stored and approved; it stops counting where it counted.
            try db.cachedStatement(
                sql: """
                    INSERT INTO toewijzing_verbruik (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, volume, bedrag, debets)
                    SELECT gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, -volume, -bedrag, -1 FROM prestatie
                    WHERE aanbieder = ? AND wet = ? AND referentienummer = ? AND toegekend = 1 AND vorig_referentienummer IS NULL
                    ORDER BY id LIMIT 1
                    \(Self.verbruikBijtellen)
                    """
            ).execute(arguments: [aanbieder, wet.rawValue, vorig])
        } else {
            try db.cachedStatement(
                sql: """
                    INSERT INTO toewijzing_verbruik (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, volume, bedrag, debets)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                    \(Self.verbruikBijtellen)
                    """
            ).execute(arguments: [
                gemeente, wet.rawValue, p.toewijzingNummer, p.productPeriode.begindatum.description,
                p.productPeriode.einddatum.description, p.eenheid.rawValue, p.geleverdVolume,
                p.ingediendBedrag.getekend,
            ])
        }
    }

    private static let verbruikBijtellen = """
        ON CONFLICT (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid) DO UPDATE SET
        volume = volume + excluded.volume, bedrag = bedrag + excluded.bedrag, debets = debets + excluded.debets
        """

    /// The columns `prestatie(_:)` decodes, by position.
    static let prestatieKolommen = """
        referentienummer, vorig_referentienummer, toewijzingnummer, periode_begin, periode_eind, volume, eenheid, bedrag, toegekend
        """

    /// A date the store holds; one it cannot read means the store is damaged, not the message.
    static func datum(_ tekst: String) throws -> Datum {
        guard let datum = Datum(tekst) else {
            throw StoreError(pad: "opslag", reden: "onleesbare datum '\(tekst)' in de opslag")
        }
        return datum
    }

    private static func prestatie(_ row: Row) throws -> OpgeslagenPrestatie {
        OpgeslagenPrestatie(
            referentieNummer: row[0], vorigReferentieNummer: row[1], toewijzingNummer: row[2],
            periode: Periode(begindatum: try datum(row[3]), einddatum: try datum(row[4])),
            volume: row[5], eenheid: Eenheid(rawValue: row[6]) ?? .stuksInspanning, bedrag: row[7], toegekend: row[8])
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
