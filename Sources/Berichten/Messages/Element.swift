/// The local names of the 301, 305, 307 and 323 elements the model builders look at. The reader maps
/// each distinct name to its case once; after that the builders switch on small integers
/// instead of comparing strings for every element.
enum Element: String {
    case adres = "Adres", afzender = "Afzender", basisschemaXsdVersie = "BasisschemaXsdVersie", bedrag = "Bedrag"
    case begindatum = "Begindatum", bericht = "Bericht", berichtCode = "BerichtCode"
    case berichtIdentificatie = "BerichtIdentificatie", berichtSubversie = "BerichtSubversie"
    case berichtVersie = "BerichtVersie", berichtXsdVersie = "BerichtXsdVersie", bsn = "Bsn", budget = "Budget"
    case categorie = "Categorie", client = "Client", clienten = "Clienten", code = "Code", communicatie = "Communicatie"
    case contact = "Contact", dagtekening = "Dagtekening", datum = "Datum", datumGebruik = "DatumGebruik"
    case debetCredit = "DebetCredit", declaratie = "Declaratie", declaratieDagtekening = "DeclaratieDagtekening"
    case declaratieNummer = "DeclaratieNummer", declaratiePeriode = "DeclaratiePeriode", eenheid = "Eenheid"
    case einddatum = "Einddatum", frequentie = "Frequentie", geboortedatum = "Geboortedatum"
    case geleverdVolume = "GeleverdVolume", header = "Header", huis = "Huis", identificatie = "Identificatie"
    case ingangsdatum = "Ingangsdatum", ingediendBedrag = "IngediendBedrag", landCode = "LandCode", naam = "Naam"
    case naamGebruik = "NaamGebruik", nummer = "Nummer", omvang = "Omvang", ontvanger = "Ontvanger"
    case partnernaam = "Partnernaam", periode = "Periode", postcode = "Postcode", prestatie = "Prestatie"
    case product = "Product", productCategorie = "ProductCategorie", productCode = "ProductCode"
    case productPeriode = "ProductPeriode", productReferentie = "ProductReferentie", productTarief = "ProductTarief"
    case redenWijziging = "RedenWijziging", referentieAanbieder = "ReferentieAanbieder"
    case referentieNummer = "ReferentieNummer", relatie = "Relatie", soort = "Soort", taal = "Taal"
    case telefoon = "Telefoon", toegewezenProduct = "ToegewezenProduct", toewijzingNummer = "ToewijzingNummer"
    case toewijzingsdatum = "Toewijzingsdatum", toewijzingstijd = "Toewijzingstijd", totaalBedrag = "TotaalBedrag"
    case totaalIngediendBedrag = "TotaalIngediendBedrag", volume = "Volume"
    case vorigReferentieNummer = "VorigReferentieNummer", vorm = "Vorm", xsdVersie = "XsdVersie"
    case startProduct = "StartProduct", stopProduct = "StopProduct", redenBeeindiging = "RedenBeeindiging"
    case statusAanlevering = "StatusAanlevering", toewijzingIngangsdatum = "ToewijzingIngangsdatum"
    /// Any other element (and "no element" above the root).
    case anders = ""
}
