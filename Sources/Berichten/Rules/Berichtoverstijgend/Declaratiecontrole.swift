/// Level-3/4 rules of the 323 against the store and the region's contracts. Credits are
/// assessed before debets (OP366), so a credit and its corrected debet may share a message.
struct Declaratiecontrole {
    let config: Regioconfiguratie

    private typealias Sleutel = Declaratiebeoordeling.PrestatieSleutel

    func controleer(_ bericht: Declaratiebericht, _ opslag: Opslagtransactie) throws -> Declaratiebeoordeling {
        var beoordeling = Declaratiebeoordeling()
        let wet = bericht.soort.standaard.wet
        let declaratie = bericht.declaratie
        if try opslag.declaratieNummerGebruikt(aanbieder: bericht.aanbieder, wet: wet, nummer: declaratie.declaratieNummer) {
            beoordeling.declaratie.append(Regelcatalogus.tr333.bevinding(
                declaratie.positie.kind("DeclaratieNummer"), doel: .declaratie,
                gevonden: "DeclaratieNummer \(declaratie.declaratieNummer)",
                verwacht: "een DeclaratieNummer dat aanbieder \(bericht.aanbieder) nog niet gebruikte",
                toelichting: "Aanbieder \(bericht.aanbieder) heeft DeclaratieNummer \(declaratie.declaratieNummer) al eerder gebruikt"))
        }
        if let laatste = try opslag.laatsteDeclaratieperiode(aanbieder: bericht.aanbieder, gemeente: bericht.gemeente, wet: wet),
            declaratie.declaratiePeriode.begindatum < laatste
        {
            beoordeling.declaratie.append(Regelcatalogus.tr318.bevinding(
                declaratie.positie.kind("DeclaratiePeriode"), doel: .declaratie,
                gevonden: "declaratieperiode \(declaratie.declaratiePeriode)",
                verwacht: "de maand van \(laatste.nederlands) of later (laatst gedeclareerde periode)",
                toelichting: "De declaratieperiode ligt voor de laatst gedeclareerde periode; declareer oudere prestaties in "
                    + "een declaratie over de lopende periode"))
        }
        if !beoordeling.declaratie.isEmpty { return beoordeling }

        var stand = try Stand(bericht, opslag: opslag)
        for (c, client) in bericht.clienten.enumerated() {
            if let bevinding = try controleerBsn(bericht, c, client, &stand) { beoordeling.clienten[c] = [bevinding] }
        }
        for debetCredit in [DebetCredit.credit, .debet] {
            for (c, client) in bericht.clienten.enumerated() where beoordeling.clienten[c] == nil {
                for (p, prestatie) in client.prestaties.enumerated() where prestatie.ingediendBedrag.debetCredit == debetCredit {
                    try beoordeel(prestatie, client: c, index: p, bericht, &stand, &beoordeling)
                }
            }
        }
        return beoordeling
    }

    private func beoordeel(
        _ prestatie: Prestatie, client c: Int, index p: Int, _ bericht: Declaratiebericht, _ stand: inout Stand,
        _ beoordeling: inout Declaratiebeoordeling
    ) throws {
        let (afwijzingen, signalen) = try controleer(prestatie, .prestatie(client: c, prestatie: p), bericht, &stand)
        beoordeling.signalen += signalen
        if afwijzingen.isEmpty {
            stand.keurGoed(prestatie)
        } else {
            beoordeling.prestaties[Sleutel(client: c, prestatie: p)] = afwijzingen
            stand.referenties.insert(prestatie.referentieNummer)
        }
    }

    private func controleerBsn(_ bericht: Declaratiebericht, _ index: Int, _ client: DeclaratieClient, _ stand: inout Stand) throws -> Bevinding? {
        for prestatie in client.prestaties {
            guard let toewijzing = stand.toewijzingen[prestatie.toewijzingNummer],
                toewijzing.aanbieder == bericht.aanbieder, toewijzing.bsn != client.bsn
            else { continue }
            return Regelcatalogus.tr304.bevinding(
                client.positie.kind("Bsn"), doel: .declaratieClient(index), gevonden: "Bsn \(client.bsn)",
                verwacht: "de Bsn van de cliënt van toewijzing \(prestatie.toewijzingNummer)",
                toelichting: "Toewijzing \(prestatie.toewijzingNummer) hoort bij een andere cliënt dan Bsn \(client.bsn)")
        }
        return nil
    }

