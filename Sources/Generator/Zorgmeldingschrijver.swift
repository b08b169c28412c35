import Berichten

/// Writes a generated 305 (start zorg) or 307 (stop zorg): one client, one product per start
/// or stop, all first deliveries (StatusAanlevering 1).
enum Zorgmeldingschrijver {
    /// One StartProduct or StopProduct.
    struct Melding {
        let toewijzing: Toewijzingsplan
        let begindatum: Datum
        /// 307 only.
        let stop: (reden: String, einddatum: Datum)?
    }

    static func schrijf(
        _ soort: BerichtSoort, bsn: String, persoon: Persoonsgegevens, aanbod: Aanbod, identificatie: String,
        dagtekening: Datum, meldingen: [Melding], xsdVersie: XsdVersie
    ) -> [UInt8] {
        let m = soort.kortenaam
        let b = soort.standaard.rawValue
        let klasse = soort.type == .stopZorg ? "StopProduct" : "StartProduct"
        var xml = XMLRegels(capaciteit: 2048)
        xml.kop(
            soort, afzender: aanbod.aanbieder.agb, ontvanger: aanbod.gemeente.code, identificatie: identificatie,
            dagtekening: dagtekening, xsdVersie: xsdVersie)
        xml.open("\(m):Client")
        xml.element("\(m):Bsn", bsn)
        xml.open("\(m):Geboortedatum")
        xml.element("\(b):Datum", persoon.geboortedatum)
        xml.sluit("\(m):Geboortedatum")
        xml.element("\(m):Geslacht", persoon.geslacht)
        xml.open("\(m):Naam")
        xml.open("\(b):Geslachtsnaam")
        xml.element("\(b):Achternaam", persoon.achternaam)
        if let voorvoegsel = persoon.voorvoegsel { xml.element("\(b):Voorvoegsel", voorvoegsel) }
        xml.sluit("\(b):Geslachtsnaam")
        xml.element("\(b):Voornamen", persoon.voornaam)
        xml.element("\(b):Voorletters", persoon.voorletter)
        xml.sluit("\(m):Naam")
        xml.open("\(m):\(klasse)en")
        for melding in meldingen {
            let toewijzing = melding.toewijzing
            xml.open("\(m):\(klasse)")
            xml.element("\(m):ToewijzingNummer", toewijzing.nummer)
            xml.open("\(m):Product")
            xml.element("\(b):Categorie", toewijzing.product.categorie)
            xml.element("\(b):Code", toewijzing.product.code)
            xml.sluit("\(m):Product")
            xml.element("\(m):ToewijzingIngangsdatum", toewijzing.ingangsdatum)
            xml.element("\(m):Begindatum", melding.begindatum)
            if let stop = melding.stop {
                xml.element("\(m):RedenBeeindiging", stop.reden)
                xml.element("\(m):Einddatum", stop.einddatum)
            }
            xml.element("\(m):StatusAanlevering", "1")
            xml.sluit("\(m):\(klasse)")
        }
        xml.sluit("\(m):\(klasse)en")
        xml.sluit("\(m):Client")
        xml.sluit("\(m):Bericht")
        return xml.bytes
    }
}
