import Foundation
import Testing

@testable import Berichten

/// Every level-3/4 rule of the 323 on its own, without SQLite: a pure function of a prestatie, a
/// hand-made ``Declaratiecontext`` and ``Declaratiestand``. The base is example 014 on the
/// toewijzing of example 005, which passes every rule; each test breaks one thing.
@Suite("Niveau 3/4 van de 323: elke regel zonder opslag, geslaagd en gefaald")
struct PrestatieregelTests {
    struct Basis {
        let config: Regioconfiguratie
        let bericht: Declaratiebericht
        let toewijzing: OpgeslagenToewijzing
        var prestatie: Prestatie { bericht.clienten[0].prestaties[0] }

        init() throws {
            guard let config = ConfiguratieLader.laad(pad: TestOmgeving.root + "/config/regio.toml").configuratie else {
                throw TestFout("config/regio.toml laadt niet")
            }
            self.config = config
            let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
            guard
                case .gelezen(.declaratie(let bericht)) = try TestOmgeving.lezer.lees(
                    path: try #require(voorbeelden.first { $0.contains("/014-") })),
                case .gelezen(.toewijzing(let heen)) = try TestOmgeving.lezer.lees(
                    path: try #require(voorbeelden.first { $0.contains("/005-") }))
            else { throw TestFout("voorbeelden 005/014 lezen niet") }
            self.bericht = bericht
            let product = try #require(
                heen.client.toegewezenProducten.first {
                    $0.toewijzingNummer == bericht.clienten[0].prestaties[0].toewijzingNummer
                })
            toewijzing = OpgeslagenToewijzing(
                berichtID: 1, aanbieder: heen.aanbieder, bsn: heen.client.bsn, nummer: product.toewijzingNummer,
                referentieAanbieder: product.referentieAanbieder, product: product.product,
                toewijzingsdatum: product.toewijzingsdatum,
                toewijzingstijdMs: product.toewijzingstijd.milliseconden, ingangsdatum: product.ingangsdatum,
                einddatum: product.einddatum,
                redenWijziging: product.redenWijziging, omvang: product.omvang, budget: product.budget)
        }

        func context(
            toewijzing: OpgeslagenToewijzing? = nil, opgeslagen: [String: OpgeslagenPrestatie] = [:],
            verbruik: [Int64: [Toewijzingsverbruik]] = [:], gecrediteerd: Set<String> = [],
            staandeDebets: [Declaratiecontext.DebetSleutel: [String]] = [:]
        ) -> Declaratiecontext {
            let gebruikt = toewijzing ?? self.toewijzing
            return Declaratiecontext(
                wet: .jeugdwet, toewijzingen: [gebruikt.nummer: gebruikt], opgeslagen: opgeslagen, verbruik: verbruik,
                gecrediteerd: gecrediteerd, staandeDebets: staandeDebets)
        }

        func geval(
            _ prestatie: Prestatie? = nil, context: Declaratiecontext? = nil, stand: Declaratiestand = .init()
        ) -> Prestatiegeval {
            Prestatiegeval(
                prestatie: prestatie ?? self.prestatie, doel: .prestatie(client: 0, prestatie: 0), bericht: bericht,
                context: context ?? self.context(), stand: stand, config: config)
        }

        func toewijzing(
            einddatum: Datum?? = nil, reden: RedenWijziging?? = nil, omvang: Omvang?? = nil, budget: Int64?? = nil
        )
            -> OpgeslagenToewijzing
        {
            let t = toewijzing
            return OpgeslagenToewijzing(
                berichtID: t.berichtID, aanbieder: t.aanbieder, bsn: t.bsn, nummer: t.nummer,
                referentieAanbieder: t.referentieAanbieder,
                product: t.product, toewijzingsdatum: t.toewijzingsdatum, toewijzingstijdMs: t.toewijzingstijdMs,
                ingangsdatum: t.ingangsdatum, einddatum: einddatum ?? t.einddatum,
                redenWijziging: reden ?? t.redenWijziging,
                omvang: omvang ?? t.omvang, budget: budget ?? t.budget)
        }
    }