    /// All findings on one prestatie: (rejecting, signal-only).
    private func controleer(
        _ prestatie: Prestatie, _ doel: Klassedoel, _ bericht: Declaratiebericht, _ stand: inout Stand
    ) throws -> ([Bevinding], [Bevinding]) {
        var uit: [Bevinding] = []
        let positie = prestatie.positie
        let wet = stand.wet
        func voeg(_ regel: Regel, _ element: String?, _ gevonden: String, _ verwacht: String, _ toelichting: String) {
            uit.append(regel.bevinding(
                element.map { positie.kind($0) } ?? positie, doel: doel, gevonden: gevonden, verwacht: verwacht, toelichting: toelichting))
        }
        let referentie = prestatie.referentieNummer
        let eerdereReferentie = stand.opgeslagen[referentie]
        if stand.referenties.contains(referentie) || eerdereReferentie != nil {
            voeg(Regelcatalogus.tr314, "ProductReferentie/ReferentieNummer", "ReferentieNummer \(referentie)",
                 "een ReferentieNummer dat de aanbieder nog niet gebruikte",
                 "ReferentieNummer \(referentie) is al eerder gedeclareerd door aanbieder \(bericht.aanbieder)")
        }
        if let vorig = prestatie.vorigReferentieNummer {
            let debet = stand.opgeslagen[vorig]
            if debet == nil || debet?.toegekend == false || debet?.isCredit == true {
                voeg(Regelcatalogus.tr323, "ProductReferentie/VorigReferentieNummer", "VorigReferentieNummer \(vorig)",
                     "het ReferentieNummer van een eerder toegekende debetprestatie",
                     debet == nil ? "Er is geen eerdere prestatie \(vorig) om te crediteren"
                         : "Prestatie \(vorig) is niet toegekend of zelf een credit en kan niet worden gecrediteerd")
            } else if try stand.gecrediteerd.contains(vorig)
                || stand.opslag.isGecrediteerd(aanbieder: bericht.aanbieder, wet: wet, referentieNummer: vorig)
            {
                voeg(Regelcatalogus.tr390, "ProductReferentie/VorigReferentieNummer", "VorigReferentieNummer \(vorig)",
                     "een prestatie die nog niet gecrediteerd is", "Prestatie \(vorig) is al eerder gecrediteerd")
            }
            return (uit, [])
        }
        // Only when an approved debet in this period is still standing can the store hold one.
        let mogelijk = stand.verbruik(prestatie.toewijzingNummer, in: prestatie.productPeriode).contains { $0.debets > 0 }
        let eerdereDebets = try !mogelijk ? [] : stand.opslag.nietGecrediteerdeDebets(
            aanbieder: bericht.aanbieder, gemeente: bericht.gemeente, wet: wet, toewijzingNummer: prestatie.toewijzingNummer,
            categorie: prestatie.productCategorie, code: prestatie.productCode, periode: prestatie.productPeriode
        ).filter { !stand.gecrediteerd.contains($0) }
        if let eerder = eerdereDebets.first {
            voeg(Regelcatalogus.tr389, "ProductReferentie/ReferentieNummer", "debet \(referentie) naast debet \(eerder)",
                 "eerst een credit van \(eerder) (dezelfde toewijzing, hetzelfde product en dezelfde productperiode)",
                 "Voor toewijzing \(prestatie.toewijzingNummer), product \(prestatie.product) en productperiode "
                    + "\(prestatie.productPeriode) is debet \(eerder) al toegekend en niet gecrediteerd")
        }
        guard let toewijzing = stand.toewijzingen[prestatie.toewijzingNummer], toewijzing.aanbieder == bericht.aanbieder else {
            voeg(Regelcatalogus.tr338, "ToewijzingNummer", "ToewijzingNummer \(prestatie.toewijzingNummer)",
                 "een toewijzing van gemeente \(bericht.gemeente) aan aanbieder \(bericht.aanbieder)",
                 "Er is geen toewijzing \(prestatie.toewijzingNummer) van gemeente \(bericht.gemeente) aan aanbieder \(bericht.aanbieder)")
            return (uit, [])
        }
        if toewijzing.isVerwijderd {
            voeg(Regelcatalogus.tr384, "ToewijzingNummer", "toewijzing \(toewijzing.nummer) met RedenWijziging 13",
                 "een toewijzing die niet verwijderd is", "Toewijzing \(toewijzing.nummer) is verwijderd; er mag niet op gedeclareerd worden")
            return (uit, [])
        }
        if let categorie = toewijzing.product?.categorie, categorie != prestatie.productCategorie {
            voeg(Regelcatalogus.tr339, "ProductCategorie", "ProductCategorie \(prestatie.productCategorie)",
                 "ProductCategorie \(categorie) van toewijzing \(toewijzing.nummer)",
                 "De productcategorie wijkt af van de toewijzing")
        }
        if let code = toewijzing.product?.code, code != prestatie.productCode {
            voeg(Regelcatalogus.tr340, "ProductCode", "ProductCode \(prestatie.productCode)",
                 "ProductCode \(code) van toewijzing \(toewijzing.nummer)", "De productcode wijkt af van de toewijzing")
        }
        let definitie = config.product(wet: wet, code: prestatie.productCode)
        if definitie?.categorie != prestatie.productCategorie {
            voeg(Regelcatalogus.tr381, "ProductCode", "product \(prestatie.productCategorie)/\(prestatie.productCode)",
                 definitie.map { "categorie \($0.categorie) bij code \(prestatie.productCode)" } ?? "een code uit de productcodelijst van de regio",
                 definitie.map { "Productcode \(prestatie.productCode) hoort bij categorie \($0.categorie)" }
                     ?? "Productcode \(prestatie.productCode) staat niet in de productcodelijst")
        }
        let toegewezenEenheid = toewijzing.omvang?.eenheid ?? definitie?.eenheid
        if let toegewezenEenheid, toegewezenEenheid != prestatie.eenheid,
            !(toegewezenEenheid == .uur && prestatie.eenheid == .minuut)
        {
            voeg(Regelcatalogus.tr341, "Eenheid", "Eenheid \(prestatie.eenheid.codeEnOmschrijving)",
                 "Eenheid \(toegewezenEenheid.codeEnOmschrijving)" + (toegewezenEenheid == .uur ? " of 01 (minuut)" : ""),
                 "De eenheid van de prestatie past niet bij de toewijzing \(toewijzing.nummer)")
        }
        let periode = prestatie.productPeriode
        if periode.begindatum < toewijzing.ingangsdatum {
            voeg(Regelcatalogus.tr307, "ProductPeriode/Begindatum", periode.begindatum.nederlands,
                 "op of na Ingangsdatum \(toewijzing.ingangsdatum.nederlands)", "De productperiode begint voor de toewijzing")
        }
        if let eind = toewijzing.einddatum, periode.einddatum > eind {
            voeg(Regelcatalogus.tr308, "ProductPeriode/Einddatum", periode.einddatum.nederlands,
                 "uiterlijk Einddatum \(eind.nederlands)", "De productperiode eindigt na de toewijzing")
        }
        if periode.einddatum > bericht.declaratie.declaratiePeriode.einddatum {
            voeg(Regelcatalogus.tr319, "ProductPeriode", periode.description,
                 "uiterlijk \(bericht.declaratie.declaratiePeriode.einddatum.nederlands) (einde declaratieperiode)",
                 "De productperiode ligt na de declaratieperiode")
        }
        let verwachtBegin = max(periode.begindatum.eersteVanMaand, toewijzing.ingangsdatum)
        if periode.begindatum != verwachtBegin, periode.begindatum >= toewijzing.ingangsdatum {
            voeg(Regelcatalogus.tr387, "ProductPeriode/Begindatum", periode.begindatum.nederlands, verwachtBegin.nederlands,
                 "De productperiode begint niet op de 1e van de maand (of op de latere ingangsdatum van de toewijzing)")
        }
        let verwachtEind = toewijzing.einddatum.map { min(periode.begindatum.laatsteVanMaand, $0) } ?? periode.begindatum.laatsteVanMaand
        if periode.einddatum != verwachtEind, toewijzing.einddatum.map({ periode.einddatum <= $0 }) ?? true {
            voeg(Regelcatalogus.tr388, "ProductPeriode/Einddatum", periode.einddatum.nederlands, verwachtEind.nederlands,
                 "De productperiode eindigt niet op de laatste dag van de maand (of op de eerdere einddatum van de toewijzing)")
        }
        try controleerVolume(prestatie, toewijzing, &stand, voeg)
        controleerTarief(prestatie, bericht, voeg)
        var signalen: [Bevinding] = []
        if let bevinding = contractBevinding(prestatie, doel, bericht) {
            if bevinding.isSignaal { signalen.append(bevinding) } else { uit.append(bevinding) }
        }
        return (uit, signalen)
    }

