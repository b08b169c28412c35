/// Level-2 rules of the 301 on the Client, its Relaties and Contacten.
extension Berichtinhoud301 {
    static let clientControles: [Controle] = [
        Controle(Regelcatalogus.cs002) { bericht, regel, uit in
            let client = bericht.client
            guard !Elfproef.isGeldig(client.bsn) else { return }
            uit.append(
                regel.bevinding(
                    client.positie.kind("Bsn"), doel: .client, gevonden: client.bsn,
                    verwacht: "een Bsn die aan de elfproef voldoet",
                    toelichting: "Bsn \(client.bsn) voldoet niet aan de elfproef"))
        },
        Controle(Regelcatalogus.tr101) { bericht, regel, uit in
            let client = bericht.client
            var nummers = Set<String>()
            for (index, relatie) in client.relaties.enumerated() where !nummers.insert(relatie.nummer).inserted {
                uit.append(
                    regel.bevinding(
                        relatie.positie.kind("Nummer"), doel: .relatie(index),
                        gevonden: "Relatie/Nummer \(relatie.nummer) dubbel",
                        verwacht: "elk Relatie/Nummer één keer per cliënt",
                        toelichting: "Relatie met Nummer \(relatie.nummer) komt meer dan eens voor"))
            }
            var soorten = Set<String>()
            for (index, contact) in client.contacten.enumerated() where !soorten.insert(contact.soort).inserted {
                uit.append(
                    regel.bevinding(
                        contact.positie.kind("Soort"), doel: .contact(index),
                        gevonden: "Contact/Soort \(contact.soort) dubbel",
                        verwacht: "elke Contact/Soort één keer in Contactgegevens",
                        toelichting: "Contact met Soort \(contact.soort) komt meer dan eens voor"))
            }
            var toewijzingen = Set<Int64>()
            for (index, product) in client.toegewezenProducten.enumerated()
            where !toewijzingen.insert(product.toewijzingNummer).inserted {
                uit.append(
                    regel.bevinding(
                        product.positie.kind("ToewijzingNummer"), doel: .toegewezenProduct(index),
                        gevonden: "ToewijzingNummer \(product.toewijzingNummer) dubbel",
                        verwacht: "elk ToewijzingNummer één keer per bericht",
                        toelichting:
                            "ToegewezenProduct met ToewijzingNummer \(product.toewijzingNummer) komt meer dan eens voor"
                    ))
            }
        },
        Controle(Regelcatalogus.tr002) { bericht, regel, uit in
            let dagtekening = bericht.header.dagtekening
            // Dated before the year 121: no Geboortedatum can lie 120 years earlier.
            guard let grens = dagtekening.min(jaren: 120) else { return }
            for (geboorte, positie, doel) in geboortedata(bericht) {
                if geboorte.datumGebruik == "3" && geboorte.datum == onbekendeGeboortedatum { continue }
                guard geboorte.datum < grens else { continue }
                uit.append(
                    regel.bevinding(
                        positie, doel: doel, gevonden: geboorte.datum.nederlands,
                        verwacht: "op of na \(grens.nederlands) (120 jaar voor Dagtekening \(dagtekening.nederlands))",
                        toelichting:
                            "Geboortedatum \(geboorte.datum.nederlands) ligt meer dan 120 jaar voor de Dagtekening"))
            }
        },
        Controle(Regelcatalogus.tr134) { bericht, regel, uit in
            let dagtekening = bericht.header.dagtekening
            for (geboorte, positie, doel) in geboortedata(bericht) where geboorte.datum > dagtekening {
                uit.append(
                    regel.bevinding(
                        positie, doel: doel, gevonden: geboorte.datum.nederlands,
                        verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                        toelichting: "Geboortedatum \(geboorte.datum.nederlands) ligt na de Dagtekening van het bericht"
                    ))
            }
            for (index, product) in bericht.client.toegewezenProducten.enumerated()
            where product.toewijzingsdatum > dagtekening {
                uit.append(
                    regel.bevinding(
                        product.positie.kind("Toewijzingsdatum"), doel: .toegewezenProduct(index),
                        gevonden: product.toewijzingsdatum.nederlands,
                        verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                        toelichting: "Toewijzingsdatum \(product.toewijzingsdatum.nederlands) van toewijzing "
                            + "\(product.toewijzingNummer) ligt na de Dagtekening van het bericht"))
            }
        },
        Controle(Regelcatalogus.cs139) { bericht, regel, uit in
            for (geboorte, positie, doel) in geboortedata(bericht) {
                let datum = geboorte.datum
                let verwacht: String? =
                    switch geboorte.datumGebruik {
                    case "1": datum.dag == 1 ? nil : "01-\(datum.nederlands.dropFirst(3)) (dag onbekend: dag 01)"
                    case "2": datum.dag == 1 && datum.maand == 1 ? nil : "01-01-\(datum.jaar) (dag en maand onbekend)"
                    case "3": datum == onbekendeGeboortedatum ? nil : "01-01-1900 (datum onbekend)"
                    default: nil
                    }
                guard let verwacht, let gebruik = geboorte.datumGebruik else { continue }
                uit.append(
                    regel.bevinding(
                        positie, doel: doel, gevonden: "Datum \(datum.nederlands) met DatumGebruik \(gebruik)",
                        verwacht: verwacht,
                        toelichting: "Geboortedatum \(datum.nederlands) past niet bij DatumGebruik \(gebruik)"))
            }
        },
        Controle(Regelcatalogus.cs050) { bericht, regel, uit in
            var namen: [(Naam, Bronpositie, Klassedoel)] = [
                (bericht.client.naam, bericht.client.positie.kind("Naam"), .client)
            ]
            for (index, relatie) in bericht.client.relaties.enumerated() {
                namen.append((relatie.naam, relatie.positie.kind("Naam"), .relatie(index)))
            }
            for (naam, positie, doel) in namen {
                let toegestaan = naam.heeftPartnernaam ? ["1", "2", "3", "4"] : ["1", "6"]
                guard !toegestaan.contains(naam.naamGebruik) else { continue }
                uit.append(
                    regel.bevinding(
                        positie.kind("NaamGebruik"), doel: doel, gevonden: "NaamGebruik \(naam.naamGebruik)",
                        verwacht: "NaamGebruik " + toegestaan.joined(separator: ", ")
                            + (naam.heeftPartnernaam ? " (Partnernaam is gevuld)" : " (geen Partnernaam)"),
                        toelichting: "NaamGebruik \(naam.naamGebruik) is niet toegestaan "
                            + (naam.heeftPartnernaam ? "bij een gevulde Partnernaam" : "zonder Partnernaam")))
            }
        },
        Controle(Regelcatalogus.cs318) { bericht, regel, uit in
            let client = bericht.client
            guard client.naam.naamGebruik == "6" else { return }
            uit.append(
                regel.bevinding(
                    client.positie.kind("Naam/NaamGebruik"), doel: .client, gevonden: "NaamGebruik 6",
                    verwacht: "NaamGebruik 1–4 (de cliënt is een natuurlijk persoon)",
                    toelichting: "NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor de cliënt"))
        },
        Controle(Regelcatalogus.cd007) { bericht, regel, uit in
            guard let communicatie = bericht.client.communicatie else { return }
            let positie = bericht.client.positie.kind("Communicatie/Taal")
            if communicatie.vorm == "1", communicatie.taal == nil {
                uit.append(
                    regel.bevinding(
                        positie, doel: .client, gevonden: "Vorm 1 (tolk taal) zonder Taal", verwacht: "Taal gevuld",
                        toelichting: "Communicatie/Vorm is 1 (tolk taal) maar Taal ontbreekt"))
            } else if communicatie.vorm != "1", let taal = communicatie.taal {
                uit.append(
                    regel.bevinding(
                        positie, doel: .client, gevonden: "Vorm \(communicatie.vorm) met Taal \(taal)",
                        verwacht: "Taal leeg",
                        toelichting: "Taal is alleen toegestaan bij Communicatie/Vorm 1 (tolk taal)"))
            }
        },
        Controle(Regelcatalogus.tr061) { bericht, regel, uit in
            let client = bericht.client
            guard !client.contacten.contains(where: { ["01", "02", "03"].contains($0.soort) }) else { return }
            let soorten = client.contacten.map(\.soort).joined(separator: ", ")
            uit.append(
                regel.bevinding(
                    client.positie.kind("Contactgegevens"), doel: .client,
                    gevonden: soorten.isEmpty ? "geen Contact" : "alleen Contact met Soort \(soorten)",
                    verwacht: "minstens één Contact met Soort 01, 02 of 03",
                    toelichting: "De cliënt heeft geen BRP-, correspondentie- of verblijfadres"))
        },
        Controle(Regelcatalogus.tr006) { bericht, regel, uit in
            for (contact, doel) in contacten(bericht) {
                let adresCompleet = contact.adres.map { $0.heeftHuis && $0.postcode != nil } ?? false
                guard !contact.heeftTelefoon, !adresCompleet else { continue }
                uit.append(
                    regel.bevinding(
                        contact.positie, doel: doel,
                        gevonden: "Contact Soort \(contact.soort) zonder Telefoon en zonder Huis+Postcode",
                        verwacht: "Telefoon en/of Huis met Postcode",
                        toelichting:
                            "Contact met Soort \(contact.soort) heeft geen Telefoon en geen volledig adres (Huis en Postcode)"
                    ))
            }
        },
        Controle(Regelcatalogus.cd034) { bericht, regel, uit in
            for (contact, doel) in contacten(bericht)
            where ["01", "03"].contains(contact.soort) && contact.adres?.postcode == nil {
                uit.append(
                    regel.bevinding(
                        contact.positie.kind("Adres/Postcode"), doel: doel,
                        gevonden: "Soort \(contact.soort) zonder Postcode",
                        verwacht: "Postcode gevuld",
                        toelichting:
                            "Bij Contact Soort \(contact.soort) (\(contact.soort == "01" ? "BRP-adres" : "verblijfadres")) is Postcode verplicht"
                    ))
            }
        },
        Controle(Regelcatalogus.cd025) { bericht, regel, uit in
            for (contact, doel) in contacten(bericht) {
                guard let adres = contact.adres, adres.landCode == "NL", !adres.heeftHuis else { continue }
                uit.append(
                    regel.bevinding(
                        contact.positie.kind("Adres/Huis"), doel: doel, gevonden: "LandCode NL zonder Huis",
                        verwacht: "Huis (met Huisnummer) gevuld",
                        toelichting: "Een Nederlands adres (LandCode NL) moet een Huis hebben"))
            }
        },
        Controle(Regelcatalogus.cd005) { bericht, regel, uit in
            for (contact, doel) in contacten(bericht) {
                guard let adres = contact.adres, (adres.postcode == nil) != (adres.landCode == nil) else { continue }
                let positie = contact.positie.kind("Adres/LandCode")
                if let postcode = adres.postcode {
                    uit.append(
                        regel.bevinding(
                            positie, doel: doel, gevonden: "Postcode \(postcode) zonder LandCode",
                            verwacht: "LandCode gevuld",
                            toelichting: "Postcode is gevuld, dan is LandCode verplicht"))
                } else {
                    uit.append(
                        regel.bevinding(
                            positie, doel: doel, gevonden: "LandCode \(adres.landCode ?? "") zonder Postcode",
                            verwacht: "LandCode leeg",
                            toelichting: "LandCode mag alleen gevuld zijn als Postcode gevuld is"))
                }
            }
        },
        Controle(Regelcatalogus.cs089) { bericht, regel, uit in
            for (contact, doel) in contacten(bericht) {
                guard let adres = contact.adres, adres.landCode == "NL", let postcode = adres.postcode,
                    !isNederlandsePostcode(postcode)
                else { continue }
                uit.append(
                    regel.bevinding(
                        contact.positie.kind("Adres/Postcode"), doel: doel, gevonden: "Postcode \(postcode)",
                        verwacht: "vier cijfers (niet beginnend met 0) en twee letters, zoals 3431AB",
                        toelichting: "Postcode \(postcode) heeft geen Nederlands formaat terwijl LandCode NL is"))
            }
        },
        Controle(Regelcatalogus.cd009) { bericht, regel, uit in
            for (contact, doel) in contacten(bericht) where contact.periode != nil && contact.soort != "04" {
                uit.append(
                    regel.bevinding(
                        contact.positie.kind("Periode"), doel: doel,
                        gevonden: "Periode bij Contact Soort \(contact.soort)",
                        verwacht: "Periode alleen bij Soort 04 (tijdelijk verblijfadres)",
                        toelichting: "Een Contact met Soort \(contact.soort) mag geen Periode hebben"))
            }
        },
    ]
}
