"""Message structures of the 301, 302, 305-308, 323 and 325 (spec sections 5-10).

A message is a list of complex types (name, doc, children); the first one, "Root", is the
type of the global element Bericht. A child is (element name, type, minOccurs, maxOccurs);
maxOccurs None means unbounded. The type is one of
  B("LDT_x")           a type of the basisschema
  M("Client")          a complex type of the message itself
  R("LDT_x", pattern)  a local restriction of a basisschema type with one extra pattern
                       (fixed BerichtCode/BerichtVersie/BerichtSubversie, DeclaratieNummer)
Elements declared here are in the message namespace; the children of basisschema types
(CDT_*) are in the basisschema namespace.

iJw and iWmo have the same structures; only namespaces, BerichtCodes and some code lists
differ (spec section 15). No iWmo 302/325 schema was available: they are the iJw twins.
"""

from collections import namedtuple

B = namedtuple("B", "name")
M = namedtuple("M", "name")
R = namedtuple("R", "base pattern")

# Marker replaced by the BerichtCode of the message being generated.
BERICHTCODE = "{berichtcode}"

UNBOUNDED = None

# Vektis COD002 BerichtCode per standard and message (spec section 2).
BERICHTCODES = {
    ("ijw", "301"): "436",
    ("ijw", "302"): "437",
    ("ijw", "323"): "490",
    ("ijw", "325"): "491",
    ("iwmo", "301"): "414",
    ("iwmo", "302"): "415",
    ("iwmo", "323"): "484",
    ("iwmo", "325"): "485",
    ("ijw", "305"): "438",
    ("ijw", "306"): "439",
    ("ijw", "307"): "440",
    ("ijw", "308"): "441",
    ("iwmo", "305"): "418",
    ("iwmo", "306"): "419",
    ("iwmo", "307"): "420",
    ("iwmo", "308"): "421",
}

# Release 3.2: BerichtVersie 3, BerichtSubversie 2 (spec section 1, CS015/CS025).
BERICHTVERSIE = "3"
BERICHTSUBVERSIE = "2"

# Message prefix per standard: jw301 / wmo301.
BERICHTPREFIX = {"ijw": "jw", "iwmo": "wmo"}

# Short description of each message (documentation of Root), per standard.
OMSCHRIJVING = {
    "301": {"ijw": "Toewijzing van jeugdhulp aan een aanbieder.",
            "iwmo": "Toewijzing van Wmo-ondersteuning aan een aanbieder."},
    "302": {"ijw": "Retour op een toewijzing (JW301).",
            "iwmo": "Retour op een toewijzing (WMO301)."},
    "323": {"ijw": "Declaratie van geleverde jeugdhulp.",
            "iwmo": "Declaratie van geleverde Wmo-ondersteuning."},
    "325": {"ijw": "Antwoord op een declaratie (JW323).",
            "iwmo": "Antwoord op een declaratie (WMO323)."},
    "305": {"ijw": "Start van jeugdhulp bij een toewijzing.",
            "iwmo": "Start van Wmo-ondersteuning bij een toewijzing."},
    "306": {"ijw": "Retour op een start zorg (JW305).",
            "iwmo": "Retour op een start ondersteuning (WMO305)."},
    "307": {"ijw": "Stop van jeugdhulp bij een toewijzing.",
            "iwmo": "Stop van Wmo-ondersteuning bij een toewijzing."},
    "308": {"ijw": "Retour op een stop zorg (JW307).",
            "iwmo": "Retour op een stop ondersteuning (WMO307)."},
}


def _kop(afzender, ontvanger):
    """The seven elements every 3.2 header starts with (spec 5.1)."""
    return [
        ("BerichtCode", R("LDT_BerichtCode", BERICHTCODE), 1, 1),
        ("BerichtVersie", R("LDT_BerichtVersie", BERICHTVERSIE), 1, 1),
        ("BerichtSubversie", R("LDT_BerichtSubversie", BERICHTSUBVERSIE), 1, 1),
        ("Afzender", B(afzender), 1, 1),
        ("Ontvanger", B(ontvanger), 1, 1),
        ("BerichtIdentificatie", B("CDT_BerichtIdentificatie"), 1, 1),
        ("XsdVersie", B("CDT_XsdVersie"), 1, 1),
    ]


