import Foundation
internal import GRDB

/// Declaraties and prestaties written. A 25 MB declaratie holds 25,000 prestaties: one INSERT per
/// prestatie and one upsert of `toewijzing_verbruik` per approved debet cost more than libxml2
/// reading them. Prestaties therefore go into the buffer and out in INSERTs of
/// ``Schrijfbuffer/rijenPerInsert`` rows (the same rows, ids and order as one by one), and what
/// approved debets add to `toewijzing_verbruik` is summed per toewijzing, period and unit first
/// (integers add up in any order; the table has no row ids).
extension Opslagtransactie {
    func voegDeclaratieToe(
        berichtID: Int64, wet: Wet, aanbieder: String, gemeente: String, declaratie: Declaratie,
        totaalToegekend: Int64, retourCode: RetourCode
    ) throws -> Int64 {
        try schrijfWeg()
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
        let (begin, eind) = (p.productPeriode.begindatum.description, p.productPeriode.einddatum.description)
        buffer.voegToe([
            declaratieID.databaseValue, wet.rawValue.databaseValue, aanbieder.databaseValue, gemeente.databaseValue,
            bsn.databaseValue, p.referentieNummer.databaseValue, p.vorigReferentieNummer.databaseValue,
            p.toewijzingNummer.databaseValue, p.productCategorie.databaseValue, p.productCode.databaseValue,
            begin.databaseValue, eind.databaseValue, p.geleverdVolume.databaseValue, p.eenheid.rawValue.databaseValue,
            p.productTarief.databaseValue, p.ingediendBedrag.getekend.databaseValue, toegekend.databaseValue,
            (retourCodes.isEmpty ? "" : retourCodes.map(\.rawValue).joined(separator: ",")).databaseValue,
        ])
        if buffer.rijen == Schrijfbuffer.rijenPerInsert { try schrijfPrestatiesWeg() }
        guard toegekend else { return }
        guard let vorig = p.vorigReferentieNummer else {
            buffer.telBij(
                Schrijfbuffer.Verbruiksleutel(
                    gemeente: gemeente, wet: wet.rawValue, toewijzingNummer: p.toewijzingNummer, begin: begin,
                    eind: eind, eenheid: p.eenheid.rawValue),
                volume: p.geleverdVolume, bedrag: p.ingediendBedrag.getekend)
            return
        }
        // TR323 made sure the credited debet is stored and approved; it stops counting where it
        // counted. That debet may be in the buffer still.
        try schrijfWeg()
        try db.cachedStatement(
            sql: """
                INSERT INTO toewijzing_verbruik (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, volume, bedrag, debets)
                SELECT gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, -volume, -bedrag, -1 FROM prestatie
                WHERE aanbieder = ? AND wet = ? AND referentienummer = ? AND toegekend = 1 AND vorig_referentienummer IS NULL
                ORDER BY id LIMIT 1
                \(Self.verbruikBijtellen)
                """
        ).execute(arguments: [aanbieder, wet.rawValue, vorig])
    }

    /// Writes the buffered prestaties and what they add to `toewijzing_verbruik`. After each
    /// message and before every query that reads those tables.
    func schrijfWeg() throws {
        try schrijfPrestatiesWeg()
        guard !buffer.verbruik.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO toewijzing_verbruik (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, volume, bedrag, debets)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                \(Self.verbruikBijtellen)
                """)
        for (sleutel, som) in buffer.verbruik {
            try statement.execute(arguments: [
                sleutel.gemeente, sleutel.wet, sleutel.toewijzingNummer, sleutel.begin, sleutel.eind, sleutel.eenheid,
                som.volume, som.bedrag, som.debets,
            ])
        }
        buffer.verbruik.removeAll(keepingCapacity: true)
    }

    /// Forgets what a message that failed left in the buffer (its savepoint is rolled back).
    func verwerp() {
        buffer.waarden.removeAll(keepingCapacity: true)
        buffer.rijen = 0
        buffer.verbruik.removeAll(keepingCapacity: true)
    }

    private func schrijfPrestatiesWeg() throws {
        guard buffer.rijen > 0 else { return }
        let statement = try db.cachedStatement(sql: Self.prestatieInsert(rijen: buffer.rijen))
        statement.setUncheckedArguments(StatementArguments(buffer.waarden))
        try statement.execute()
        buffer.waarden.removeAll(keepingCapacity: true)
        buffer.rijen = 0
    }

    static func prestatieInsert(rijen: Int) -> String {
        let rij = "(" + Array(repeating: "?", count: Schrijfbuffer.kolommen).joined(separator: ", ") + ")"
        return """
            INSERT INTO prestatie (declaratie_id, wet, aanbieder, gemeente, bsn, referentienummer, vorig_referentienummer,
            toewijzingnummer, categorie, code, periode_begin, periode_eind, volume, eenheid, tarief, bedrag, toegekend, retourcodes)
            VALUES \(Array(repeating: rij, count: rijen).joined(separator: ", "))
            """
    }

    private static let verbruikBijtellen = """
        ON CONFLICT (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid) DO UPDATE SET
        volume = volume + excluded.volume, bedrag = bedrag + excluded.bedrag, debets = debets + excluded.debets
        """
}

/// What ``Opslagtransactie`` has not yet written: prestatie rows, and per toewijzing, period and
/// unit the sum of the approved debets. Lives as long as one transaction.
final class Schrijfbuffer {
    static let kolommen = 18
    static let rijenPerInsert = 50

    struct Verbruiksleutel: Hashable {
        let gemeente: String
        let wet: String
        let toewijzingNummer: Int64
        let begin: String
        let eind: String
        let eenheid: String
    }

    var waarden: [DatabaseValue] = []
    var rijen = 0
    var verbruik: [Verbruiksleutel: (volume: Int64, bedrag: Int64, debets: Int64)] = [:]

    func voegToe(_ rij: [DatabaseValue]) {
        if waarden.isEmpty { waarden.reserveCapacity(Self.kolommen * Self.rijenPerInsert) }
        waarden.append(contentsOf: rij)
        rijen += 1
    }

    func telBij(_ sleutel: Verbruiksleutel, volume: Int64, bedrag: Int64) {
        var som = verbruik[sleutel] ?? (0, 0, 0)
        som.volume &+= volume
        som.bedrag &+= bedrag
        som.debets += 1
        verbruik[sleutel] = som
    }
}
