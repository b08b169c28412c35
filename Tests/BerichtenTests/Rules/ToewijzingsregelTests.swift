import Foundation
import Testing

@testable import Berichten

/// Every level-3/4 rule of the 301 and of the Header on its own, without SQLite: a pure function
/// of the message, a hand-made context and the region config.
@Suite("Niveau 3/4 van de 301 en de Header: elke regel zonder opslag, geslaagd en gefaald")
struct ToewijzingsregelTests {
    static let config: Regioconfiguratie? = ConfiguratieLader.laad(pad: TestOmgeving.root + "/config/regio.toml")
        .configuratie

    static func bericht(_ fixture: String) throws -> Toewijzingbericht {
        guard case .toewijzing(let bericht) = try TestOmgeving.bericht(fixture) else {
            throw TestFout("\(fixture) is geen 301")
        }
        return bericht
    }

    static func codes(
        _ regel: Toewijzingsregel, _ bericht: Toewijzingbericht, _ context: Toewijzingcontext? = nil
    ) throws -> [String] {
        let config = try #require(Self.config)
        let context = context ?? Toewijzingcontext(wet: bericht.soort.standaard.wet)
        return bericht.client.toegewezenProducten.enumerated().flatMap { index, product in
            regel.controleer(
                Toewijzingsgeval(
                    product: product, doel: .toegewezenProduct(index), bericht: bericht, context: context,
                    config: config))
        }.map(\.regel)
    }

    static func opgeslagen(_ product: ToegewezenProduct, aanbieder: String, bsn: String) -> OpgeslagenToewijzing {
        OpgeslagenToewijzing(
            berichtID: 1, aanbieder: aanbieder, bsn: bsn, nummer: product.toewijzingNummer, referentieAanbieder: nil,
            product: product.product, toewijzingsdatum: product.toewijzingsdatum, toewijzingstijdMs: 0,
            ingangsdatum: product.ingangsdatum, einddatum: product.einddatum, redenWijziging: nil,
            omvang: product.omvang,
            budget: product.budget)
    }

    @Test("de basis (basis/jw301-5001) slaagt voor elke regel")
    func basePasses() throws {
        let basis = try Self.bericht("regels/basis/jw301-5001.xml")
        for regel in Toewijzingsregels.alle { #expect(try Self.codes(regel, basis).isEmpty, "\(regel.regel.code)") }
    }

    @Test("TR332: een ToewijzingNummer dat al voor een andere cliënt of aanbieder bestaat")
    func tr332() throws {
        let basis = try Self.bericht("regels/basis/jw301-5001.xml")
        let product = try #require(basis.client.toegewezenProducten.first)
        let wet = basis.soort.standaard.wet
        let eigen = Toewijzingcontext(
            wet: wet,
            huidige: [
                product.toewijzingNummer: Self.opgeslagen(product, aanbieder: basis.aanbieder, bsn: basis.client.bsn)
            ])
        #expect(try Self.codes(Toewijzingsregels.tr332, basis, eigen).isEmpty)
        let ander = Toewijzingcontext(
            wet: wet,
            huidige: [product.toewijzingNummer: Self.opgeslagen(product, aanbieder: basis.aanbieder, bsn: "111222333")])
        #expect(try Self.codes(Toewijzingsregels.tr332, basis, ander) == ["TR332"])
    }

    @Test("TR379: ReferentieAanbieder bij een toewijzing die al eerder met die referentie verzonden is")
    func tr379() throws {
        let bericht = try Self.bericht(
            "regels/TR379/" + (try #require(TestOmgeving.bestanden(in: "regels/TR379").first)))
        let metReferentie = try #require(bericht.client.toegewezenProducten.first { $0.referentieAanbieder != nil })
        let wet = bericht.soort.standaard.wet
        #expect(try Self.codes(Toewijzingsregels.tr379, bericht, Toewijzingcontext(wet: wet)).isEmpty)
        let verzonden = Toewijzingcontext(wet: wet, referentieVerzonden: [metReferentie.toewijzingNummer])
        #expect(try Self.codes(Toewijzingsregels.tr379, bericht, verzonden) == ["TR379"])
    }

    @Test("TR385: verwijderen met staande debets")
    func tr385() throws {
        let bericht = try Self.bericht("regels/basis/jw301-5001-verwijderd.xml")
        let product = try #require(bericht.client.toegewezenProducten.first { $0.redenWijziging == .verwijderd })
        let wet = bericht.soort.standaard.wet
        #expect(
            try Self.codes(
                Toewijzingsregels.tr385, bericht,
                Toewijzingcontext(wet: wet, staandeDebets: [product.toewijzingNummer: 0])
            ).isEmpty)
        #expect(
            try Self.codes(
                Toewijzingsregels.tr385, bericht,
                Toewijzingcontext(wet: wet, staandeDebets: [product.toewijzingNummer: 2])) == ["TR385"])
    }

    @Test("TR381 en BD001, BD002, BD004: productcodelijst en contractvoorwaarden van de regio")
    func productAndContract() throws {
        let tr381 = try TestOmgeving.bestanden(in: "regels/TR381").filter { $0.contains("301") }
        #expect(
            try tr381.contains {
                try Self.codes(Toewijzingsregels.tr381, Self.bericht("regels/TR381/" + $0)) == ["TR381"]
            })
        #expect(try Self.codes(Toewijzingsregels.bd001, Self.bericht("regels/BD001/jw301-41000007.xml")) == ["BD001"])
        #expect(try Self.codes(Toewijzingsregels.bd002, Self.bericht("regels/BD002/jw301-0355.xml")) == ["BD002"])
        let taakgericht = try TestOmgeving.bestanden(in: "regels/BD004").map {
            try Self.codes(Toewijzingsregels.bd004, Self.bericht("regels/BD004/" + $0))
        }
        #expect(taakgericht.contains(["BD004"]))
    }

