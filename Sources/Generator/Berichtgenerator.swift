package import Berichten
import Foundation

/// Writes realistic, valid iJw/iWmo 3.2 messages for a region: a 301 per client and, per
/// month, the 323s its aanbieders send, with a chosen share of deliberately wrong prestaties.
/// Everything follows from the seed: the same order and seed give the same bytes.
///
/// Output layout: `301/NNNNNN-jw301-<gemeente>-<agb>.xml`,
/// `323/<jjjj-mm>/NNNN-jw323-<agb>-<gemeente>-<jjjj-mm>.xml`, `verwachting.tsv` (the faults)
/// and `samenvatting.txt`; with `startStop` also `305/NNNNNN-jw305-<gemeente>-<agb>.xml` and
/// `307/…`. The files' modification times follow the processing order (301s and 305s first,
/// then month by month, 307s last), as `berichtd process` takes the oldest file first.
package struct Berichtgenerator: Sendable {
    package let config: Regioconfiguratie
    package let opdracht: Generatieopdracht
    /// The XsdVersie written in the headers (our XSDs: 1.0.0 / 1.0.0).
    package var xsdVersie = XsdVersie(basisschema: "1.0.0", bericht: "1.0.0")
    let aanbod: [Aanbod]

    package init(config: Regioconfiguratie, opdracht: Generatieopdracht) throws(Generatiefout) {
        guard opdracht.clienten >= 1 else { throw Generatiefout("het aantal cliënten moet minstens 1 zijn") }
        guard opdracht.maanden >= 1 else { throw Generatiefout("het aantal maanden moet minstens 1 zijn") }
        guard (0...1).contains(opdracht.foutaandeel) else { throw Generatiefout("het foutaandeel ligt tussen 0 en 1") }
        guard opdracht.maxProductenPerClient >= 1 else { throw Generatiefout("minstens één product per cliënt") }
        if let limiet = opdracht.prestatiesPerBestand, limiet < 1 {
            throw Generatiefout("het aantal prestaties per bestand moet minstens 1 zijn")
        }
        if let limiet = opdracht.maxBytesPerBestand, limiet < 16_384 {
            throw Generatiefout("de bestandsgrootte moet minstens 16 kB zijn")
        }
        self.config = config
        self.opdracht = opdracht
        aanbod = Regioaanbod.bepaal(config, opdracht)
        if aanbod.isEmpty {
            throw Generatiefout(
                "geen aanbieder is gecontracteerd voor een product met een tarief in de gekozen "
                    + "gemeenten, wetten en maanden (\(opdracht.eersteMaand.plus(-1)) t/m \(opdracht.eersteMaand.plus(opdracht.maanden - 1)))"
            )
        }
    }

    /// Writes everything into `map`, which must be empty or not exist yet.
    package func schrijf(naar map: String) throws -> Generatieverslag {
        let root = map.hasSuffix("/") ? String(map.dropLast()) : map
        let fm = FileManager.default
        if fm.fileExists(atPath: root), !(try fm.contentsOfDirectory(atPath: root)).isEmpty {
            throw Generatiefout("de uitvoermap \(root) is niet leeg")
        }
        try fm.createDirectory(atPath: root + "/301", withIntermediateDirectories: true)
        let start = Date(timeIntervalSince1970: Double(opdracht.eersteMaand.eersteDag.dagnummer) * 86_400)

        var random = SplitMix64(seed: opdracht.seed)
        var verslag = Generatieverslag()
        let (clienten, personen) = try schrijfToewijzingen(root, start, &random, &verslag)
        if opdracht.startStop {
            try schrijfStarts(clienten, personen, root, start.addingTimeInterval(1800), &verslag)
        }
        var teller = Teller()
        for index in 0..<opdracht.maanden {
            try schrijfDeclaraties(
                maand: index, clienten, root, start.addingTimeInterval(Double(index + 1) * 3600), &random, &teller,
                &verslag)
        }
        if opdracht.startStop {
            try schrijfStops(
                clienten, personen, root, start.addingTimeInterval(Double(opdracht.maanden + 1) * 3600), &verslag)
        }
        try Data(verslag.verwachting.utf8).write(to: URL(fileURLWithPath: root + "/verwachting.tsv"))
        try Data(verslag.samenvatting.utf8).write(to: URL(fileURLWithPath: root + "/samenvatting.txt"))
        return verslag
    }

    // MARK: - 301

    private func schrijfToewijzingen(
        _ root: String, _ tijd: Date, _ random: inout SplitMix64, _ verslag: inout Generatieverslag
    ) throws -> ([Clientplan], [Persoonsgegevens]) {
        var bsns = BSNReeks()
        var personen: [Persoonsgegevens] = []
        var toewijzingNummer: Int64 = 10_000_000
        var berichtNummer: [String: Int] = [:]
        var clienten: [Clientplan] = []
        clienten.reserveCapacity(opdracht.clienten)
        let laatste = opdracht.eersteMaand.plus(opdracht.maanden - 1)
        for index in 0..<opdracht.clienten {
            let a = random.getal(0...(aanbod.count - 1))
            let aanbod = aanbod[a]
            let startMaand = opdracht.maanden > 1 && random.kans(0.15) ? random.getal(1...(opdracht.maanden - 1)) : 0
            let ingang = opdracht.eersteMaand.plus(startMaand).eersteDag
            let eind = laatste.plus(random.getal(6...12)).laatsteDag
            let aantal = random.getal(1...min(opdracht.maxProductenPerClient, aanbod.producten.count))
            let gekozen = random.kies(aantal, uit: Array(aanbod.producten.indices)).sorted()
            let toewijzingen = gekozen.map { p -> Toewijzingsplan in
                toewijzingNummer += 1
                let (definitie, profiel) = aanbod.producten[p]
                return Toewijzingsplan(
                    nummer: toewijzingNummer, product: definitie, profiel: profiel,
                    volume: random.getal(profiel.volumes),
                    ingangsdatum: ingang, einddatum: eind, inMinuten: profiel.eenheid == .uur && random.kans(0.25))
            }
            let plan = Clientplan(bsn: bsns.volgende(), aanbod: a, startMaand: startMaand, toewijzingen: toewijzingen)
            let jeugd = aanbod.wet == .jeugdwet
            let persoon = Persoonsgegevens.maak(
                gemeente: aanbod.gemeente, leeftijden: jeugd ? 3...17 : 25...94, peildatum: ingang, &random)
            let ouder =
                jeugd
                ? Persoonsgegevens.maak(
                    gemeente: aanbod.gemeente, leeftijden: 28...55, peildatum: ingang,
                    achternaam: (persoon.voorvoegsel, persoon.achternaam), &random)
                : nil
            let toewijzingsdatum = ingang.plus(dagen: -random.getal(3...20))
            let nummer = berichtNummer[aanbod.gemeente.code, default: 0] + 1
            berichtNummer[aanbod.gemeente.code] = nummer
            let kop = Toewijzingschrijver.Kop(
                identificatie: "T" + String(nummer, nullen: 11), dagtekening: toewijzingsdatum,
                toewijzingsdatum: toewijzingsdatum,
                toewijzingstijd: String(random.getal(8...17), nullen: 2) + ":" + String(random.getal(0...59), nullen: 2)
                    + ":"
                    + String(random.getal(0...59), nullen: 2))
            let bytes = Toewijzingschrijver.schrijf(
                plan, aanbod: aanbod, kop: kop, persoon: persoon, ouder: ouder, xsdVersie: xsdVersie)
            let pad =
                "301/\(String(index + 1, nullen: 6))-\(BerichtSoort(aanbod.wet.standaard, .toewijzing).kortenaam)-"
                + "\(aanbod.gemeente.code)-\(aanbod.aanbieder.agb).xml"
            try Self.schrijfBestand(bytes, root + "/" + pad, tijd)
            verslag.toewijzingbestanden.append(pad)
            verslag.bytes301 += bytes.count
            verslag.toegewezenProducten += toewijzingen.count
            verslag.laatsteDagtekening = max(verslag.laatsteDagtekening ?? toewijzingsdatum, toewijzingsdatum)
            clienten.append(plan)
            if opdracht.startStop { personen.append(persoon) }
        }
        verslag.clienten = clienten.count
        return (clienten, personen)
    }

    // MARK: - 323

    /// Counters that run over all months: ReferentieNummers, message numbers per aanbieder and
    /// the running fault share.
    private struct Teller {
        var referentie = 0
        var berichten: [String: Int] = [:]
        var fout = 0.0
    }

    private func schrijfDeclaraties(
        maand index: Int, _ clienten: [Clientplan], _ root: String, _ tijd: Date, _ random: inout SplitMix64,
        _ teller: inout Teller, _ verslag: inout Generatieverslag
    ) throws {
        let maand = opdracht.eersteMaand.plus(index)
        let map = "323/\(maand)"
        try FileManager.default.createDirectory(atPath: root + "/" + map, withIntermediateDirectories: true)
        var perAanbod = [[Int]](repeating: [], count: aanbod.count)
        for (c, client) in clienten.enumerated() where client.startMaand <= index { perAanbod[client.aanbod].append(c) }
        var bestandNummer = 0
        for (a, aanbod) in aanbod.enumerated() where !perAanbod[a].isEmpty {
            var schrijver = Declaratieschrijver(wet: aanbod.wet)
            var fouten: [(String, String, Foutsoort)] = []
            func sluit(_ random: inout SplitMix64) throws {
                bestandNummer += 1
                let nummer = teller.berichten[aanbod.aanbieder.agb, default: 0] + 1
                teller.berichten[aanbod.aanbieder.agb] = nummer
                let dagtekening = maand.plus(1).eersteDag.plus(dagen: random.getal(1...5))
                let bytes = schrijver.bericht(
                    Declaratieschrijver.Kop(
                        afzender: aanbod.aanbieder.agb, ontvanger: aanbod.gemeente.code,
                        identificatie: "D" + String(nummer, nullen: 11),
                        dagtekening: dagtekening, declaratieNummer: "DN" + String(nummer, nullen: 10),
                        periode: maand.periode,
                        xsdVersie: xsdVersie))
                let pad =
                    "\(map)/\(String(bestandNummer, nullen: 4))-\(schrijver.soort.kortenaam)-\(aanbod.aanbieder.agb)-"
                    + "\(aanbod.gemeente.code)-\(maand).xml"
                try Self.schrijfBestand(bytes, root + "/" + pad, tijd)
                verslag.declaratiebestanden.append(
                    .init(
                        pad: pad, maand: maand, prestaties: schrijver.aantalPrestaties, foutief: fouten.count,
                        bytes: bytes.count))
                verslag.verwachteFouten += fouten.map {
                    .init(bestand: pad, referentieNummer: $0.0, bsn: $0.1, soort: $0.2)
                }
                verslag.laatsteDagtekening = max(verslag.laatsteDagtekening ?? dagtekening, dagtekening)
                schrijver = Declaratieschrijver(wet: aanbod.wet)
                fouten = []
            }
            for c in perAanbod[a] {
                let client = clienten[c]
                let prestaties = client.toewijzingen.map { prestatie($0, client, aanbod, maand, &random, &teller) }
                let declaratieClient = GegenereerdeDeclaratieClient(bsn: client.bsn, prestaties: prestaties)
                let regels = schrijver.regels(declaratieClient)
                if !schrijver.isLeeg {
                    let teVeel =
                        opdracht.prestatiesPerBestand.map { schrijver.aantalPrestaties + prestaties.count > $0 }
                        ?? false
                    let teGroot =
                        opdracht.maxBytesPerBestand.map { schrijver.geschatteGrootte + regels.count > $0 } ?? false
                    if teVeel || teGroot { try sluit(&random) }
                }
                schrijver.voegToe(declaratieClient, regels)
                fouten += prestaties.compactMap { p in p.fout.map { (p.referentieNummer, client.bsn, $0) } }
            }
            try sluit(&random)
        }
    }

    /// The prestatie of one toewijzing in one month, possibly with a deliberate fault.
    private func prestatie(
        _ toewijzing: Toewijzingsplan, _ client: Clientplan, _ aanbod: Aanbod, _ maand: Maand,
        _ random: inout SplitMix64,
        _ teller: inout Teller
    ) -> GegenereerdePrestatie {
        var fout: Foutsoort?
        teller.fout += opdracht.foutaandeel
        if teller.fout >= 1 - 1e-9 {
            teller.fout -= 1
            fout = random.kies(Foutsoort.allCases)
        }
        let periode = fout == .periode ? opdracht.eersteMaand.plus(client.startMaand - 1).periode : maand.periode
        let profiel = toewijzing.profiel
        let contracttarief = config.contractTarief(
            wet: aanbod.wet, productCode: toewijzing.product.code, eenheid: profiel.eenheid,
            aanbieder: aanbod.aanbieder.agb,
            gemeente: aanbod.gemeente.code, op: periode.begindatum)!.centPerEenheid
        let maximum = profiel.maximum(volume: toewijzing.volume, periode: periode)
        var volume = Int64(
            fout == .volume
                ? maximum + random.getal(1...3)
                : profiel.gewoonVolume(volume: toewijzing.volume, periode: periode, &random))
        var eenheid = profiel.eenheid
        var tarief = contracttarief
        var bedrag = contracttarief * volume
        if toewijzing.inMinuten {
            eenheid = .minuut
            volume = volume * 60 - Int64(random.getal(0...59))
            tarief = Afronding.halfOmhoog(contracttarief, gedeeldDoor: 60)
            bedrag = Afronding.halfOmhoog(contracttarief * volume, gedeeldDoor: 60)
        }
        if fout == .tarief {
            tarief += Int64(random.getal(1...250))
            bedrag = tarief * volume
        }
        teller.referentie += 1
        return GegenereerdePrestatie(
            referentieNummer: "R" + String(maand.jaar) + String(maand.maand, nullen: 2)
                + String(teller.referentie, nullen: 9),
            toewijzingNummer: toewijzing.nummer, categorie: toewijzing.product.categorie, code: toewijzing.product.code,
            periode: periode, volume: volume, eenheid: eenheid, tarief: tarief, bedrag: bedrag, fout: fout)
    }

    // MARK: - Helpers

    static func schrijfBestand(_ bytes: [UInt8], _ pad: String, _ tijd: Date) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: pad))
        try FileManager.default.setAttributes([.modificationDate: tijd], ofItemAtPath: pad)
    }
}

/// The generator cannot do what was asked.
package struct Generatiefout: Error, Sendable, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