RETOURCODES = ("RetourCodes", M("RetourCodes"), 1, 1)
RETOURCODES_TYPE = ("RetourCodes", "Een of meer retourcodes.", [
    ("RetourCode", B("LDT_RetourCode"), 1, UNBOUNDED),
])


def _toewijzing_types(retour):
    """Client tree of the 301; with retour=True the 302 variant (RetourCodes per class)."""
    rc = [RETOURCODES] if retour else []
    return [
        ("Client", "Gegevens van de cliënt.", [
            ("Bsn", B("LDT_BurgerServicenummer"), 1, 1),
            ("Geboortedatum", B("CDT_Geboortedatum"), 1, 1),
            ("Geslacht", B("LDT_Geslacht"), 1, 1),
            ("Naam", B("CDT_VolledigeNaam"), 1, 1),
            ("Communicatie", B("CDT_Communicatie"), 0, 1),
            ("JuridischeStatus", B("LDT_JuridischeStatus"), 0, 1),
            ("WettelijkeVertegenwoordiging", B("LDT_WettelijkeVertegenwoordiging"), 0, 1),
            ("Commentaar", B("LDT_Commentaar"), 0, 1),
            ("Relaties", M("Relaties"), 0, 1),
            ("Contactgegevens", M("Contactgegevens"), 1, 1),
            ("ToegewezenProducten", M("ToegewezenProducten"), 1, 1),
        ] + rc),
        ("Relaties", None, [
            ("Relatie", M("Relatie"), 1, UNBOUNDED),
        ]),
        ("Relatie", "Een relatie van de cliënt.", [
            ("Nummer", B("LDT_Persoonsid"), 1, 1),
            ("Volgorde", B("LDT_RelatieVolgorde"), 0, 1),
            ("Soort", B("LDT_SoortRelatie"), 1, 1),
            ("Geboortedatum", B("CDT_Geboortedatum"), 0, 1),
            ("Geslacht", B("LDT_Geslacht"), 0, 1),
            ("Naam", B("CDT_VolledigeNaam"), 1, 1),
            ("Contact", M("Contact"), 1, 1),
        ] + rc),
        ("Contact", "Adres- en contactgegevens van een cliënt of relatie.", [
            ("Soort", B("LDT_AdresSoort"), 1, 1),
            ("Adres", B("CDT_Adres"), 0, 1),
            ("Organisatie", B("LDT_Organisatienaam"), 0, 1),
            ("Telefoon", B("CDT_Telefoonnummers"), 0, 1),
            ("Emailadres", B("LDT_Emailadres"), 0, 1),
            ("Periode", B("CDT_OpenPeriode"), 0, 1),
        ] + rc),
        ("Contactgegevens", None, [
            ("Contact", M("Contact"), 1, UNBOUNDED),
        ]),
        ("ToegewezenProducten", None, [
            ("ToegewezenProduct", M("ToegewezenProduct"), 1, UNBOUNDED),
        ]),
        ("ToegewezenProduct", "Een product dat de gemeente aan de aanbieder toewijst.", [
            ("ToewijzingNummer", B("LDT_Nummer"), 1, 1),
            ("ReferentieAanbieder", B("LDT_Referentie"), 0, 1),
            ("Product", B("CDT_Product"), 0, 1),
            ("Toewijzingsdatum", B("LDT_Datum"), 1, 1),
            ("Toewijzingstijd", B("LDT_Tijd"), 1, 1),
            ("Ingangsdatum", B("LDT_Datum"), 1, 1),
            ("Einddatum", B("LDT_Datum"), 0, 1),
            ("RedenWijziging", B("LDT_RedenWijziging"), 0, 1),
            ("Omvang", B("CDT_Omvang"), 0, 1),
            ("Budget", B("LDT_Budget"), 0, 1),
            ("Commentaar", B("LDT_Commentaar"), 0, 1),
        ] + rc),
    ]


