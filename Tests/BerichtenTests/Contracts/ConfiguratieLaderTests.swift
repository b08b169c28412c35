import Berichten
import Foundation
import Testing

/// Loading the region configuration: the bundled example, a small valid fixture, and a
/// broken fixture per area whose problems must come out exactly, with file and line.
@Suite("Regioconfiguratie laden")
struct ConfiguratieLaderTests {
    static let voorbeeld = TestOmgeving.root + "/config/regio.toml"
    static let fixtures = TestOmgeving.fixtures + "/config"

    static func datum(_ tekst: String) throws -> Datum { try #require(Datum(tekst)) }

    static func laad(_ pad: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Regioconfiguratie {
        let resultaat = ConfiguratieLader.laad(pad: pad)
        #expect(resultaat.problemen.map(\.description) == [], sourceLocation: sourceLocation)
        return try #require(resultaat.configuratie, sourceLocation: sourceLocation)
    }

    // MARK: - The bundled example

    @Test("config/regio.toml laadt zonder problemen")
    func bundledConfigLoads() throws {
        let regio = try Self.laad(Self.voorbeeld)
        #expect(regio.naam == "Regio Lekstroom (voorbeeld)")
        #expect(regio.gemeenten.count == 8)
        #expect(regio.segmenten.count == 10)
        #expect(regio.aanbieders.count == 7)
        #expect(regio.contracten.count == 8)
        #expect(regio.lokaleRegels.count == 5)
        #expect(regio.instelling(lokaleRegel: "BD005") == LokaleRegelInstelling(actie: .uit, retourCode: nil))
        #expect(
            regio.instelling(lokaleRegel: "BD003")
                == LokaleRegelInstelling(actie: .afwijzen, retourCode: RetourCode("S329")))
    }

    @Test("feiten uit config/regio.toml: segment, contracttarief, overgang en CBS-codes")
    func bundledConfigFacts() throws {
        let regio = try Self.laad(Self.voorbeeld)
        #expect(regio.segment(wet: .jeugdwet, productCode: "45A07")?.code == "JW-AMBBEG")
        #expect(regio.segment(wet: .wmo, productCode: "01A01")?.code == "WMO-HH")
        #expect(regio.product(wet: .jeugdwet, code: "45A60")?.eenheid == .euro)
        let tarief = regio.contractTarief(
            wet: .jeugdwet, productCode: "45A07", eenheid: .uur, aanbieder: "41000001", gemeente: "0356",
            op: try Self.datum("2026-09-15"))
        #expect(tarief?.centPerEenheid == 7250)
        let status = regio.contractstatus(
            aanbieder: "41000003", segment: "JW-AMBBEG", gemeente: "0356", op: try Self.datum("2026-06-01"))
        guard case .overgang(let contract) = status else {
            Issue.record("verwacht overgang, gevonden \(status)")
            return
        }
        #expect(contract.aanbieder == "41000003")
        let juni2022 = try Self.datum("2022-06-01"), januari2024 = try Self.datum("2024-01-01")
        #expect(regio.gemeentecodeGeldig("0501", van: juni2022, tot: juni2022))
        #expect(!regio.gemeentecodeGeldig("0501", van: januari2024, tot: januari2024))
    }

    // MARK: - A small valid fixture

    @Test("kleine geldige configuratie: CRLF, lege regel, ';' tussen aanhalingstekens, meest specifieke tarief")
    func smallValidConfig() throws {
        let regio = try Self.laad(Self.fixtures + "/basis/regio.toml")
        #expect(regio.gemeentecodes.count == 3)
        #expect(regio.product(wet: .wmo, code: "06A01")?.omschrijving == "Lumpsum; taakgericht")
        #expect(regio.segment("JW-AMB")?.gemeenten == ["0321", "0356"])
        #expect(regio.contracten.map(\.gemeenten) == [nil, ["0321"]])
        #expect(regio.plafonds.first?.signaalProcent == 90)
        #expect(regio.instelling(lokaleRegel: "BD001").actie == .signaleren)
        #expect(regio.instelling(lokaleRegel: "BD004").actie == .uit)

        let dag = try Self.datum("2026-03-01")
        func tarief(_ aanbieder: String, _ gemeente: String) -> Int64? {
            regio.contractTarief(
                wet: .jeugdwet, productCode: "45A01", eenheid: .uur, aanbieder: aanbieder, gemeente: gemeente, op: dag)?
                .centPerEenheid
        }
        #expect(tarief("41000002", "0321") == 7200)
        #expect(tarief("41000002", "0356") == 7150)
        #expect(tarief("41000001", "0356") == 7100)
        #expect(
            regio.contractstatus(aanbieder: "41000001", segment: "JW-AMB", gemeente: "0321", op: dag) != .geenContract)
        #expect(regio.gemeentecodeGeldig("0501", van: try Self.datum("2022-12-31"), tot: try Self.datum("2022-12-31")))
    }

