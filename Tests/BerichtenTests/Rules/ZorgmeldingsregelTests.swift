import Foundation
import Testing

@testable import Berichten

/// Every level-3/4 rule of the 305/307 on its own, without SQLite: a pure function of the
/// message, a hand-made context (the toewijzing and the stored starts and stops) and the config.
@Suite("Niveau 3/4 van de 305/307: elke regel zonder opslag, geslaagd en gefaald")
struct ZorgmeldingsregelTests {
    static let config: Regioconfiguratie? = ConfiguratieLader.laad(pad: TestOmgeving.root + "/config/regio.toml")
        .configuratie
    static let begin = Datum(jaar: 2026, maand: 7, dag: 8)!
    /// The key of a start is Bsn + ToewijzingNummer + Product + Begindatum (spec §10).
    static let product = Product(categorie: "45", code: "45A07")

    static func bericht(_ fixture: String) throws -> Zorgmeldingbericht {
        guard case .zorgmelding(let bericht) = try TestOmgeving.bericht("regels/" + fixture) else {
            throw TestFout("\(fixture) is geen 305/307")
        }
        return bericht
    }

    /// Toewijzing 5001 of 41000001 for client 999900006, as `basis/jw301-5001.xml` stores it.
    static func toewijzing(aanbieder: String = "41000001", bsn: String = "999900006") -> OpgeslagenToewijzing {
        OpgeslagenToewijzing(
            berichtID: 1, aanbieder: aanbieder, bsn: bsn, nummer: 5001, referentieAanbieder: nil,
            product: Product(categorie: "45", code: "45A07"), toewijzingsdatum: Datum(jaar: 2026, maand: 7, dag: 1)!,
            toewijzingstijdMs: 0, ingangsdatum: Datum(jaar: 2026, maand: 7, dag: 6)!,
            einddatum: Datum(jaar: 2026, maand: 9, dag: 20)!, redenWijziging: nil, omvang: nil, budget: nil)
    }

    static func start(_ begindatum: Datum = begin) -> OpgeslagenZorgmelding {
        OpgeslagenZorgmelding(
            isStop: false, sleutel: Startsleutel(toewijzingNummer: 5001, product: product, begindatum: begindatum),
            redenBeeindiging: nil, einddatum: nil)
    }

    static func stop(_ reden: String, _ einde: Datum, begindatum: Datum = begin) -> OpgeslagenZorgmelding {
        OpgeslagenZorgmelding(
            isStop: true, sleutel: Startsleutel(toewijzingNummer: 5001, product: product, begindatum: begindatum),
            redenBeeindiging: reden, einddatum: einde)
    }

    /// The codes of one rule over every product of the message, with the stored starts and stops.
    static func codes(
        _ regel: Zorgmeldingsregel, _ bericht: Zorgmeldingbericht, _ meldingen: [OpgeslagenZorgmelding] = [],
        toewijzing: OpgeslagenToewijzing? = toewijzing()
    ) throws -> [String] {
        let config = try #require(Self.config)
        let context = Zorgmeldingcontext(
            wet: .jeugdwet, toewijzingen: toewijzing.map { [5001: $0] } ?? [:], meldingen: meldingen)
        return bericht.client.producten.enumerated().flatMap { index, product in
            regel.controleer(
                Zorgmeldingsgeval(
                    product: product, doel: .zorgmeldingproduct(index), bericht: bericht, context: context,
                    config: config))
        }.map(\.regel)
    }

    static let september = Datum(jaar: 2026, maand: 9, dag: 18)!
    static let juli = Datum(jaar: 2026, maand: 7, dag: 31)!