    private func controleerVolume(
        _ prestatie: Prestatie, _ toewijzing: OpgeslagenToewijzing, _ stand: inout Stand,
        _ voeg: (Regel, String?, String, String, String) -> Void
    ) throws {
        if let budget = toewijzing.budget {
            // The budget is in eurocent: a prestatie counts with its amount, which for Eenheid 83 is its GeleverdVolume (CS339).
            let eerder = stand.verbruik(toewijzing.nummer).reduce(Int64(0)) { $0 + $1.bedrag }
            let deze = prestatie.ingediendBedrag.bedrag
            if eerder + deze > budget {
                voeg(Regelcatalogus.tr369, "IngediendBedrag",
                     "\(Eurocent.tekst(deze)) (GeleverdVolume \(prestatie.geleverdVolume) \(prestatie.eenheid.omschrijving)), "
                        + "eerder \(Eurocent.tekst(eerder)), samen \(Eurocent.tekst(eerder + deze))",
                     "samen hooguit Budget \(Eurocent.tekst(budget))",
                     "Het budget van toewijzing \(toewijzing.nummer) (\(Eurocent.tekst(budget))) wordt overschreden")
            }
        }
        guard let omvang = toewijzing.omvang, omvang.eenheid == prestatie.eenheid || (omvang.eenheid == .uur && prestatie.eenheid == .minuut)
        else { return }
        let normaal = { (volume: Int64, eenheid: Eenheid) -> Int64 in
            omvang.eenheid == .uur && eenheid == .uur ? volume * 60 : volume
        }
        let schaal: Int64 = omvang.eenheid == .uur ? 60 : 1
        let deze = normaal(prestatie.geleverdVolume, prestatie.eenheid)
        // TR321 judges this prestatie's own GeleverdVolume against the volume of its product period
        // (IV076–IV079). An earlier approved debet in the same period is TR389's business (9389), so
        // volumes are not added up here; the sum over the whole term is TR322's.
        let maxPeriode = Volumenorm.maximumPerPeriode(
            omvang, periode: prestatie.productPeriode, toewijzing: (toewijzing.ingangsdatum, toewijzing.einddatum),
            product: (stand.wet, toewijzing.product?.categorie)) * schaal
        if deze > maxPeriode {
            voeg(Regelcatalogus.tr321, "GeleverdVolume", "GeleverdVolume \(prestatie.geleverdVolume) \(prestatie.eenheid.omschrijving)",
                 "hooguit \(maxPeriode / (prestatie.eenheid == .minuut ? 1 : schaal)) \(prestatie.eenheid.omschrijving) in "
                    + "\(prestatie.productPeriode) (\(omvang))",
                 "Het geleverde volume is groter dan toegewezen voor deze productperiode")
        }
        if let maxTotaal = Volumenorm.maximumLooptijd(omvang, ingang: toewijzing.ingangsdatum, eind: toewijzing.einddatum) {
            let totaal = stand.verbruik(toewijzing.nummer).reduce(Int64(0)) { $0 + normaal($1.volume, $1.eenheid) }
            if totaal + deze > maxTotaal * schaal {
                voeg(Regelcatalogus.tr322, "GeleverdVolume", "totaal gedeclareerd \((totaal + deze) / (prestatie.eenheid == .minuut ? 1 : schaal)) \(prestatie.eenheid.omschrijving)",
                     "hooguit \(maxTotaal * schaal / (prestatie.eenheid == .minuut ? 1 : schaal)) over de looptijd (\(omvang))",
                     "De som van het geleverde volume op toewijzing \(toewijzing.nummer) is groter dan toegewezen")
            }
        }
    }