def _prestatie_children():
    """The nine elements of a prestatie (spec section 8)."""
    return [
        ("ProductReferentie", B("CDT_Referentie"), 1, 1),
        ("ToewijzingNummer", B("LDT_Nummer"), 1, 1),
        ("ProductCategorie", B("LDT_ProductCategorie"), 1, 1),
        ("ProductCode", B("LDT_ProductCode"), 1, 1),
        ("ProductPeriode", B("CDT_GeslotenPeriode"), 1, 1),
        ("GeleverdVolume", B("LDT_Volume"), 1, 1),
        ("Eenheid", B("LDT_Eenheid"), 1, 1),
        ("ProductTarief", B("LDT_Bedrag"), 0, 1),
        ("IngediendBedrag", B("CDT_BedragMetDC"), 1, 1),
    ]


def bericht_301():
    return [
        ("Root", None, [
            ("Header", M("Header"), 1, 1),
            ("Client", M("Client"), 1, 1),
        ]),
        ("Header", "Kop van de toewijzing.", _kop("LDT_Gemeente", "LDT_AgbCode")),
    ] + _toewijzing_types(retour=False)


def bericht_302():
    kop = _kop("LDT_Gemeente", "LDT_AgbCode") + [
        ("IdentificatieRetour", B("LDT_IdentificatieBericht"), 1, 1),
        ("DagtekeningRetour", B("LDT_Datum"), 1, 1),
        ("XsltVersie", B("LDT_Versie"), 0, 1),
        ("XsdVersieRetour", B("CDT_XsdVersie"), 1, 1),
        ("RetourCodes", M("RetourCodes"), 0, 1),
    ]
    return [
        ("Root", None, [
            ("Header", M("Header"), 1, 1),
            ("Client", M("Client"), 0, 1),
        ]),
        ("Header", "Kop van de retour: kop van de toewijzing plus retourgegevens.", kop),
        RETOURCODES_TYPE,
    ] + _toewijzing_types(retour=True)


def bericht_323():
    return [
        ("Root", None, [
            ("Header", M("Header"), 1, 1),
            ("Declaratie", M("Declaratie"), 1, 1),
        ]),
        ("Header", "Kop van de declaratie.", _kop("LDT_AgbCode", "LDT_Gemeente")),
        ("Declaratie", "Declaratie over een declaratieperiode.", [
            ("DeclaratieNummer", R("LDT_IdentificatieDeclaratie", "([a-zA-Z0-9])+"), 1, 1),
            ("DeclaratiePeriode", B("CDT_GeslotenPeriode"), 1, 1),
            ("DeclaratieDagtekening", B("LDT_Datum"), 1, 1),
            ("TotaalIngediendBedrag", B("CDT_TotaalBedragMetDC"), 1, 1),
            ("Clienten", M("Clienten"), 1, 1),
        ]),
        ("Clienten", None, [
            ("Client", M("Client"), 1, UNBOUNDED),
        ]),
        ("Client", "Cliënt met de gedeclareerde prestaties.", [
            ("Bsn", B("LDT_BurgerServicenummer"), 1, 1),
            ("Prestaties", M("Prestaties"), 1, 1),
        ]),
        ("Prestaties", None, [
            ("Prestatie", M("Prestatie"), 1, UNBOUNDED),
        ]),
        ("Prestatie", "Gedeclareerde prestatie.", _prestatie_children()),
    ]


def bericht_325():
    kop = _kop("LDT_Gemeente", "LDT_AgbCode") + [
        ("DeclaratieIdentificatie", B("CDT_BerichtIdentificatie"), 1, 1),
        ("XsltVersie", B("LDT_Versie"), 0, 1),
        ("XsdVersieDeclaratie", B("CDT_XsdVersie"), 1, 1),
        ("RetourCodes", M("RetourCodes"), 1, 1),
    ]
    return [
        ("Root", None, [
            ("Header", M("Header"), 1, 1),
            ("DeclaratieAntwoord", M("DeclaratieAntwoord"), 0, 1),
        ]),
        ("Header", "Kop van het declaratie-antwoord.", kop),
        RETOURCODES_TYPE,
        ("DeclaratieAntwoord", "Oordeel over de declaratie als geheel.", [
            ("DeclaratieNummer", B("LDT_IdentificatieDeclaratie"), 1, 1),
            ("TotaalIngediendBedrag", B("CDT_TotaalBedragMetDC"), 1, 1),
            ("TotaalToegekendBedrag", B("CDT_TotaalBedragMetDC"), 1, 1),
            ("Clienten", M("Clienten"), 0, 1),
            RETOURCODES,
        ]),
        ("Clienten", None, [
            ("Client", M("Client"), 1, UNBOUNDED),
        ]),
        ("Client", "Cliënt met afgewezen prestaties.", [
            ("Bsn", B("LDT_BurgerServicenummer"), 1, 1),
            ("Prestaties", M("Prestaties"), 1, 1),
            RETOURCODES,
        ]),
        ("Prestaties", None, [
            ("Prestatie", M("Prestatie"), 1, UNBOUNDED),
        ]),
        ("Prestatie", "Afgewezen prestatie, zoals gedeclareerd, met retourcodes.",
         _prestatie_children() + [RETOURCODES]),
    ]


