/// Level-2 rules of the 323 declaratie.
enum Berichtinhoud323 {
    typealias Controle = Regelcontrole<Declaratiebericht>
    private static let begin2021 = Datum(jaar: 2021, maand: 1, dag: 1)!

    static let controles: [Controle] = [
        Controle(Regelcatalogus.cs002) { bericht, regel, uit in
            for (index, client) in bericht.clienten.enumerated() where !Elfproef.isGeldig(client.bsn) {
                uit.append(
                    regel.bevinding(
                        client.positie.kind("Bsn"), doel: .declaratieClient(index), gevonden: client.bsn,
                        verwacht: "een Bsn die aan de elfproef voldoet",
                        toelichting: "Bsn \(client.bsn) voldoet niet aan de elfproef"))
            }
        },
        Controle(Regelcatalogus.tr101) { bericht, regel, uit in
            /// The logical key of a prestatie within its client: ReferentieNummer and VorigReferentieNummer.
            struct Sleutel: Hashable {
                let referentieNummer: String
                let vorigReferentieNummer: String?
            }
            var bsns = Set<String>(minimumCapacity: bericht.clienten.count)
            var referenties = Set<Sleutel>()
            for (index, client) in bericht.clienten.enumerated() {
                if !bsns.insert(client.bsn).inserted {
                    uit.append(
                        regel.bevinding(
                            client.positie.kind("Bsn"), doel: .declaratieClient(index),
                            gevonden: "Client met Bsn \(client.bsn) dubbel",
                            verwacht: "elke cliënt één keer per declaratie",
                            toelichting:
                                "Client met Bsn \(client.bsn) komt meer dan eens voor; zet alle prestaties onder één Client"
                        ))
                }
                referenties.removeAll(keepingCapacity: true)
                for (p, prestatie) in client.prestaties.enumerated() {
                    let sleutel = Sleutel(
                        referentieNummer: prestatie.referentieNummer,
                        vorigReferentieNummer: prestatie.vorigReferentieNummer)
                    if !referenties.insert(sleutel).inserted {
                        uit.append(
                            regel.bevinding(
                                prestatie.positie.kind("ProductReferentie"),
                                doel: .prestatie(client: index, prestatie: p),
                                gevonden: "ProductReferentie \(referentie(prestatie)) dubbel",
                                verwacht: "elke ProductReferentie één keer per cliënt",
                                toelichting:
                                    "Prestatie met ProductReferentie \(referentie(prestatie)) komt meer dan eens voor"))
                    }
                }
            }
        },
        Controle(Regelcatalogus.cs100) { bericht, regel, uit in
            let periode = bericht.declaratie.declaratiePeriode
            if periode.begindatum < begin2021 {
                uit.append(
                    regel.bevinding(
                        bericht.declaratie.positie.kind("DeclaratiePeriode/Begindatum"), doel: .declaratie,
                        gevonden: periode.begindatum.nederlands, verwacht: "op of na 01-01-2021",
                        toelichting: "DeclaratiePeriode begint voor 01-01-2021"))
            }
            forEachPrestatie(bericht) { prestatie, doel in
                guard prestatie.productPeriode.begindatum < begin2021 else { return }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("ProductPeriode/Begindatum"), doel: doel,
                        gevonden: prestatie.productPeriode.begindatum.nederlands, verwacht: "op of na 01-01-2021",
                        toelichting: "ProductPeriode van prestatie \(prestatie.referentieNummer) begint voor 01-01-2021"
                    ))
            }
        },
        Controle(Regelcatalogus.cs340) { bericht, regel, uit in
            let periode = bericht.declaratie.declaratiePeriode
            let begin = periode.begindatum
            guard begin.dag != 1 || periode.einddatum != begin.laatsteVanMaand else { return }
            uit.append(
                regel.bevinding(
                    bericht.declaratie.positie.kind("DeclaratiePeriode"), doel: .declaratie,
                    gevonden: periode.description,
                    verwacht:
                        "één hele kalendermaand, bijvoorbeeld \(begin.eersteVanMaand.nederlands) t/m \(begin.laatsteVanMaand.nederlands)",
                    toelichting: "DeclaratiePeriode \(periode) is niet precies één kalendermaand"))
        },
        Controle(Regelcatalogus.tr134) { bericht, regel, uit in
            let dagtekening = bericht.header.dagtekening
            let periode = bericht.declaratie.declaratiePeriode
            if periode.begindatum > dagtekening {
                uit.append(
                    regel.bevinding(
                        bericht.declaratie.positie.kind("DeclaratiePeriode/Begindatum"), doel: .declaratie,
                        gevonden: periode.begindatum.nederlands,
                        verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                        toelichting: "DeclaratiePeriode begint na de Dagtekening van het bericht"))
            }
            forEachPrestatie(bericht) { prestatie, doel in
                guard prestatie.productPeriode.begindatum > dagtekening else { return }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("ProductPeriode/Begindatum"), doel: doel,
                        gevonden: prestatie.productPeriode.begindatum.nederlands,
                        verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                        toelichting:
                            "ProductPeriode van prestatie \(prestatie.referentieNummer) begint na de Dagtekening van het bericht"
                    ))
            }
        },
        Controle(Regelcatalogus.tr137) { bericht, regel, uit in
            let dagtekening = bericht.header.dagtekening
            // Position and name are only built for a finding: this runs for every prestatie.
            func controleer(_ periode: Periode, _ positie: () -> Bronpositie, _ doel: Klassedoel, _ naam: () -> String)
            {
                if periode.einddatum < periode.begindatum {
                    uit.append(
                        regel.bevinding(
                            positie(), doel: doel, gevonden: periode.einddatum.nederlands,
                            verwacht: "op of na Begindatum \(periode.begindatum.nederlands)",
                            toelichting: "Einddatum van de \(naam()) ligt voor de Begindatum"))
                } else if periode.einddatum > dagtekening {
                    uit.append(
                        regel.bevinding(
                            positie(), doel: doel, gevonden: periode.einddatum.nederlands,
                            verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                            toelichting: "Einddatum van de \(naam()) ligt na de Dagtekening van het bericht"))
                }
            }
            controleer(
                bericht.declaratie.declaratiePeriode,
                { bericht.declaratie.positie.kind("DeclaratiePeriode/Einddatum") },
                .declaratie, { "DeclaratiePeriode" })
            forEachPrestatie(bericht) { prestatie, doel in
                controleer(
                    prestatie.productPeriode, { prestatie.positie.kind("ProductPeriode/Einddatum") }, doel,
                    { "ProductPeriode van prestatie \(prestatie.referentieNummer)" })
            }
        },
        Controle(Regelcatalogus.cs337) { bericht, regel, uit in
            forEachPrestatie(bericht) { prestatie, doel in
                let periode = prestatie.productPeriode
                guard !periode.einddatum.zelfdeMaand(als: periode.begindatum) else { return }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("ProductPeriode/Einddatum"), doel: doel, gevonden: periode.description,
                        verwacht:
                            "Einddatum uiterlijk \(periode.begindatum.laatsteVanMaand.nederlands) (dezelfde maand)",
                        toelichting:
                            "ProductPeriode van prestatie \(prestatie.referentieNummer) loopt over meer dan één kalendermaand"
                    ))
            }
        },
        Controle(Regelcatalogus.tr335) { bericht, regel, uit in
            let dagtekening = bericht.declaratie.declaratieDagtekening
            // Dated before the year 6: no ProductPeriode can lie five years earlier.
            guard let grens = dagtekening.min(jaren: 5) else { return }
            forEachPrestatie(bericht) { prestatie, doel in
                guard prestatie.productPeriode.einddatum < grens else { return }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("ProductPeriode/Einddatum"), doel: doel,
                        gevonden: prestatie.productPeriode.einddatum.nederlands,
                        verwacht:
                            "op of na \(grens.nederlands) (5 jaar voor DeclaratieDagtekening \(dagtekening.nederlands))",
                        toelichting:
                            "ProductPeriode van prestatie \(prestatie.referentieNummer) ligt meer dan 5 jaar terug"))
            }
        },
        Controle(Regelcatalogus.cd060) { bericht, regel, uit in
            forEachPrestatie(bericht) { prestatie, doel in
                let credit = prestatie.ingediendBedrag.debetCredit == .credit
                guard credit != (prestatie.vorigReferentieNummer != nil) else { return }
                let positie = prestatie.positie.kind("ProductReferentie/VorigReferentieNummer")
                if credit {
                    uit.append(
                        regel.bevinding(
                            positie, doel: doel,
                            gevonden: "creditprestatie \(prestatie.referentieNummer) zonder VorigReferentieNummer",
                            verwacht:
                                "VorigReferentieNummer met het ReferentieNummer van de gecrediteerde debetprestatie",
                            toelichting: "Een creditprestatie moet verwijzen naar de debetprestatie die zij crediteert")
                    )
                } else {
                    uit.append(
                        regel.bevinding(
                            positie, doel: doel,
                            gevonden:
                                "debetprestatie \(prestatie.referentieNummer) met VorigReferentieNummer \(prestatie.vorigReferentieNummer ?? "")",
                            verwacht: "VorigReferentieNummer leeg bij debet",
                            toelichting: "VorigReferentieNummer is alleen toegestaan bij een creditprestatie"))
                }
            }
        },
        Controle(Regelcatalogus.cd087) { bericht, regel, uit in
            forEachPrestatie(bericht) { prestatie, doel in
                let euro = prestatie.eenheid == .euro
                guard euro == (prestatie.productTarief != nil) else { return }
                let positie = prestatie.positie.kind("ProductTarief")
                if euro {
                    uit.append(
                        regel.bevinding(
                            positie, doel: doel,
                            gevonden: "Eenheid 83 met ProductTarief \(prestatie.productTarief ?? 0)",
                            verwacht: "ProductTarief leeg bij Eenheid 83 (euro's)",
                            toelichting: "Bij Eenheid 83 (euro's) hoort geen ProductTarief"))
                } else {
                    uit.append(
                        regel.bevinding(
                            positie, doel: doel,
                            gevonden: "Eenheid \(prestatie.eenheid.codeEnOmschrijving) zonder ProductTarief",
                            verwacht: "ProductTarief in eurocent per eenheid",
                            toelichting: "Prestatie \(prestatie.referentieNummer) heeft geen ProductTarief"))
                }
            }
        },
        Controle(Regelcatalogus.cs339) { bericht, regel, uit in
            forEachPrestatie(bericht) { prestatie, doel in
                guard prestatie.eenheid == .euro, prestatie.ingediendBedrag.bedrag != prestatie.geleverdVolume else {
                    return
                }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("IngediendBedrag/Bedrag"), doel: doel,
                        gevonden: "IngediendBedrag \(prestatie.ingediendBedrag.bedrag)",
                        verwacht: "gelijk aan GeleverdVolume \(prestatie.geleverdVolume) (eurocent)",
                        toelichting: "Bij Eenheid 83 (euro's) is het ingediende bedrag gelijk aan het geleverde volume")
                )
            }
        },
        Controle(Regelcatalogus.cs325) { bericht, regel, uit in
            let totaal = bericht.declaratie.totaalIngediendBedrag
            if totaal.bedrag == 0, totaal.debetCredit == .credit {
                uit.append(
                    regel.bevinding(
                        bericht.declaratie.positie.kind("TotaalIngediendBedrag/DebetCredit"), doel: .declaratie,
                        gevonden: "TotaalBedrag 0 met DebetCredit C", verwacht: "DebetCredit D",
                        toelichting: "Een totaalbedrag van 0 is altijd debet"))
            }
            forEachPrestatie(bericht) { prestatie, doel in
                guard prestatie.ingediendBedrag.bedrag == 0, prestatie.ingediendBedrag.debetCredit == .credit else {
                    return
                }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("IngediendBedrag/DebetCredit"), doel: doel,
                        gevonden: "Bedrag 0 met DebetCredit C", verwacht: "DebetCredit D",
                        toelichting: "Een bedrag van 0 is altijd debet (prestatie \(prestatie.referentieNummer))"))
            }
        },
        Controle(Regelcatalogus.tr358) { bericht, regel, uit in
            var som: Int64 = 0
            forEachPrestatie(bericht) { prestatie, _ in som += prestatie.ingediendBedrag.getekend }
            let totaal = bericht.declaratie.totaalIngediendBedrag
            guard totaal.getekend != som else { return }
            uit.append(
                regel.bevinding(
                    bericht.declaratie.positie.kind("TotaalIngediendBedrag"), doel: .declaratie,
                    gevonden: "\(totaal.bedrag) \(totaal.debetCredit.rawValue) (\(Eurocent.tekst(totaal.getekend)))",
                    verwacht:
                        "\(BedragMetDC(getekend: som).bedrag) \(BedragMetDC(getekend: som).debetCredit.rawValue) (\(Eurocent.tekst(som)))",
                    toelichting:
                        "TotaalIngediendBedrag is niet de som van de ingediende bedragen van de \(bericht.aantalPrestaties) prestaties"
                ))
        },
        Controle(Regelcatalogus.tr315) { bericht, regel, uit in
            var gezien: [String: String] = [:]
            forEachPrestatie(bericht) { prestatie, doel in
                guard let vorig = prestatie.vorigReferentieNummer else { return }
                if let eerder = gezien[vorig] {
                    uit.append(
                        regel.bevinding(
                            prestatie.positie.kind("ProductReferentie/VorigReferentieNummer"), doel: doel,
                            gevonden: "VorigReferentieNummer \(vorig) ook bij prestatie \(eerder)",
                            verwacht: "elk VorigReferentieNummer één keer per bericht",
                            toelichting:
                                "Prestatie \(prestatie.referentieNummer) crediteert \(vorig), dat in dit bericht al gecrediteerd wordt"
                        ))
                } else {
                    gezien[vorig] = prestatie.referentieNummer
                }
            }
        },
        Controle(Regelcatalogus.tr316) { bericht, regel, uit in
            // Only credits have a VorigReferentieNummer; without any, nothing to check.
            guard bericht.clienten.contains(where: { $0.prestaties.contains { $0.vorigReferentieNummer != nil } })
            else { return }
            var referenties = Set<String>(minimumCapacity: bericht.aantalPrestaties)
            forEachPrestatie(bericht) { prestatie, _ in referenties.insert(prestatie.referentieNummer) }
            forEachPrestatie(bericht) { prestatie, doel in
                guard let vorig = prestatie.vorigReferentieNummer, referenties.contains(vorig) else { return }
                uit.append(
                    regel.bevinding(
                        prestatie.positie.kind("ProductReferentie/VorigReferentieNummer"), doel: doel,
                        gevonden: "VorigReferentieNummer \(vorig) is een prestatie in hetzelfde bericht",
                        verwacht: "crediteren van een debetprestatie uit een eerder bericht",
                        toelichting:
                            "Prestatie \(prestatie.referentieNummer) crediteert debetprestatie \(vorig) uit hetzelfde bericht"
                    ))
            }
        },
        Controle(Regelcatalogus.tr416) { bericht, regel, uit in
            /// Toewijzing, product and product period. Category and code are packed into one integer
            /// when they are short ASCII (as they always are), so hashing needs no string work.
            struct Sleutel: Hashable {
                let toewijzing: Int64
                let product: UInt64
                let productTekst: String?
                let begin: Int32
                let eind: Int32

                init(_ prestatie: Prestatie) {
                    toewijzing = prestatie.toewijzingNummer
                    if let packed = Self.pack(prestatie.productCategorie, prestatie.productCode) {
                        product = packed
                        productTekst = nil
                    } else {
                        product = 0
                        productTekst = prestatie.productCategorie + "\u{0}" + prestatie.productCode
                    }
                    begin = Self.dag(prestatie.productPeriode.begindatum)
                    eind = Self.dag(prestatie.productPeriode.einddatum)
                }

                static func dag(_ datum: Datum) -> Int32 { Int32(datum.jaar * 10_000 + datum.maand * 100 + datum.dag) }

                /// `categorie NUL code` in at most 8 bytes, all ASCII and not NUL: a unique integer.
                static func pack(_ categorie: String, _ code: String) -> UInt64? {
                    guard categorie.utf8.count + code.utf8.count <= 7 else { return nil }
                    var waarde: UInt64 = 0
                    var shift: UInt64 = 0
                    for byte in categorie.utf8 {
                        guard byte > 0, byte < 0x80 else { return nil }
                        waarde |= UInt64(byte) << shift
                        shift += 8
                    }
                    shift += 8
                    for byte in code.utf8 {
                        guard byte > 0, byte < 0x80 else { return nil }
                        waarde |= UInt64(byte) << shift
                        shift += 8
                    }
                    return waarde
                }
            }
            var eerste: [Sleutel: String] = [:]
            eerste.reserveCapacity(bericht.aantalPrestaties)
            forEachPrestatie(bericht) { prestatie, doel in
                guard prestatie.ingediendBedrag.debetCredit == .debet else { return }
                let sleutel = Sleutel(prestatie)
                if let eerder = eerste[sleutel] {
                    uit.append(
                        regel.bevinding(
                            prestatie.positie, doel: doel,
                            gevonden: "tweede debet voor toewijzing \(prestatie.toewijzingNummer), product "
                                + "\(prestatie.productCategorie)/\(prestatie.productCode), \(prestatie.productPeriode) "
                                + "(eerste: prestatie \(eerder))",
                            verwacht: "één debetprestatie per toewijzing, product en productperiode",
                            toelichting:
                                "Prestatie \(prestatie.referentieNummer) declareert dezelfde toewijzing, hetzelfde product en "
                                + "dezelfde productperiode als prestatie \(eerder); tel de leveringen op in één prestatie"
                        ))
                } else {
                    eerste[sleutel] = prestatie.referentieNummer
                }
            }
        },
    ]

    /// Every prestatie with its target, in document order. Reads the arrays in place by index:
    /// each of the rules runs this over all prestaties, and copying a prestatie costs its retains.
    private static func forEachPrestatie(_ bericht: Declaratiebericht, _ body: (Prestatie, Klassedoel) -> Void) {
        let clienten = bericht.clienten
        for c in clienten.indices {
            let prestaties = clienten[c].prestaties
            for p in prestaties.indices { body(prestaties[p], .prestatie(client: c, prestatie: p)) }
        }
    }

    private static func referentie(_ prestatie: Prestatie) -> String {
        prestatie.vorigReferentieNummer.map { "\(prestatie.referentieNummer) (vorig \($0))" }
            ?? prestatie.referentieNummer
    }
}