    /// BD001/BD002 (local): the gemeente takes part in the product's segment and the aanbieder is
    /// contracted (or in transition) for it there on the first day of the product period.
    private func contractBevinding(_ prestatie: Prestatie, _ doel: Klassedoel, _ bericht: Declaratiebericht) -> Bevinding? {
        let wet = bericht.soort.standaard.wet
        guard let segment = config.segment(wet: wet, productCode: prestatie.productCode) else { return nil }
        let datum = prestatie.productPeriode.begindatum
        switch config.contractstatus(aanbieder: bericht.aanbieder, segment: segment.code, gemeente: bericht.gemeente, op: datum) {
        case .gecontracteerd, .overgang:
            return nil
        case .gemeenteNeemtNietDeel:
            return config.lokaleBevinding(
                Regelcatalogus.bd002, prestatie.positie, doel,
                gevonden: "gemeente \(bericht.gemeente), segment \(segment.naam), \(datum.nederlands)",
                verwacht: "een gemeente die op die datum deelneemt aan \(segment.naam)",
                toelichting: "Gemeente \(bericht.gemeente) neemt niet deel aan het segment \(segment.naam) (product \(prestatie.productCode))")
        case .geenContract:
            return config.lokaleBevinding(
                Regelcatalogus.bd001, prestatie.positie, doel,
                gevonden: "aanbieder \(bericht.aanbieder), segment \(segment.naam), gemeente \(bericht.gemeente), \(datum.nederlands)",
                verwacht: "een contract voor dit segment in deze gemeente in de productperiode",
                toelichting: "Aanbieder \(bericht.aanbieder) declareert \(prestatie.productCode) (\(segment.naam)) in gemeente "
                    + "\(bericht.gemeente) zonder contract op \(datum.nederlands)")
        }
    }