    static func met(
        _ p: Prestatie, referentie: String? = nil, vorig: String?? = nil, toewijzingNummer: Int64? = nil,
        categorie: String? = nil,
        code: String? = nil, periode: Periode? = nil, volume: Int64? = nil, eenheid: Eenheid? = nil,
        tarief: Int64?? = nil,
        bedrag: BedragMetDC? = nil
    ) -> Prestatie {
        Prestatie(
            referentieNummer: referentie ?? p.referentieNummer, vorigReferentieNummer: vorig ?? p.vorigReferentieNummer,
            toewijzingNummer: toewijzingNummer ?? p.toewijzingNummer, productCategorie: categorie ?? p.productCategorie,
            productCode: code ?? p.productCode, productPeriode: periode ?? p.productPeriode,
            geleverdVolume: volume ?? p.geleverdVolume,
            eenheid: eenheid ?? p.eenheid, productTarief: tarief ?? p.productTarief,
            ingediendBedrag: bedrag ?? p.ingediendBedrag,
            positie: p.positie)
    }

    static func codes(_ regel: Prestatieregel, _ geval: Prestatiegeval) -> [String] {
        regel.controleer(geval).map(\.regel)
    }

    static func datum(_ tekst: String) -> Datum { Datum(tekst) ?? .eerste }

    @Test("de basis slaagt voor elke regel, en de regellijst noemt elke regel één keer")
    func basePasses() throws {
        let basis = try Basis()
        let (afwijzingen, signalen) = Prestatieregels.controleer(basis.geval())
        #expect(afwijzingen.isEmpty && signalen.isEmpty, "\(afwijzingen.map(\.description))")
        let codes = Prestatieregels.alle.map(\.regel.code)
        #expect(Set(codes).count == codes.count)
        for regel in Prestatieregels.alle { #expect(regel.controleer(basis.geval()).isEmpty, "\(regel.regel.code)") }
    }

    @Test("TR314: een ReferentieNummer dat de opslag of dit bericht al kent")
    func tr314() throws {
        let basis = try Basis()
        let p = basis.prestatie
        let eerder = OpgeslagenPrestatie(
            referentieNummer: p.referentieNummer, vorigReferentieNummer: nil, toewijzingNummer: p.toewijzingNummer,
            periode: p.productPeriode, volume: 1, eenheid: p.eenheid, bedrag: 1, toegekend: true)
        #expect(
            Self.codes(
                Prestatieregels.tr314, basis.geval(context: basis.context(opgeslagen: [p.referentieNummer: eerder])))
                == ["TR314"])
        var stand = Declaratiestand()
        stand.wijsAf(p)
        #expect(Self.codes(Prestatieregels.tr314, basis.geval(stand: stand)) == ["TR314"])
    }

    @Test("TR323 en TR390: een credit heeft een toegekende debet die nog niet gecrediteerd is")
    func creditRules() throws {
        let basis = try Basis()
        let debet = basis.prestatie
        let credit = Self.met(
            debet, referentie: "CR-1", vorig: .some(debet.referentieNummer),
            bedrag: BedragMetDC(getekend: -debet.ingediendBedrag.getekend))
        let opgeslagen = OpgeslagenPrestatie(
            referentieNummer: debet.referentieNummer, vorigReferentieNummer: nil,
            toewijzingNummer: debet.toewijzingNummer,
            periode: debet.productPeriode, volume: debet.geleverdVolume, eenheid: debet.eenheid,
            bedrag: debet.ingediendBedrag.getekend,
            toegekend: true)
        let metDebet = basis.context(opgeslagen: [debet.referentieNummer: opgeslagen])
        #expect(Self.codes(Prestatieregels.tr323, basis.geval(credit, context: metDebet)).isEmpty)
        #expect(Self.codes(Prestatieregels.tr323, basis.geval(credit)) == ["TR323"])
        #expect(Self.codes(Prestatieregels.tr390, basis.geval(credit, context: metDebet)).isEmpty)
        let alGecrediteerd = basis.context(
            opgeslagen: [debet.referentieNummer: opgeslagen], gecrediteerd: [debet.referentieNummer])
        #expect(Self.codes(Prestatieregels.tr390, basis.geval(credit, context: alGecrediteerd)) == ["TR390"])
        var stand = Declaratiestand()
        stand.keurGoed(credit, metDebet)
        #expect(Self.codes(Prestatieregels.tr390, basis.geval(credit, context: metDebet, stand: stand)) == ["TR390"])
        // Precedence: without a debet, TR323 is the only code of the credit.
        #expect(Prestatieregels.controleer(basis.geval(credit)).afwijzingen.map(\.regel) == ["TR323"])
    }

