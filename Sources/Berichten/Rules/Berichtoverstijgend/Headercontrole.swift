/// Level-3/4 rules on the Header (TR056, TR135, TR378). A failure gives a header-only retour.
struct Headercontrole {
    let config: Regioconfiguratie
    let vandaag: Datum

    func controleer(_ bericht: Bericht, _ opslag: Opslagtransactie) throws -> [Bevinding] {
        let header = bericht.header
        var uit: [Bevinding] = []
        let positie = header.positie.kind("BerichtIdentificatie")
        if try opslag.identificatieGebruikt(afzender: header.afzender, soort: bericht.soort, identificatie: header.identificatie) {
            uit.append(Regelcatalogus.tr056.bevinding(
                positie.kind("Identificatie"), doel: .header, gevonden: "Identificatie \(header.identificatie)",
                verwacht: "een Identificatie die \(header.afzender) nog niet gebruikte voor een \(bericht.soort.naam)",
                toelichting: "\(header.afzender) heeft al een \(bericht.soort.naam) met Identificatie \(header.identificatie) gestuurd"))
        }
        if header.dagtekening > vandaag {
            uit.append(Regelcatalogus.tr135.bevinding(
                positie.kind("Dagtekening"), doel: .header, gevonden: header.dagtekening.nederlands,
                verwacht: "uiterlijk vandaag (\(vandaag.nederlands))",
                toelichting: "De Dagtekening \(header.dagtekening.nederlands) ligt in de toekomst"))
        }
        let (gemeente, element, vanaf) = gemeenteEnDatum(bericht)
        if !config.gemeentecodeGeldig(gemeente, van: vanaf, tot: max(vanaf, header.dagtekening)) {
            uit.append(Regelcatalogus.tr378.bevinding(
                header.positie.kind(element), doel: .header, gevonden: "gemeentecode \(gemeente)",
                verwacht: "een CBS-gemeentecode die geldig is op \(vanaf.nederlands)",
                toelichting: "Gemeentecode \(gemeente) komt niet voor in de CBS-lijst die geldt op \(vanaf.nederlands)"))
        }
        return uit
    }

    /// The gemeente of the message and the date its code must be valid on.
    private func gemeenteEnDatum(_ bericht: Bericht) -> (String, String, Datum) {
        switch bericht {
        case .toewijzing(let toewijzing):
            let ingang = toewijzing.client.toegewezenProducten.map(\.ingangsdatum).min() ?? toewijzing.header.dagtekening
            return (toewijzing.gemeente, "Afzender", ingang)
        case .declaratie(let declaratie):
            let begin = declaratie.clienten.flatMap(\.prestaties).map(\.productPeriode.begindatum).min()
                ?? declaratie.declaratie.declaratiePeriode.begindatum
            return (declaratie.gemeente, "Ontvanger", begin)
        }
    }
}