    // MARK: - Broken fixtures

    /// Every problem of a broken fixture as `config check` prints it, paths relative to `Fixtures/config/`.
    static let verwachtingen: [String: [String]] = [
        "syntaxfout.toml": [
            "syntaxfout.toml:3: TOML-syntaxfout (kolom 18): Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited"
        ],
        "regio-en-topniveau.toml": [
            "regio-en-topniveau.toml:2: [regio]: verplichte sleutel 'naam' ontbreekt",
            "regio-en-topniveau.toml:3: [regio]: onbekende sleutel 'omschrijving' (toegestaan: naam, producten, tarieven, gemeentecodes)",
            "regio-en-topniveau.toml:6: [regio]: gemeentecodes: bestand '\(fixtures)/bestaat-niet.csv' bestaat niet of is niet leesbaar",
            "regio-en-topniveau.toml:34: onbekende sleutel 'aanbieders' (bedoeld: 'aanbieder'?) (toegestaan: [regio], [[gemeente]], [[segment]], [[aanbieder]], [[contract]], [[plafond]], [lokale_regels])",
            "regio-en-topniveau.toml:43: 'plafond' moet een lijst van tabellen zijn: schrijf [[plafond]], niet [plafond] of plafond = …",
        ],
        "gemeenten-segmenten.toml": [
            "gemeenten-segmenten.toml:13: gemeente 2 (356): code '356' is geen CBS-gemeentecode van 4 cijfers (met voorloopnullen)",
            "gemeenten-segmenten.toml:17: gemeente 3 (0321): code 0321 staat al bij gemeente 1 (0321)",
            "gemeenten-segmenten.toml:21: gemeente 4 (0999): code 0999 staat niet in de CBS-tabel gemeentecodes.csv",
            "gemeenten-segmenten.toml:24: gemeente 5 (0356): verplichte sleutel 'naam' ontbreekt",
            "gemeenten-segmenten.toml:43: segment 3 (JW-FOUT): wet 'jeugd' is onbekend (jeugdwet of wmo)",
            "gemeenten-segmenten.toml:45: segment 3 (JW-FOUT): bekostiging 'lumpsum' is onbekend (inspanningsgericht, outputgericht of taakgericht)",
            "gemeenten-segmenten.toml:46: segment 3 (JW-FOUT): gemeente '0123' hoort niet bij de regio (geen [[gemeente]] met die code)",
            "gemeenten-segmenten.toml:48: segment 4 (JW-AMB): verplichte sleutel 'gemeenten' ontbreekt",
            "gemeenten-segmenten.toml:49: segment 4 (JW-AMB): code JW-AMB staat al bij segment 1 (JW-AMB)",
            "gemeenten-segmenten.toml:53: segment 4 (JW-AMB): onbekende sleutel 'gemeentes' (bedoeld: 'gemeenten'?) (toegestaan: code, wet, naam, bekostiging, gemeenten, wachtnorm_weken, wachtnorm_lang_weken)",
            "gemeenten-segmenten.toml:60: aanbieder 2 (4100002): agb '4100002' moet precies 8 cijfers zijn",
            "gemeenten-segmenten.toml:64: aanbieder 3 (41000001): AGB-code 41000001 staat al bij aanbieder 1 (41000001)",
            "gemeenten-segmenten.toml:78: segment 5 (JW-NORM): wachtnorm_weken 0 moet tussen 1 en 104 weken liggen",
            "gemeenten-segmenten.toml:87: segment 6 (JW-NORM2): wachtnorm_lang_weken 5 ligt onder wachtnorm_weken 6",
        ],
        "contracten.toml": [
            "contracten.toml:44: contract 2 (aanbieder 41000099): aanbieder '41000099' bestaat niet (geen [[aanbieder]] met die AGB-code)",
            "contracten.toml:52: contract 3 (aanbieder 41000003): segment 'JW-XYZ' bestaat niet",
            "contracten.toml:61: contract 4 (aanbieder 41000001): einddatum 2024-12-31 ligt vóór ingangsdatum 2025-01-01",
            "contracten.toml:62: contract 4 (aanbieder 41000001): onbekende sleutel 'einddatun' (bedoeld: 'einddatum'?) (toegestaan: aanbieder, segmenten, gemeenten, ingangsdatum, einddatum, overgang)",
            "contracten.toml:69: contract 5 (aanbieder 41000003): overgang: de overgang begint op 2025-07-01 en moet na de contractperiode liggen (einddatum 2025-12-31)",
            "contracten.toml:75: contract 6 (aanbieder 41000003): overgang: een overgangsperiode volgt op het einde van het contract, maar het contract heeft geen einddatum",
            "contracten.toml:80: contract 7 (aanbieder 41000001): gemeente 0356 neemt aan geen van de segmenten van dit contract deel (WMO-LUMP)",
            "contracten.toml:81: contract 7 (aanbieder 41000001): 'ingangsdatum' moet een datum zijn (JJJJ-MM-DD, zonder aanhalingstekens), niet een tekst",
            "contracten.toml:83: contract 8 (aanbieder 41000001): verplichte sleutel 'ingangsdatum' ontbreekt",
            "contracten.toml:87: contract 8 (aanbieder 41000001): overgang: onbekende sleutel 'vanaf' (bedoeld: 'van'?) (toegestaan: van, tot)",
            "contracten.toml:87: contract 8 (aanbieder 41000001): overgang: tot 2026-01-01 ligt vóór van 2026-06-30",
        ],
        "plafonds.toml": [
            "plafonds.toml:57: plafond 2 (JW-XYZ 2026): segment 'JW-XYZ' bestaat niet",
            "plafonds.toml:60: plafond 2 (JW-XYZ 2026): signaal_procent 120 moet tussen 1 en 100 liggen",
            "plafonds.toml:65: plafond 3 (WMO-LUMP 2026): gemeente 0356 neemt niet deel aan segment WMO-LUMP",
            "plafonds.toml:66: plafond 3 (WMO-LUMP 2026): bedrag_cent moet groter dan 0 zijn (gevonden: 0)",
            "plafonds.toml:72: plafond 4 (JW-AMB 2026): aanbieder 41000002 heeft in 2026 geen contract (of overgang) voor segment JW-AMB",
            "plafonds.toml:74: plafond 5 (JW-AMB 2026): dubbel plafond: plafond 1 (JW-AMB 2026) heeft hetzelfde segment, jaar, gemeente en aanbieder",
            "plafonds.toml:82: plafond 6 (JW-AMB): 'jaar' moet een geheel getal zijn, niet een tekst",
            "plafonds.toml:84: plafond 6 (JW-AMB): gemeente '0999' hoort niet bij de regio (geen [[gemeente]] met die code)",
            "plafonds.toml:85: plafond 6 (JW-AMB): signaal_procent 0 moet tussen 1 en 100 liggen",
        ],
        "lokale-regels.toml": [
            "lokale-regels.toml:51: lokale regel BD001: actie 'weigeren' is onbekend (signaleren, afwijzen of uit)",
            "lokale-regels.toml:55: lokale regel BD002: retourcode hoort alleen bij actie 'afwijzen' (actie is 'signaleren')",
            "lokale-regels.toml:58: lokale regel BD003: actie 'afwijzen' vraagt een retourcode (een WJ001-code, bijv. S329)",
            "lokale-regels.toml:62: lokale regel BD004: retourcode 'S32' moet een WJ001-code van 4 tekens zijn",
            "lokale-regels.toml:64: onbekende lokale regel 'BD006' (bekend: BD001, BD002, BD003, BD004, BD005)",
            "lokale-regels.toml:68: lokale regel BD005: BD005 kan niet afwijzen: een ontbrekende start zorg mag nooit "
                + "een voorwaarde zijn voor een declaratie (OP364); kies signaleren of uit",
        ],
        "lokale-regels-inline.toml": [
            "lokale-regels-inline.toml:51: lokale regel BD001: retourcode 'X999' staat niet in WJ001 (release 3.2)",
            "lokale-regels-inline.toml:52: lokale regel BD002: retourcode 0200 wijst niets af: kies een afwijzende WJ001-code",
            "lokale-regels-inline.toml:53: lokale regel BD003: onbekende sleutel 'toelichting' (toegestaan: actie, retourcode)",
            "lokale-regels-inline.toml:54: onbekende lokale regel 'BD04' (bedoeld: 'BD004'?) (bekend: BD001, BD002, BD003, BD004, BD005)",
        ],
        "csv-fouten.toml": [
            "csv/producten.csv:4: wet 'jeugd' is onbekend (jeugdwet of wmo)",
            "csv/producten.csv:5: categorie '4' moet 2 cijfers zijn",
            "csv/producten.csv:6: categorie 39 bestaat niet voor de Jeugdwet (JZ020: 31–38, 40–55)",
            "csv/producten.csv:7: code '45A0123' moet 1 tot 5 tekens zijn",
            "csv/producten.csv:8: code 46A02 begint niet met de categorie 45",
            "csv/producten.csv:9: segment 'JW-XYZ' bestaat niet in csv-fouten.toml",
            "csv/producten.csv:10: wet wmo past niet bij segment JW-AMB (jeugdwet)",
            "csv/producten.csv:11: eenheid '05' is geen WJ756-code (01, 04, 14, 16, 82, 83, 84)",
            "csv/producten.csv:12: product 45A01 (jeugdwet) staat al op regel 2",
            "csv/producten.csv:13: 5 velden, verwacht 6 (wet;categorie;code;omschrijving;segment;eenheid)",
            "csv/producten.csv:14: omschrijving is leeg",
            "csv/producten.csv:15: product 45A02 (segment JW-AMB, inspanningsgericht) heeft geen tarief in tarieven.csv",
            "csv/tarieven.csv:3: tarief voor 45A01 (2025-06-01 t/m doorlopend) overlapt met regel 2 (2025-01-01 t/m 2025-12-31): zelfde wet, productcode, eenheid, aanbieder en gemeente",
            "csv/tarieven.csv:4: product 45A99 (jeugdwet) staat niet in producten.csv",
            "csv/tarieven.csv:5: eenheid 01 (minuut) wijkt af van de eenheid van product 45A01: 04 (uur)",
            "csv/tarieven.csv:6: product 06A01 hoort bij het taakgerichte segment WMO-LUMP en mag geen tarief hebben (er wordt niet per cliënt gedeclareerd)",
            "csv/tarieven.csv:7: tarief_cent '72,50' moet een geheel, niet-negatief aantal eurocenten zijn",
            "csv/tarieven.csv:8: ingangsdatum '2025-13-01' is geen datum (JJJJ-MM-DD)",
            "csv/tarieven.csv:9: einddatum 2025-06-30 ligt vóór ingangsdatum 2025-07-01",
            "csv/tarieven.csv:10: ingangsdatum 2025-01-15 valt niet op de 1e van een maand (tarieven wijzigen per maand)",
            "csv/tarieven.csv:11: einddatum 2025-06-15 is niet de laatste dag van een maand (tarieven wijzigen per maand)",
            "csv/tarieven.csv:12: aanbieder '41000099' bestaat niet (geen [[aanbieder]] in csv-fouten.toml)",
            "csv/tarieven.csv:13: gemeente '0999' hoort niet bij de regio (geen [[gemeente]] in csv-fouten.toml)",
            "csv/tarieven.csv:14: tarief_cent '-100' moet een geheel, niet-negatief aantal eurocenten zijn",
            "csv/gemeentecodes.csv:4: code '321' is geen CBS-gemeentecode van 4 cijfers (met voorloopnullen)",
            "csv/gemeentecodes.csv:5: naam is leeg",
            "csv/gemeentecodes.csv:6: ingangsdatum '01-01-1900' is geen datum (JJJJ-MM-DD)",
            "csv/gemeentecodes.csv:7: code 0321 staat al op regel 2 met een geldigheid die hiermee overlapt",
            "csv/gemeentecodes.csv:8: einddatum 2019-12-31 ligt vóór ingangsdatum 2020-01-01",
        ],
        "toml-vormen.toml": [
            "toml-vormen.toml:47: contract 1 (aanbieder 41000001): segment 'JW-XYZ' bestaat niet",
            "toml-vormen.toml:56: contract 2 (aanbieder 41000002): gemeente 0356 neemt aan geen van de segmenten van dit contract deel (WMO-LUMP)",
        ],
        "csv-kop.toml": [
            "csv-kop/producten.csv:1: kolom 'eenheid' ontbreekt in de kopregel (verwacht: wet;categorie;code;omschrijving;segment;eenheid)",
            "csv-kop/producten.csv:1: onbekende kolom 'eenhied' (bedoeld: 'eenheid'?)",
            "csv-kop/tarieven.csv: geen geldige UTF-8",
            "csv-kop/gemeentecodes.csv: leeg bestand: de kopregel (code;naam;ingangsdatum;einddatum) ontbreekt",
        ],
    ]