    @Test("TR389: een staande debet voor dezelfde toewijzing, product en periode, tenzij dit bericht die crediteert")
    func tr389() throws {
        let basis = try Basis()
        let p = basis.prestatie
        let sleutel = Declaratiecontext.DebetSleutel(
            toewijzingNummer: p.toewijzingNummer, product: p.product, periode: p.productPeriode)
        let staand = basis.context(staandeDebets: [sleutel: ["D-1"]])
        #expect(Self.codes(Prestatieregels.tr389, basis.geval(context: staand)) == ["TR389"])
        var stand = Declaratiestand()
        stand.keurGoed(Self.met(p, referentie: "CR-D-1", vorig: .some("D-1")), staand)
        #expect(Self.codes(Prestatieregels.tr389, basis.geval(context: staand, stand: stand)).isEmpty)
    }

    @Test("TR338 en TR384: zonder (huidige) toewijzing van deze aanbieder wordt niets anders beoordeeld")
    func toewijzingGates() throws {
        let basis = try Basis()
        let andere = Self.met(basis.prestatie, toewijzingNummer: 99_999_999, volume: 999_999)
        #expect(Self.codes(Prestatieregels.tr338, basis.geval(andere)) == ["TR338"])
        #expect(Prestatieregels.controleer(basis.geval(andere)).afwijzingen.map(\.regel) == ["TR338"])
        let verwijderd = basis.toewijzing(reden: .some(RedenWijziging(rawValue: "13")))
        let geval = basis.geval(
            Self.met(basis.prestatie, volume: 999_999), context: basis.context(toewijzing: verwijderd))
        #expect(Self.codes(Prestatieregels.tr384, geval) == ["TR384"])
        #expect(Prestatieregels.controleer(geval).afwijzingen.map(\.regel) == ["TR384"])
    }

    @Test("TR339, TR340, TR381, TR341: product en eenheid passen bij toewijzing en productcodelijst")
    func productRules() throws {
        let basis = try Basis()
        let p = basis.prestatie
        #expect(Self.codes(Prestatieregels.tr339, basis.geval(Self.met(p, categorie: "99"))) == ["TR339"])
        #expect(Self.codes(Prestatieregels.tr340, basis.geval(Self.met(p, code: "99X99"))) == ["TR340"])
        #expect(Self.codes(Prestatieregels.tr381, basis.geval(Self.met(p, code: "99X99"))) == ["TR381"])
        let andereEenheid: Eenheid = p.eenheid == .etmaal ? .dagdeel : .etmaal
        #expect(Self.codes(Prestatieregels.tr341, basis.geval(Self.met(p, eenheid: andereEenheid))) == ["TR341"])
    }

    @Test("TR307, TR308, TR319, TR387, TR388: de productperiode past bij toewijzing, declaratieperiode en maand")
    func periodRules() throws {
        let basis = try Basis()
        let p = basis.prestatie
        let ingang = basis.toewijzing.ingangsdatum
        let voorIngang = Periode(begindatum: ingang.plus(dagen: -1), einddatum: ingang.plus(dagen: -1).laatsteVanMaand)
        #expect(Self.codes(Prestatieregels.tr307, basis.geval(Self.met(p, periode: voorIngang))) == ["TR307"])
        let kort = basis.context(
            toewijzing: basis.toewijzing(einddatum: .some(p.productPeriode.einddatum.plus(dagen: -1))))
        #expect(Self.codes(Prestatieregels.tr308, basis.geval(context: kort)) == ["TR308"])
        let declaratieEinde = basis.bericht.declaratie.declaratiePeriode.einddatum
        let volgende = Periode(
            begindatum: declaratieEinde.plus(dagen: 1), einddatum: declaratieEinde.plus(dagen: 1).laatsteVanMaand)
        #expect(Self.codes(Prestatieregels.tr319, basis.geval(Self.met(p, periode: volgende))) == ["TR319"])
        let laat = Periode(
            begindatum: p.productPeriode.begindatum.plus(dagen: 1), einddatum: p.productPeriode.einddatum)
        #expect(Self.codes(Prestatieregels.tr387, basis.geval(Self.met(p, periode: laat))) == ["TR387"])
        let vroeg = Periode(
            begindatum: p.productPeriode.begindatum, einddatum: p.productPeriode.einddatum.plus(dagen: -1))
        #expect(Self.codes(Prestatieregels.tr388, basis.geval(Self.met(p, periode: vroeg))) == ["TR388"])
    }

