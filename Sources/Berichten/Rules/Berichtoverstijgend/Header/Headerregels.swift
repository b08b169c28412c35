/// The level-3/4 rules on the Header of any message (TR056, TR135, TR378); a finding gives a
/// header-only retour. The one fact from the store (TR056) is fetched before they run.
struct Headercontext: Sendable {
    /// TR056: the sender used this Identificatie before for this berichtsoort.
    let identificatieGebruikt: Bool
    /// Today, for TR135.
    let vandaag: Datum
}

/// A rule on the Header, as data.
struct Headerregel: Sendable {
    let regel: Regel
    let controleer: @Sendable (Bericht, Headercontext, Regioconfiguratie) -> [Bevinding]
}

enum Headerregels {
    static let alle: [Headerregel] = [tr056, tr135, tr378]

    static let tr056 = Headerregel(regel: Regelcatalogus.tr056) { bericht, context, _ in
        guard context.identificatieGebruikt else { return [] }
        let header = bericht.header
        return [
            Regelcatalogus.tr056.bevinding(
                header.positie.kind("BerichtIdentificatie").kind("Identificatie"), doel: .header,
                gevonden: "Identificatie \(header.identificatie)",
                verwacht: "een Identificatie die \(header.afzender) nog niet gebruikte voor een \(bericht.soort.naam)",
                toelichting:
                    "\(header.afzender) heeft al een \(bericht.soort.naam) met Identificatie \(header.identificatie) gestuurd"
            )
        ]
    }

    static let tr135 = Headerregel(regel: Regelcatalogus.tr135) { bericht, context, _ in
        let header = bericht.header
        guard header.dagtekening > context.vandaag else { return [] }
        return [
            Regelcatalogus.tr135.bevinding(
                header.positie.kind("BerichtIdentificatie").kind("Dagtekening"), doel: .header,
                gevonden: header.dagtekening.nederlands,
                verwacht: "uiterlijk vandaag (\(context.vandaag.nederlands))",
                toelichting: "De Dagtekening \(header.dagtekening.nederlands) ligt in de toekomst")
        ]
    }

    static let tr378 = Headerregel(regel: Regelcatalogus.tr378) { bericht, _, config in
        let header = bericht.header
        let (gemeente, element, vanaf) = gemeenteEnDatum(bericht)
        guard !config.gemeentecodeGeldig(gemeente, van: vanaf, tot: max(vanaf, header.dagtekening)) else { return [] }
        return [
            Regelcatalogus.tr378.bevinding(
                header.positie.kind(element), doel: .header, gevonden: "gemeentecode \(gemeente)",
                verwacht: "een CBS-gemeentecode die geldig is op \(vanaf.nederlands)",
                toelichting: "Gemeentecode \(gemeente) komt niet voor in de CBS-lijst die geldt op \(vanaf.nederlands)")
        ]
    }

    /// The gemeente of the message and the date its code must be valid on.
    private static func gemeenteEnDatum(_ bericht: Bericht) -> (String, String, Datum) {
        switch bericht {
        case .toewijzing(let toewijzing):
            let ingang =
                toewijzing.client.toegewezenProducten.map(\.ingangsdatum).min() ?? toewijzing.header.dagtekening
            return (toewijzing.gemeente, "Afzender", ingang)
        case .declaratie(let declaratie):
            let begin =
                declaratie.clienten.flatMap(\.prestaties).map(\.productPeriode.begindatum).min()
                ?? declaratie.declaratie.declaratiePeriode.begindatum
            return (declaratie.gemeente, "Ontvanger", begin)
        case .zorgmelding(let zorgmelding):
            let producten = zorgmelding.client.producten
            let ingang =
                (producten.compactMap(\.toewijzingIngangsdatum) + producten.map(\.begindatum)).min()
                ?? zorgmelding.header.dagtekening
            return (zorgmelding.gemeente, "Ontvanger", ingang)
        }
    }
}

/// Level-3/4 judgement of a Header.
struct Headercontrole {
    let config: Regioconfiguratie
    let vandaag: Datum

    func controleer(_ bericht: Bericht, _ opslag: Opslagtransactie) throws -> [Bevinding] {
        let header = bericht.header
        let context = Headercontext(
            identificatieGebruikt: try opslag.identificatieGebruikt(
                afzender: header.afzender, soort: bericht.soort, identificatie: header.identificatie),
            vandaag: vandaag)
        return Headerregels.alle.flatMap { $0.controleer(bericht, context, config) }
    }
}
