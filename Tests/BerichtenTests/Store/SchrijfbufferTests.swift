import Foundation
import GRDB
import Testing

@testable import Berichten

/// Prestaties are written in INSERTs of many rows and approved debets summed per toewijzing before
/// their upsert (issue 14, item 3): the store must hold exactly what one INSERT and one upsert per
/// prestatie left, and every query of the rules must see what was buffered.
@Suite("Opslag: prestaties via de schrijfbuffer")
struct SchrijfbufferTests {
    static func prestatie(_ index: Int, vorig: String? = nil) -> Prestatie {
        let begin = Datum(jaar: 2026, maand: 1 + index % 3, dag: 1)!
        return Prestatie(
            referentieNummer: vorig.map { "C-\($0)" } ?? "R\(index)", vorigReferentieNummer: vorig,
            toewijzingNummer: Int64(100 + index % 7), productCategorie: "45", productCode: "45A\(index % 2)",
            productPeriode: Periode(begindatum: begin, einddatum: Datum(jaar: 2026, maand: 1 + index % 3, dag: 28)!),
            geleverdVolume: Int64(1 + index % 5), eenheid: index % 4 == 0 ? .minuut : .uur,
            productTarief: index % 9 == 0 ? nil : 1_000 + Int64(index),
            ingediendBedrag: BedragMetDC(bedrag: Int64(500 + index), debetCredit: vorig == nil ? .debet : .credit),
            positie: Bronpositie(pad: "/Bericht/Prestatie[\(index)]", regel: index))
    }

    /// 123 prestaties (two full INSERTs and a rest), every fifth rejected, then three credits of
    /// earlier debets, some of them still in the buffer.
    static func schrijf(_ opslag: Berichtenopslag) throws {
        try opslag.inTransactie { transactie in
            for index in 0..<123 {
                try transactie.voegPrestatieToe(
                    declaratieID: 1, wet: .jeugdwet, aanbieder: "41000001", gemeente: "0356", bsn: "999990019",
                    prestatie: prestatie(index), toegekend: index % 5 != 0,
                    retourCodes: index % 5 == 0 ? [RetourCode("0611"), RetourCode("9321")] : [])
            }
            for credit in [1, 121, 122] {
                try transactie.voegPrestatieToe(
                    declaratieID: 1, wet: .jeugdwet, aanbieder: "41000001", gemeente: "0356", bsn: "999990019",
                    prestatie: prestatie(credit, vorig: "R\(credit)"), toegekend: true, retourCodes: [])
            }
        }
    }

