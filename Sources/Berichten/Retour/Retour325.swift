/// Writes the 325 declaratie-antwoord (IV087, OP303): only rejected clients and prestaties are
/// listed, every prestatie as a copy of the 323 prestatie with its RetourCodes. Without an
/// ``Declaratieoordeel`` the 325 has only its Header (level 2 or a Header rule failed).
enum Retour325 {
    static func schrijf(
        heen: Declaratiebericht, identiteit: RetourIdentiteit, headerCodes: [RetourCode], oordeel: Declaratieoordeel?
    ) -> [UInt8] {
        let soort = BerichtSoort(heen.soort.standaard, .declaratieAntwoord)
        let m = soort.kortenaam
        let b = soort.standaard.rawValue
        var xml = XMLSchrijver()
        xml.begin("\(m):Bericht", namespaces: XMLSchrijver.namespaces(soort))
        xml.begin("\(m):Header")
        xml.berichtKop(
            m, b, berichtCode: soort.berichtCode, versie: ("3", "2"), afzender: heen.gemeente,
            ontvanger: heen.aanbieder, identificatie: identiteit.identificatie, dagtekening: identiteit.dagtekening)
        xml.xsdVersie(m, b, "XsdVersie", identiteit.xsdVersie)
        xml.begin("\(m):DeclaratieIdentificatie")
        xml.element("\(b):Identificatie", heen.header.identificatie)
        xml.element("\(b):Dagtekening", heen.header.dagtekening.description)
        xml.end()
        xml.xsdVersie(
            m, b, "XsdVersieDeclaratie",
            XsdVersie(
                basisschema: heen.header.basisschemaXsdVersie, bericht: heen.header.berichtXsdVersie))
        xml.retourCodes(m, headerCodes)
        xml.end()
        if let oordeel {
            xml.begin("\(m):DeclaratieAntwoord")
            xml.element("\(m):DeclaratieNummer", heen.declaratie.declaratieNummer)
            bedrag(&xml, m, b, "TotaalIngediendBedrag", heen.declaratie.totaalIngediendBedrag)
            bedrag(&xml, m, b, "TotaalToegekendBedrag", BedragMetDC(getekend: oordeel.totaalToegekend))
            let clienten = oordeel.afgewezenClienten
            if !clienten.isEmpty {
                xml.begin("\(m):Clienten")
                for client in clienten {
                    xml.begin("\(m):Client")
                    xml.element("\(m):Bsn", client.client.bsn)
                    xml.begin("\(m):Prestaties")
                    for afgewezen in client.afgewezen {
                        prestatie(&xml, m, b, afgewezen.prestatie, afgewezen.codes)
                    }
                    xml.end()
                    xml.retourCodes(m, client.codes)
                    xml.end()
                }
                xml.end()
            }
            xml.retourCodes(m, oordeel.codes)
            xml.end()
        }
        xml.end()
        return xml.bytes
    }

    private static func bedrag(
        _ xml: inout XMLSchrijver, _ m: String, _ b: String, _ naam: String, _ bedrag: BedragMetDC
    ) {
        xml.begin("\(m):\(naam)")
        xml.element("\(b):TotaalBedrag", String(bedrag.bedrag))
        xml.element("\(b):DebetCredit", bedrag.debetCredit.rawValue)
        xml.end()
    }

    private static func prestatie(
        _ xml: inout XMLSchrijver, _ m: String, _ b: String, _ p: Prestatie, _ codes: [RetourCode]
    ) {
        xml.begin("\(m):Prestatie")
        xml.begin("\(m):ProductReferentie")
        xml.element("\(b):ReferentieNummer", p.referentieNummer)
        xml.element("\(b):VorigReferentieNummer", p.vorigReferentieNummer)
        xml.end()
        xml.element("\(m):ToewijzingNummer", String(p.toewijzingNummer))
        xml.element("\(m):ProductCategorie", p.productCategorie)
        xml.element("\(m):ProductCode", p.productCode)
        xml.begin("\(m):ProductPeriode")
        xml.element("\(b):Begindatum", p.productPeriode.begindatum.description)
        xml.element("\(b):Einddatum", p.productPeriode.einddatum.description)
        xml.end()
        xml.element("\(m):GeleverdVolume", String(p.geleverdVolume))
        xml.element("\(m):Eenheid", p.eenheid.rawValue)
        xml.element("\(m):ProductTarief", p.productTarief.map(String.init))
        xml.begin("\(m):IngediendBedrag")
        xml.element("\(b):Bedrag", String(p.ingediendBedrag.bedrag))
        xml.element("\(b):DebetCredit", p.ingediendBedrag.debetCredit.rawValue)
        xml.end()
        xml.retourCodes(m, codes)
        xml.end()
    }
}