    @Test("TR369, TR321, TR322: budget, volume per productperiode en over de looptijd")
    func volumeRules() throws {
        let basis = try Basis()
        let p = basis.prestatie
        let krap = basis.context(toewijzing: basis.toewijzing(budget: .some(p.ingediendBedrag.bedrag - 1)))
        #expect(Self.codes(Prestatieregels.tr369, basis.geval(context: krap)) == ["TR369"])
        #expect(
            Self.codes(
                Prestatieregels.tr369,
                basis.geval(
                    context: basis.context(toewijzing: basis.toewijzing(budget: .some(p.ingediendBedrag.bedrag))))
            ).isEmpty)
        let omvang = try #require(basis.toewijzing.omvang)
        let totaal = basis.context(
            toewijzing: basis.toewijzing(
                omvang: .some(Omvang(volume: p.geleverdVolume, eenheid: omvang.eenheid, frequentie: .totaal))))
        #expect(Self.codes(Prestatieregels.tr322, basis.geval(context: totaal)).isEmpty)
        #expect(Self.codes(Prestatieregels.tr321, basis.geval(Self.met(p, volume: 999_999))) == ["TR321"])
        let eerder = Toewijzingsverbruik(periode: nil, eenheid: p.eenheid, volume: 1, bedrag: 1, debets: 1)
        let metEerder = basis.context(
            toewijzing: basis.toewijzing(
                omvang: .some(Omvang(volume: p.geleverdVolume, eenheid: omvang.eenheid, frequentie: .totaal))),
            verbruik: [p.toewijzingNummer: [eerder]])
        #expect(Self.codes(Prestatieregels.tr322, basis.geval(context: metEerder)) == ["TR322"])
    }

    @Test("TR418 en TR346: contracttarief en bedrag = volume × tarief")
    func tariffRules() throws {
        let basis = try Basis()
        let p = basis.prestatie
        let tarief = try #require(p.productTarief)
        #expect(Self.codes(Prestatieregels.tr418, basis.geval(Self.met(p, tarief: .some(tarief + 1)))) == ["TR418"])
        let bedrag = BedragMetDC(getekend: p.ingediendBedrag.getekend + 1)
        #expect(Self.codes(Prestatieregels.tr346, basis.geval(Self.met(p, bedrag: bedrag))) == ["TR346"])
    }

    @Test("TR333, TR318, TR304: declaratie en cliënt")
    func declaratieAndClientRules() throws {
        let basis = try Basis()
        let gebruikt = Declaratiecontext(wet: .jeugdwet, declaratieNummerGebruikt: true)
        #expect(Declaratieregels.tr333.controleer(basis.bericht, gebruikt).map(\.regel) == ["TR333"])
        #expect(Declaratieregels.tr333.controleer(basis.bericht, basis.context()).isEmpty)
        let later = Declaratiecontext(
            wet: .jeugdwet,
            laatsteDeclaratieperiode: basis.bericht.declaratie.declaratiePeriode.begindatum.plus(dagen: 40))
        #expect(Declaratieregels.tr318.controleer(basis.bericht, later).map(\.regel) == ["TR318"])
        #expect(Declaratieregels.tr318.controleer(basis.bericht, basis.context()).isEmpty)
        let client = basis.bericht.clienten[0]
        #expect(Declaratieregels.tr304.controleer(client, index: 0, basis.bericht, basis.context()).isEmpty)
        let t = basis.toewijzing
        let ander = OpgeslagenToewijzing(
            berichtID: t.berichtID, aanbieder: t.aanbieder, bsn: "111222333", nummer: t.nummer,
            referentieAanbieder: nil,
            product: t.product, toewijzingsdatum: t.toewijzingsdatum, toewijzingstijdMs: 0,
            ingangsdatum: t.ingangsdatum,
            einddatum: t.einddatum, redenWijziging: nil, omvang: t.omvang, budget: t.budget)
        #expect(
            Declaratieregels.tr304.controleer(client, index: 0, basis.bericht, basis.context(toewijzing: ander)).map(
                \.regel) == ["TR304"])
    }
}