    @Test(
        "een kapotte configuratie geeft precies de verwachte problemen, met bestand en regel",
        arguments: verwachtingen.keys.sorted())
    func brokenConfigGivesExpectedProblems(_ fixture: String) throws {
        let resultaat = ConfiguratieLader.laad(pad: Self.fixtures + "/" + fixture)
        guard case .ongeldig(let problemen) = resultaat else {
            Issue.record("\(fixture): verwacht ongeldig, gevonden \(resultaat)")
            return
        }
        let relatief = problemen.map { probleem in
            var tekst = probleem.description
            if tekst.hasPrefix(Self.fixtures + "/") { tekst.removeFirst(Self.fixtures.count + 1) }
            return tekst
        }
        #expect(relatief == Self.verwachtingen[fixture])
    }

    @Test("elke kapotte fixture in Fixtures/config/ heeft een verwachting")
    func everyBrokenFixtureIsChecked() throws {
        let bestanden = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures).filter {
            $0.hasSuffix(".toml")
        }
        #expect(Set(bestanden) == Set(Self.verwachtingen.keys))
    }

    // MARK: - Unreadable files

    @Test("een ontbrekend bestand of een map is onleesbaar (exitcode 2), geen lijst problemen")
    func unreadableFile() {
        for pad in [Self.fixtures + "/bestaat-niet.toml", Self.fixtures] {
            let resultaat = ConfiguratieLader.laad(pad: pad)
            guard case .onleesbaar(let probleem) = resultaat else {
                Issue.record("\(pad): verwacht onleesbaar, gevonden \(resultaat)")
                continue
            }
            #expect(probleem.bestand == pad)
            #expect(probleem.regel == nil)
        }
    }

    @Test("een probleem wordt geschreven als bestand:regel: melding")
    func problemDescription() {
        #expect(Configuratieprobleem(bestand: "a.toml", regel: 3, melding: "fout").description == "a.toml:3: fout")
        #expect(Configuratieprobleem(bestand: "a.csv", regel: nil, melding: "leeg").description == "a.csv: leeg")
    }
}
