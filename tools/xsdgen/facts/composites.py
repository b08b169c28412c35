"""Composite data types CDT_* of the 3.2 basisschema (spec section 4.2).

Each entry: (name, doc, children); a child is (element name, type name, minOccurs, maxOccurs).
Type names without a prefix refer to types of the basisschema itself. All children are in
the basisschema namespace (elementFormDefault qualified). Content model: xs:sequence.
"""

COMPOSITE_TYPES = [
    ("CDT_Achternaam", "Achternaam met voorvoegsel.", [
        ("Achternaam", "LDT_Naam", 1, 1),
        ("Voorvoegsel", "LDT_Voorvoegsel", 0, 1),
    ]),
    ("CDT_Adres", "Adres van een cliënt of relatie.", [
        ("Huis", "CDT_Huis", 0, 1),
        ("Postcode", "LDT_Postcode", 0, 1),
        ("Straatnaam", "LDT_Straatnaam", 0, 1),
        ("Plaatsnaam", "LDT_Plaatsnaam", 0, 1),
        ("LandCode", "LDT_LandCode", 0, 1),
    ]),
    ("CDT_BedragMetDC", "Bedrag met debet/credit-teken.", [
        ("Bedrag", "LDT_Bedrag", 1, 1),
        ("DebetCredit", "LDT_DebetCredit", 1, 1),
    ]),
    ("CDT_BerichtIdentificatie", "Identificatie en dagtekening van een bericht.", [
        ("Identificatie", "LDT_IdentificatieBericht", 1, 1),
        ("Dagtekening", "LDT_Datum", 1, 1),
    ]),
    ("CDT_Communicatie", "Bijzondere vorm van communicatie.", [
        ("Vorm", "LDT_Communicatievorm", 1, 1),
        ("Taal", "LDT_Taal", 0, 1),
    ]),
    ("CDT_Geboortedatum", "Geboortedatum, eventueel deels onbekend.", [
        ("Datum", "LDT_Datum", 1, 1),
        ("DatumGebruik", "LDT_DatumGebruik", 0, 1),
    ]),
    ("CDT_GeslotenPeriode", "Periode met begin- en einddatum.", [
        ("Begindatum", "LDT_Datum", 1, 1),
        ("Einddatum", "LDT_Datum", 1, 1),
    ]),
    ("CDT_Huis", "Huisnummer met toevoegingen.", [
        ("Huisnummer", "LDT_Huisnummer", 1, 1),
        ("Huisletter", "LDT_Huisletter", 0, 1),
        ("HuisnummerToevoeging", "LDT_HuisnummerToevoeging", 0, 1),
        ("AanduidingWoonadres", "LDT_AanduidingWoonadres", 0, 1),
    ]),
    ("CDT_Omvang", "Omvang: volume, eenheid en frequentie.", [
        ("Volume", "LDT_Volume", 1, 1),
        ("Eenheid", "LDT_Eenheid", 1, 1),
        ("Frequentie", "LDT_Frequentie", 1, 1),
    ]),
    ("CDT_OpenPeriode", "Periode waarvan begin en einde open mogen zijn.", [
        ("Begindatum", "LDT_Datum", 0, 1),
        ("Einddatum", "LDT_Datum", 0, 1),
    ]),
    ("CDT_Product", "Productcategorie en eventueel productcode.", [
        ("Categorie", "LDT_ProductCategorie", 1, 1),
        ("Code", "LDT_ProductCode", 0, 1),
    ]),
    ("CDT_Referentie", "Referentie van een prestatie en eventueel de vorige.", [
        ("ReferentieNummer", "LDT_ReferentieNummer", 1, 1),
        ("VorigReferentieNummer", "LDT_ReferentieNummer", 0, 1),
    ]),
    ("CDT_Telefoon", "Telefoonnummer met landnummer.", [
        ("Telefoonnummer", "LDT_Telefoonnummer", 1, 1),
        ("Landnummer", "LDT_Landnummer", 1, 1),
    ]),
    ("CDT_Telefoonnummers", "Een of twee telefoonnummers.", [
        ("Telefoon01", "CDT_Telefoon", 1, 1),
        ("Telefoon02", "CDT_Telefoon", 0, 1),
    ]),
    ("CDT_TotaalBedragMetDC", "Totaalbedrag met debet/credit-teken.", [
        ("TotaalBedrag", "LDT_TotaalBedrag", 1, 1),
        ("DebetCredit", "LDT_DebetCredit", 1, 1),
    ]),
    ("CDT_VerkorteNaam", "Naam zonder partnernaam en naamgebruik.", [
        ("Geslachtsnaam", "CDT_Achternaam", 1, 1),
        ("Voornamen", "LDT_Naam", 0, 1),
        ("Voorletters", "LDT_Voorletters", 0, 1),
    ]),
    ("CDT_Verwijzer", "Wie de cliënt heeft verwezen.", [
        ("Type", "LDT_TypeVerwijzer", 1, 1),
        ("Naam", "LDT_NaamVerwijzer", 0, 1),
        ("ZorgverlenerCode", "LDT_AgbCode", 0, 1),
    ]),
    ("CDT_VolledigeNaam", "Volledige naam met partnernaam en naamgebruik.", [
        ("Geslachtsnaam", "CDT_Achternaam", 1, 1),
        ("Partnernaam", "CDT_Achternaam", 0, 1),
        ("Voornamen", "LDT_Naam", 0, 1),
        ("Voorletters", "LDT_Voorletters", 0, 1),
        ("NaamGebruik", "LDT_NaamGebruik", 1, 1),
    ]),
    ("CDT_XsdVersie", "Versies van basisschema en berichtschema.", [
        ("BasisschemaXsdVersie", "LDT_Versie", 1, 1),
        ("BerichtXsdVersie", "LDT_Versie", 1, 1),
    ]),
]