def _zorgmelding_types(klasse, retour):
    """Client tree of the 305 (klasse StartProduct) or 307 (StopProduct); with retour=True the
    306/308 variant with RetourCodes on Client and on every product (spec section 10)."""
    rc = [RETOURCODES] if retour else []
    product = [
        ("ToewijzingNummer", B("LDT_Nummer"), 0, 1),
        ("Product", B("CDT_Product"), 0, 1),
        ("ToewijzingIngangsdatum", B("LDT_Datum"), 0, 1),
        ("Begindatum", B("LDT_Datum"), 1, 1),
    ]
    if klasse == "StopProduct":
        product += [
            ("RedenBeeindiging", B("LDT_RedenBeeindiging"), 1, 1),
            ("Einddatum", B("LDT_Datum"), 1, 1),
        ]
    product += [("StatusAanlevering", B("LDT_StatusAanlevering"), 1, 1)]
    doc = ("Start van de levering van een toegewezen product." if klasse == "StartProduct"
           else "Stop van de levering van een toegewezen product.")
    return [
        ("Client", "Gegevens van de cliënt.", [
            ("Bsn", B("LDT_BurgerServicenummer"), 1, 1),
            ("Geboortedatum", B("CDT_Geboortedatum"), 1, 1),
            ("Geslacht", B("LDT_Geslacht"), 1, 1),
            ("Naam", B("CDT_VerkorteNaam"), 1, 1),
            (klasse + "en", M(klasse + "en"), 1, 1),
        ] + rc),
        (klasse + "en", None, [
            (klasse, M(klasse), 1, UNBOUNDED),
        ]),
        (klasse, doc, product + rc),
    ]


def _zorgmelding(klasse, retour):
    if not retour:
        return [
            ("Root", None, [
                ("Header", M("Header"), 1, 1),
                ("Client", M("Client"), 1, 1),
            ]),
            ("Header", "Kop van het bericht.", _kop("LDT_AgbCode", "LDT_Gemeente")),
        ] + _zorgmelding_types(klasse, retour=False)
    kop = _kop("LDT_AgbCode", "LDT_Gemeente") + [
        ("IdentificatieRetour", B("LDT_IdentificatieBericht"), 1, 1),
        ("DagtekeningRetour", B("LDT_Datum"), 1, 1),
        ("XsltVersie", B("LDT_Versie"), 0, 1),
        ("XsdVersieRetour", B("CDT_XsdVersie"), 1, 1),
        ("RetourCodes", M("RetourCodes"), 0, 1),
    ]
    return [
        ("Root", None, [
            ("Header", M("Header"), 1, 1),
            ("Client", M("Client"), 0, 1),
        ]),
        ("Header", "Kop van de retour: kop van het heenbericht plus retourgegevens.", kop),
        RETOURCODES_TYPE,
    ] + _zorgmelding_types(klasse, retour=True)


def bericht_305():
    return _zorgmelding("StartProduct", retour=False)


def bericht_306():
    return _zorgmelding("StartProduct", retour=True)


def bericht_307():
    return _zorgmelding("StopProduct", retour=False)


def bericht_308():
    return _zorgmelding("StopProduct", retour=True)


BERICHTEN = {
    "301": bericht_301,
    "302": bericht_302,
    "305": bericht_305,
    "306": bericht_306,
    "307": bericht_307,
    "308": bericht_308,
    "323": bericht_323,
    "325": bericht_325,
}
