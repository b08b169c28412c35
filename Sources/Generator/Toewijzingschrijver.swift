import Berichten

/// Writes a generated 301 toewijzing: one client, one or more ToegewezenProducten.
enum Toewijzingschrijver {
    struct Kop {
        let identificatie: String
        let dagtekening: Datum
        let toewijzingsdatum: Datum
        let toewijzingstijd: String
    }

    static func schrijf(
        _ plan: Clientplan, aanbod: Aanbod, kop: Kop, persoon: Persoonsgegevens, ouder: Persoonsgegevens?,
        xsdVersie: XsdVersie
    ) -> [UInt8] {
        let soort = BerichtSoort(aanbod.wet.standaard, .toewijzing)
        let m = soort.kortenaam
        let b = soort.standaard.rawValue
        var xml = XMLRegels(capaciteit: 4096)
        xml.kop(
            soort, afzender: aanbod.gemeente.code, ontvanger: aanbod.aanbieder.agb, identificatie: kop.identificatie,
            dagtekening: kop.dagtekening, xsdVersie: xsdVersie)
        xml.open("\(m):Client")
        xml.element("\(m):Bsn", plan.bsn)
        xml.open("\(m):Geboortedatum")
        xml.element("\(b):Datum", persoon.geboortedatum)
        xml.sluit("\(m):Geboortedatum")
        xml.element("\(m):Geslacht", persoon.geslacht)
        naam(&xml, m, b, persoon)
        if let ouder {
            xml.open("\(m):Relaties")
            xml.open("\(m):Relatie")
            xml.element("\(m):Nummer", "R" + plan.bsn)
            xml.element("\(m):Volgorde", "1")
            xml.element("\(m):Soort", "10")
            xml.element("\(m):Geslacht", ouder.geslacht)
            naam(&xml, m, b, ouder)
            contact(&xml, m, b, persoon, telefoon: ouder.telefoon)
            xml.sluit("\(m):Relatie")
            xml.sluit("\(m):Relaties")
        }
        xml.open("\(m):Contactgegevens")
        contact(&xml, m, b, persoon, telefoon: ouder == nil ? persoon.telefoon : nil)
        xml.sluit("\(m):Contactgegevens")
        xml.open("\(m):ToegewezenProducten")
        for toewijzing in plan.toewijzingen {
            xml.open("\(m):ToegewezenProduct")
            xml.element("\(m):ToewijzingNummer", toewijzing.nummer)
            xml.open("\(m):Product")
            xml.element("\(b):Categorie", toewijzing.product.categorie)
            xml.element("\(b):Code", toewijzing.product.code)
            xml.sluit("\(m):Product")
            xml.element("\(m):Toewijzingsdatum", kop.toewijzingsdatum)
            xml.element("\(m):Toewijzingstijd", kop.toewijzingstijd)
            xml.element("\(m):Ingangsdatum", toewijzing.ingangsdatum)
            xml.element("\(m):Einddatum", toewijzing.einddatum)
            xml.open("\(m):Omvang")
            xml.element("\(b):Volume", Int64(toewijzing.volume))
            xml.element("\(b):Eenheid", toewijzing.profiel.eenheid.rawValue)
            xml.element("\(b):Frequentie", toewijzing.profiel.frequentie.rawValue)
            xml.sluit("\(m):Omvang")
            xml.sluit("\(m):ToegewezenProduct")
        }
        xml.sluit("\(m):ToegewezenProducten")
        xml.sluit("\(m):Client")
        xml.sluit("\(m):Bericht")
        return xml.bytes
    }

    private static func naam(_ xml: inout XMLRegels, _ m: String, _ b: String, _ persoon: Persoonsgegevens) {
        xml.open("\(m):Naam")
        xml.open("\(b):Geslachtsnaam")
        xml.element("\(b):Achternaam", persoon.achternaam)
        if let voorvoegsel = persoon.voorvoegsel { xml.element("\(b):Voorvoegsel", voorvoegsel) }
        xml.sluit("\(b):Geslachtsnaam")
        xml.element("\(b):Voornamen", persoon.voornaam)
        xml.element("\(b):Voorletters", persoon.voorletter)
        xml.element("\(b):NaamGebruik", "1")
        xml.sluit("\(m):Naam")
    }

    private static func contact(
        _ xml: inout XMLRegels, _ m: String, _ b: String, _ persoon: Persoonsgegevens, telefoon: String?
    ) {
        xml.open("\(m):Contact")
        xml.element("\(m):Soort", "01")
        xml.open("\(m):Adres")
        xml.open("\(b):Huis")
        xml.element("\(b):Huisnummer", Int64(persoon.huisnummer))
        xml.sluit("\(b):Huis")
        xml.element("\(b):Postcode", persoon.postcode)
        xml.element("\(b):Straatnaam", persoon.straat)
        xml.element("\(b):Plaatsnaam", persoon.plaats)
        xml.element("\(b):LandCode", "NL")
        xml.sluit("\(m):Adres")
        if let telefoon {
            xml.open("\(m):Telefoon")
            xml.open("\(b):Telefoon01")
            xml.element("\(b):Telefoonnummer", telefoon)
            xml.element("\(b):Landnummer", "0031")
            xml.sluit("\(b):Telefoon01")
            xml.sluit("\(m):Telefoon")
        }
        xml.sluit("\(m):Contact")
    }
}
