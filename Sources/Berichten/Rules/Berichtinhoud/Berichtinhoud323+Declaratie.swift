/// Level-2 rules of the 323 on the Declaratie and its Clienten.
extension Berichtinhoud323 {
    static let declaratieControles: [Controle] = [
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
    ]
}