    @Test("TR019: de start hoort bij een toewijzing van deze aanbieder voor deze cliënt")
    func tr019() throws {
        let start = try Self.bericht("basis/jw305-5001.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr019, start).isEmpty)
        #expect(try Self.codes(Zorgmeldingsregels.tr019, start, toewijzing: nil) == ["TR019"])
        #expect(
            try Self.codes(Zorgmeldingsregels.tr019, start, toewijzing: Self.toewijzing(aanbieder: "41000002"))
                == ["TR019"])
        #expect(
            try Self.codes(Zorgmeldingsregels.tr019, start, toewijzing: Self.toewijzing(bsn: "999900018"))
                == ["TR019"])
        #expect(try Self.codes(Zorgmeldingsregels.tr019, try Self.bericht("TR019/jw305-taakgericht.xml")).isEmpty)
    }

    @Test("TR063: verwijderen vraagt een eerdere aanlevering met dezelfde sleutel")
    func tr063() throws {
        let verwijder = try Self.bericht("basis/jw305-5001-verwijderen.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr063, verwijder) == ["TR063"])
        #expect(try Self.codes(Zorgmeldingsregels.tr063, verwijder, [Self.start()]).isEmpty)
        #expect(try Self.codes(Zorgmeldingsregels.tr063, verwijder, [Self.start(Self.juli)]) == ["TR063"])
    }

    @Test("TR071: een gestopte start kan niet verwijderd worden")
    func tr071() throws {
        let verwijder = try Self.bericht("basis/jw305-5001-verwijderen.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr071, verwijder, [Self.start()]).isEmpty)
        #expect(
            try Self.codes(Zorgmeldingsregels.tr071, verwijder, [Self.start(), Self.stop("31", Self.september)])
                == ["TR071"])
    }

    @Test("TR074: dezelfde sleutel niet twee keer als eerste aanlevering")
    func tr074() throws {
        let start = try Self.bericht("basis/jw305-5001.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr074, start).isEmpty)
        #expect(try Self.codes(Zorgmeldingsregels.tr074, start, [Self.start()]) == ["TR074"])
        let stop = try Self.bericht("basis/jw307-5001-31.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr074, stop, [Self.start()]).isEmpty)
        #expect(
            try Self.codes(Zorgmeldingsregels.tr074, stop, [Self.start(), Self.stop("31", Self.september)])
                == ["TR074"])
    }

    @Test("TR326: geen nieuwe start naast een start zonder stop; wel na een (tijdelijke) stop of in een correctie")
    func tr326() throws {
        let later = try Self.bericht("TR326/jw305-5001-later.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr326, later, [Self.start()]) == ["TR326"])
        #expect(try Self.codes(Zorgmeldingsregels.tr326, later, [Self.start(), Self.stop("20", Self.juli)]).isEmpty)
        let correctie = try Self.bericht("TR326/jw305-5001-correctie.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr326, correctie, [Self.start()]).isEmpty)
    }

    @Test("TR382: een stop hoort bij een aangeleverde start (9069)")
    func tr382() throws {
        let stop = try Self.bericht("basis/jw307-5001-31.xml")
        #expect(try Self.codes(Zorgmeldingsregels.tr382, stop, [Self.start()]).isEmpty)
        #expect(try Self.codes(Zorgmeldingsregels.tr382, stop) == ["TR382"])
        #expect(try Self.codes(Zorgmeldingsregels.tr382, stop, [Self.start(Self.juli)]) == ["TR382"])
    }

    @Test("TR413, TR414, TR415: tijdelijke en definitieve stops op dezelfde start")
    func tijdelijkEnDefinitief() throws {
        let tijdelijk2 = try Self.bericht("TR413/jw307-5001-tijdelijk-2.xml")
        let definitief = try Self.bericht("basis/jw307-5001-31.xml")
        let eerder = try Self.bericht("TR414/jw307-5001-31-eerder.xml")
        let tijdelijk = [Self.start(), Self.stop("20", Self.juli)]
        let gestopt = [Self.start(), Self.stop("31", Self.september)]
        #expect(try Self.codes(Zorgmeldingsregels.tr413, tijdelijk2, tijdelijk) == ["TR413"])
        #expect(try Self.codes(Zorgmeldingsregels.tr413, definitief, tijdelijk).isEmpty)
        #expect(try Self.codes(Zorgmeldingsregels.tr414, eerder, tijdelijk) == ["TR414"])
        #expect(try Self.codes(Zorgmeldingsregels.tr414, definitief, tijdelijk).isEmpty)
        #expect(
            try Self.codes(Zorgmeldingsregels.tr415, try Self.bericht("TR415/jw307-5001-34.xml"), gestopt)
                == ["TR415"])
        #expect(try Self.codes(Zorgmeldingsregels.tr415, definitief, tijdelijk).isEmpty)
        // The identical stop again is TR074's case, not TR415's.
        #expect(try Self.codes(Zorgmeldingsregels.tr415, definitief, gestopt).isEmpty)
    }

    @Test("TR381: productcode hoort bij de categorie (S329)")
    func tr381() throws {
        #expect(try Self.codes(Zorgmeldingsregels.tr381, try Self.bericht("basis/jw305-5001.xml")).isEmpty)
        #expect(
            try Self.codes(Zorgmeldingsregels.tr381, try Self.bericht("TR381/jw305-5001-categorie-44.xml")) == ["TR381"]
        )
    }
}