    /// TR418 and TR346 against the contract tariff.
    private func controleerTarief(
        _ prestatie: Prestatie, _ bericht: Declaratiebericht, _ voeg: (Regel, String?, String, String, String) -> Void
    ) {
        guard prestatie.eenheid != .euro, let tarief = prestatie.productTarief else { return }
        let wet = bericht.soort.standaard.wet
        let datum = prestatie.productPeriode.begindatum
        let contract = config.contractTarief(
            wet: wet, productCode: prestatie.productCode, eenheid: prestatie.eenheid, aanbieder: bericht.aanbieder,
            gemeente: bericht.gemeente, op: datum)
        var uurtarief: Int64?
        if contract == nil, prestatie.eenheid == .minuut {
            uurtarief = config.contractTarief(
                wet: wet, productCode: prestatie.productCode, eenheid: .uur, aanbieder: bericht.aanbieder,
                gemeente: bericht.gemeente, op: datum)?.centPerEenheid
        }
        let verwachtTarief = contract?.centPerEenheid ?? uurtarief.map { Afronding.halfOmhoog($0, gedeeldDoor: 60) }
        if let verwachtTarief {
            if tarief != verwachtTarief {
                voeg(Regelcatalogus.tr418, "ProductTarief", "ProductTarief \(tarief) (\(Eurocent.tekst(tarief)))",
                     "contracttarief \(verwachtTarief) (\(Eurocent.tekst(verwachtTarief))) per \(prestatie.eenheid.omschrijving)"
                        + (uurtarief.map { " (uurtarief \($0) / 60)" } ?? ""),
                     "Het ProductTarief wijkt af van het contracttarief voor \(prestatie.productCode) op \(datum.nederlands)")
            }
        } else {
            voeg(Regelcatalogus.tr418, "ProductTarief", "ProductTarief \(tarief)",
                 "een contracttarief voor \(prestatie.productCode) in eenheid \(prestatie.eenheid.codeEnOmschrijving)",
                 "Er is geen contracttarief voor product \(prestatie.productCode) bij aanbieder \(bericht.aanbieder) in gemeente "
                    + "\(bericht.gemeente) op \(datum.nederlands)")
        }
        // IV081: an hourly contract tariff declared in minutes. The rounded per-minute tariff goes
        // into ProductTarief (TR418 checks it) but is "niet gebruikt voor de berekening van
        // IngediendBedrag": that is (contractuele uurtarief × aantal minuten) / 60, rounded to cents.
        let verwachtBedrag = uurtarief.map { Afronding.halfOmhoog($0 * prestatie.geleverdVolume, gedeeldDoor: 60) }
            ?? tarief * prestatie.geleverdVolume
        if prestatie.ingediendBedrag.bedrag != verwachtBedrag {
            voeg(Regelcatalogus.tr346, "IngediendBedrag", "IngediendBedrag \(prestatie.ingediendBedrag.bedrag)",
                 "\(verwachtBedrag) (\(prestatie.geleverdVolume) × "
                    + (uurtarief.map { "uurtarief \($0) / 60, afgerond op hele centen (IV081)" } ?? "ProductTarief \(tarief)") + ")",
                 uurtarief == nil
                    ? "Het ingediende bedrag is niet GeleverdVolume × ProductTarief"
                    : "Het ingediende bedrag is niet het contractuele uurtarief × minuten / 60 (IV081)")
        }
    }