    @Test("BD003: een nieuwe cliënt in de overgangsperiode, niet een die er al was")
    func bd003() throws {
        let bericht = try Self.bericht("regels/BD003/jw301-41000003-nieuwe-toewijzing.xml")
        let product = try #require(bericht.client.toegewezenProducten.first)
        let wet = bericht.soort.standaard.wet
        #expect(try Self.codes(Toewijzingsregels.bd003, bericht, Toewijzingcontext(wet: wet)) == ["BD003"])
        #expect(
            try Self.codes(
                Toewijzingsregels.bd003, bericht,
                Toewijzingcontext(wet: wet, eerderBijAanbieder: [product.toewijzingNummer: true])
            ).isEmpty)
        let huidige = Toewijzingcontext(
            wet: wet,
            huidige: [
                product.toewijzingNummer: Self.opgeslagen(
                    product, aanbieder: bericht.aanbieder, bsn: bericht.client.bsn)
            ])
        #expect(try Self.codes(Toewijzingsregels.bd003, bericht, huidige).isEmpty)
    }

    @Test("TR056, TR135, TR378: Identificatie, Dagtekening en gemeentecode van de Header")
    func headerRules() throws {
        let config = try #require(Self.config)
        let bericht = try TestOmgeving.bericht("regels/basis/jw301-5001.xml")
        let vandaag = try #require(Datum(jaar: 2026, maand: 11, dag: 23))
        let schoon = Headercontext(identificatieGebruikt: false, vandaag: vandaag)
        for regel in Headerregels.alle {
            #expect(regel.controleer(bericht, schoon, config).isEmpty, "\(regel.regel.code)")
        }
        #expect(
            Headerregels.tr056.controleer(bericht, Headercontext(identificatieGebruikt: true, vandaag: vandaag), config)
                .map(\.regel) == ["TR056"])
        let gisteren = Headercontext(identificatieGebruikt: false, vandaag: bericht.header.dagtekening.plus(dagen: -1))
        #expect(Headerregels.tr135.controleer(bericht, gisteren, config).map(\.regel) == ["TR135"])
        let tr378 = try TestOmgeving.bestanden(in: "regels/TR378").filter { !$0.contains("vianen") }
        #expect(
            try tr378.contains {
                Headerregels.tr378.controleer(try TestOmgeving.bericht("regels/TR378/" + $0), schoon, config).map(
                    \.regel) == ["TR378"]
            })
    }
}