    /// The same prestaties one INSERT and one upsert at a time, as before the buffer.
    static func schrijfEenVoorEen(_ db: Database) throws {
        func voegToe(_ p: Prestatie, toegekend: Bool, codes: String) throws {
            try db.execute(
                sql: """
                    INSERT INTO prestatie (declaratie_id, wet, aanbieder, gemeente, bsn, referentienummer, vorig_referentienummer,
                    toewijzingnummer, categorie, code, periode_begin, periode_eind, volume, eenheid, tarief, bedrag, toegekend, retourcodes)
                    VALUES (1, 'jeugdwet', '41000001', '0356', '999990019', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    p.referentieNummer, p.vorigReferentieNummer, p.toewijzingNummer, p.productCategorie, p.productCode,
                    p.productPeriode.begindatum.description, p.productPeriode.einddatum.description, p.geleverdVolume,
                    p.eenheid.rawValue, p.productTarief, p.ingediendBedrag.getekend, toegekend, codes,
                ])
            guard toegekend else { return }
            let teken = p.vorigReferentieNummer == nil ? "" : "-"
            try db.execute(
                sql: """
                    INSERT INTO toewijzing_verbruik (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, volume, bedrag, debets)
                    SELECT gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid, \(teken)volume, \(teken)bedrag, \(teken)1
                    FROM prestatie WHERE referentienummer = ? ORDER BY id LIMIT 1
                    ON CONFLICT (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid) DO UPDATE SET
                    volume = volume + excluded.volume, bedrag = bedrag + excluded.bedrag, debets = debets + excluded.debets
                    """, arguments: [p.vorigReferentieNummer ?? p.referentieNummer])
        }
        for index in 0..<123 {
            try voegToe(prestatie(index), toegekend: index % 5 != 0, codes: index % 5 == 0 ? "0611,9321" : "")
        }
        for credit in [1, 121, 122] { try voegToe(prestatie(credit, vorig: "R\(credit)"), toegekend: true, codes: "") }
    }

    /// A store in memory without its foreign keys: these prestaties have no declaratie.
    static func opslag() throws -> Berichtenopslag {
        let opslag = try Berichtenopslag()
        try opslag.queue.inDatabase { try $0.execute(sql: "PRAGMA foreign_keys = OFF") }
        return opslag
    }

    static func inhoud(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT * FROM prestatie ORDER BY id").map(\.description)
            + Row.fetchAll(db, sql: "SELECT * FROM toewijzing_verbruik ORDER BY 1, 2, 3, 4, 5, 6").map(\.description)
    }

    @Test("dezelfde rijen, ids en verbruiksrijen als één INSERT per prestatie")
    func sameRowsAsOneByOne() throws {
        let gebufferd = try Self.opslag()
        try Self.schrijf(gebufferd)
        let verwacht = try DatabaseQueue()
        try Migraties.migrator.migrate(verwacht)
        try verwacht.inDatabase { try $0.execute(sql: "PRAGMA foreign_keys = OFF") }
        try verwacht.write { db in try Self.schrijfEenVoorEen(db) }
        let (nu, toen) = (try gebufferd.queue.read(Self.inhoud), try verwacht.read(Self.inhoud))
        #expect(nu.count > 126)
        #expect(nu == toen)
    }

    @Test("wat de regels lezen ziet de gebufferde prestaties; verwerpen laat niets achter")
    func readsSeeTheBuffer() throws {
        let opslag = try Self.opslag()
        try opslag.inTransactie { transactie in
            try transactie.voegPrestatieToe(
                declaratieID: 1, wet: .jeugdwet, aanbieder: "41000001", gemeente: "0356", bsn: "999990019",
                prestatie: Self.prestatie(3), toegekend: true, retourCodes: [])
            #expect(transactie.buffer.rijen == 1)
            let gevonden = try transactie.prestaties(aanbieder: "41000001", wet: .jeugdwet, referentieNummers: ["R3"])
            #expect(gevonden["R3"]?.toegekend == true)
            #expect(try transactie.staandeDebets(gemeente: "0356", wet: .jeugdwet, toewijzingNummer: 103) == 1)
            try transactie.voegPrestatieToe(
                declaratieID: 1, wet: .jeugdwet, aanbieder: "41000001", gemeente: "0356", bsn: "999990019",
                prestatie: Self.prestatie(4), toegekend: true, retourCodes: [])
            transactie.verwerp()
        }
        #expect(try opslag.tellingen()["prestatie"] == 1)
        #expect(try opslag.queue.read { try Int.fetchOne($0, sql: "SELECT SUM(debets) FROM toewijzing_verbruik") } == 1)
    }

    @Test("datums als tekst: jjjj-mm-dd, gelijk aan de opmaak met voorloopnullen, ook aan de randen")
    func dateText() {
        var datums = [Datum.eerste, Datum.laatste, Datum(dagnummer: Int.min), Datum(dagnummer: Int.max)]
        for dagnummer in stride(from: -719_000, to: 2_933_000, by: 997) { datums.append(Datum(dagnummer: dagnummer)) }
        for datum in datums {
            let verwacht =
                String(repeating: "0", count: max(0, 4 - String(datum.jaar).count)) + String(datum.jaar) + "-"
                + (datum.maand < 10 ? "0" : "") + String(datum.maand) + "-" + (datum.dag < 10 ? "0" : "")
                + String(datum.dag)
            #expect(datum.description == verwacht)
        }
        #expect(Datum(jaar: 2026, maand: 3, dag: 9)?.description == "2026-03-09")
        #expect(Datum.eerste.description == "0001-01-01")
    }
}