    /// What is known so far: the store plus the prestaties approved earlier in this message.
    /// Everything the rules ask the store about the message is fetched up front in a few
    /// `IN (…)` queries (instead of three queries per prestatie); the store does not change
    /// while a message is judged, so those answers hold.
    private struct Stand {
        /// For the per-credit and per-debet questions (TR390, TR389) that are rarely asked.
        let opslag: Opslagtransactie
        let wet: Wet
        /// Current version per ToewijzingNummer of the message (absent: no such toewijzing).
        let toewijzingen: [Int64: OpgeslagenToewijzing]
        /// First stored prestatie per (Vorig)ReferentieNummer of the message, of this aanbieder.
        let opgeslagen: [String: OpgeslagenPrestatie]
        /// What counts against each toewijzing of the message: the store's, plus what this message approved.
        private var verbruikPerToewijzing: [Int64: [Toewijzingsverbruik]]
        /// ReferentieNummers judged in this message so far.
        var referenties: Set<String> = []
        /// Debets credited by a credit approved in this message.
        private(set) var gecrediteerd: Set<String> = []

        init(_ bericht: Declaratiebericht, opslag: Opslagtransactie) throws {
            self.opslag = opslag
            wet = bericht.soort.standaard.wet
            var nummers = Set<Int64>()
            var perioden = Set<Periode>()
            var referentieNummers = Set<String>()
            for client in bericht.clienten {
                for prestatie in client.prestaties {
                    nummers.insert(prestatie.toewijzingNummer)
                    perioden.insert(prestatie.productPeriode)
                    referentieNummers.insert(prestatie.referentieNummer)
                    if let vorig = prestatie.vorigReferentieNummer { referentieNummers.insert(vorig) }
                }
            }
            toewijzingen = try opslag.huidigeToewijzingen(gemeente: bericht.gemeente, wet: wet, nummers: nummers)
            verbruikPerToewijzing = try opslag.verbruik(
                gemeente: bericht.gemeente, wet: wet, toewijzingNummers: nummers, perioden: perioden)
            opgeslagen = try opslag.prestaties(aanbieder: bericht.aanbieder, wet: wet, referentieNummers: referentieNummers)
        }

        /// Approved debets on a toewijzing that were not credited, per unit, over its whole run.
        func verbruik(_ nummer: Int64) -> [Toewijzingsverbruik] {
            (verbruikPerToewijzing[nummer] ?? []).filter { $0.periode == nil }
        }

        /// The same, in one product period of this message.
        func verbruik(_ nummer: Int64, in periode: Periode) -> [Toewijzingsverbruik] {
            (verbruikPerToewijzing[nummer] ?? []).filter { $0.periode == periode }
        }

        mutating func keurGoed(_ prestatie: Prestatie) {
            referenties.insert(prestatie.referentieNummer)
            if let vorig = prestatie.vorigReferentieNummer {
                gecrediteerd.insert(vorig)
                // An approved credit passed TR323, so its debet is in the store.
                if let debet = opgeslagen[vorig] {
                    boek(debet.toewijzingNummer, debet.periode, debet.eenheid, volume: -debet.volume, bedrag: -debet.bedrag, debets: -1)
                }
            } else {
                boek(prestatie.toewijzingNummer, prestatie.productPeriode, prestatie.eenheid, volume: prestatie.geleverdVolume,
                     bedrag: prestatie.ingediendBedrag.getekend, debets: 1)
            }
        }

        /// Adds to the run's total and to the product period's row.
        private mutating func boek(_ nummer: Int64, _ periode: Periode, _ eenheid: Eenheid, volume: Int64, bedrag: Int64, debets: Int) {
            var regels = verbruikPerToewijzing[nummer] ?? []
            for deel in [nil, periode] {
                if let i = regels.firstIndex(where: { $0.periode == deel && $0.eenheid == eenheid }) {
                    regels[i].volume += volume
                    regels[i].bedrag += bedrag
                    regels[i].debets += debets
                } else {
                    regels.append(Toewijzingsverbruik(periode: deel, eenheid: eenheid, volume: volume, bedrag: bedrag, debets: debets))
                }
            }
            verbruikPerToewijzing[nummer] = regels
        }
    }
}

/// Rounding of eurocent amounts as the standard prescribes (IV081: arithmetic, half up).
package enum Afronding {
    package static func halfOmhoog(_ teller: Int64, gedeeldDoor noemer: Int64) -> Int64 {
        (teller * 2 + noemer) / (noemer * 2)
    }
}
