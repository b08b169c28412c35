/// Level-2 rules of the 305 start zorg and the 307 stop zorg (one list: the two messages share
/// their client and most of their product; TR018 only sees StopProducts).
enum Berichtinhoud305 {
    typealias Controle = Regelcontrole<Zorgmeldingbericht>
    private static let onbekendeGeboortedatum = Datum(jaar: 1900, maand: 1, dag: 1)!

    static let controles: [Controle] = [
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
            var sleutels = Set<Zorgmeldingsleutel>()
            for (index, product) in bericht.client.producten.enumerated()
            where !sleutels.insert(Zorgmeldingsleutel(product, stop: bericht.isStop)).inserted {
                uit.append(
                    regel.bevinding(
                        product.positie, doel: .zorgmeldingproduct(index),
                        gevonden: "\(bericht.klasse) voor \(product.startsleutel) dubbel",
                        verwacht: "elke logische sleutel één keer per bericht",
                        toelichting: "\(bericht.klasse) voor \(product.startsleutel) komt meer dan eens voor"))
            }
        },
        Controle(Regelcatalogus.tr002) { bericht, regel, uit in
            let dagtekening = bericht.header.dagtekening
            let geboorte = bericht.client.geboortedatum
            guard let grens = dagtekening.min(jaren: 120), geboorte.datum < grens,
                !(geboorte.datumGebruik == "3" && geboorte.datum == onbekendeGeboortedatum)
            else { return }
            uit.append(
                regel.bevinding(
                    bericht.client.positie.kind("Geboortedatum"), doel: .client, gevonden: geboorte.datum.nederlands,
                    verwacht: "op of na \(grens.nederlands) (120 jaar voor Dagtekening \(dagtekening.nederlands))",
                    toelichting: "Geboortedatum \(geboorte.datum.nederlands) ligt meer dan 120 jaar voor de Dagtekening"
                ))
        },
        Controle(Regelcatalogus.tr134) { bericht, regel, uit in
            let dagtekening = bericht.header.dagtekening
            let geboorte = bericht.client.geboortedatum.datum
            if geboorte > dagtekening {
                uit.append(
                    regel.bevinding(
                        bericht.client.positie.kind("Geboortedatum"), doel: .client, gevonden: geboorte.nederlands,
                        verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                        toelichting: "Geboortedatum \(geboorte.nederlands) ligt na de Dagtekening van het bericht"))
            }
            for (index, product) in bericht.client.producten.enumerated() {
                // 305: the Begindatum; 307: the Einddatum (the regelrapport names these two).
                let (element, datum) =
                    bericht.isStop ? ("Einddatum", product.einddatum) : ("Begindatum", Optional(product.begindatum))
                guard let datum, datum > dagtekening else { continue }
                uit.append(
                    regel.bevinding(
                        product.positie.kind(element), doel: .zorgmeldingproduct(index), gevonden: datum.nederlands,
                        verwacht: "uiterlijk Dagtekening \(dagtekening.nederlands)",
                        toelichting: "\(element) \(datum.nederlands) ligt na de Dagtekening van het bericht"))
            }
        },
        Controle(Regelcatalogus.cs139) { bericht, regel, uit in
            let geboorte = bericht.client.geboortedatum
            let datum = geboorte.datum
            let verwacht: String? =
                switch geboorte.datumGebruik {
                case "1": datum.dag == 1 ? nil : "01-\(datum.nederlands.dropFirst(3)) (dag onbekend: dag 01)"
                case "2": datum.dag == 1 && datum.maand == 1 ? nil : "01-01-\(datum.jaar) (dag en maand onbekend)"
                case "3": datum == onbekendeGeboortedatum ? nil : "01-01-1900 (datum onbekend)"
                default: nil
                }
            guard let verwacht, let gebruik = geboorte.datumGebruik else { return }
            uit.append(
                regel.bevinding(
                    bericht.client.positie.kind("Geboortedatum"), doel: .client,
                    gevonden: "Datum \(datum.nederlands) met DatumGebruik \(gebruik)", verwacht: verwacht,
                    toelichting: "Geboortedatum \(datum.nederlands) past niet bij DatumGebruik \(gebruik)"))
        },
        Controle(Regelcatalogus.cs058) { bericht, regel, uit in
            for (index, product) in bericht.client.producten.enumerated()
            where product.statusAanlevering != .eersteAanlevering && product.statusAanlevering != .verwijderen {
                let status = product.statusAanlevering.rawValue
                uit.append(
                    regel.bevinding(
                        product.positie.kind("StatusAanlevering"), doel: .zorgmeldingproduct(index),
                        gevonden: "StatusAanlevering \(status)",
                        verwacht: "StatusAanlevering 1 (eerste aanlevering) of 3 (verwijderen)",
                        toelichting: "StatusAanlevering \(status) is niet toegestaan in een \(bericht.klasse); "
                            + "een correctie is verwijderen (3) en opnieuw aanleveren (1)"))
            }
        },
        Controle(Regelcatalogus.tr018) { bericht, regel, uit in
            for (index, product) in bericht.client.producten.enumerated() {
                guard let einddatum = product.einddatum, einddatum < product.begindatum else { continue }
                uit.append(
                    regel.bevinding(
                        product.positie.kind("Einddatum"), doel: .zorgmeldingproduct(index),
                        gevonden: "Einddatum \(einddatum.nederlands)",
                        verwacht: "op of na Begindatum \(product.begindatum.nederlands)",
                        toelichting: "Einddatum \(einddatum.nederlands) ligt voor de Begindatum "
                            + "\(product.begindatum.nederlands)"))
            }
        },
    ]
}

/// The logical key of a StartProduct (Bsn is the message's) or of a StopProduct (plus
/// RedenBeeindiging and Einddatum, new in 3.2), for TR101 and TR074.
struct Zorgmeldingsleutel: Hashable, Sendable {
    let start: Startsleutel
    let redenBeeindiging: String?
    let einddatum: Datum?

    init(start: Startsleutel, redenBeeindiging: String?, einddatum: Datum?) {
        self.start = start
        self.redenBeeindiging = redenBeeindiging
        self.einddatum = einddatum
    }

    init(_ product: Zorgmeldingproduct, stop: Bool) {
        start = product.startsleutel
        redenBeeindiging = stop ? product.redenBeeindiging : nil
        einddatum = stop ? product.einddatum : nil
    }
}
