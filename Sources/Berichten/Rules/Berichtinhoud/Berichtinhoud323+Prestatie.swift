/// Level-2 rules of the 323 on each Prestatie.
extension Berichtinhoud323 {
    static let prestatieControles: [Controle] = [
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
}
