"""Code lists of iJw / iWmo release 3.2 (values as enumerated by the 3.2 basisschema).

Each list is a sequence of (code, label). The labels are short Dutch descriptions written
for this project; they only appear as documentation in the generated schemas. Source of
the values: spec section 11 (../../../../shared/spec/istandaarden-3.2.md, 11.1-11.7).

Lists that differ between iJw and iWmo are given per standard in PER_STANDAARD.
"""

from .landen import LANDEN

# WJ001 Retourcode -- full 3.2 list, identical code set in iJw and iWmo (spec 11.1).
WJ001_RETOURCODE = [
    ("0001", "Bericht afgekeurd op technische controle (XSLT)"),
    ("0200", "Geen opmerking bij deze berichtklasse"),
    ("0233", "Berichtklasse niet beoordeeld"),
    ("0611", "Tarief wijkt af van het contracttarief"),
    ("8001", "Declaratie volledig toegekend"),
    ("8017", "Geen goedgekeurde debetprestatie bij deze creditprestatie"),
    ("8021", "ReferentieNummer van de prestatie is al eerder aangeleverd"),
    ("8187", "Prestatie of BSN hoort niet bij deze cliënt"),
    ("8214", "Declaratieperiode sluit niet aan op de vorige periode"),
    ("8848", "Dagtekening ligt na de systeemdatum"),
    ("9019", "Start of stop is niet aan een toewijzing te koppelen"),
    ("9056", "Identificatie niet uniek voor afzender en berichttype"),
    ("9063", "Geen eerder bericht met deze sleutel om te verwijderen"),
    ("9069", "Geen actuele start met dezelfde sleutel"),
    ("9071", "Start kan niet weg: zorg is al gestopt"),
    ("9074", "Bericht met dezelfde sleutel is al ontvangen"),
    ("9307", "Begindatum productperiode ligt voor de ingangsdatum van de toewijzing"),
    ("9308", "Einddatum productperiode ligt na de einddatum van de toewijzing"),
    ("9319", "Productperiode valt niet in de huidige of een eerdere declaratieperiode"),
    ("9321", "Geleverd volume boven het toegewezen volume in de productperiode"),
    ("9322", "Totaal geleverd volume boven het toegewezen volume over de looptijd"),
    ("9326", "Lopende levering is nog niet gestopt"),
    ("9332", "ToewijzingNummer niet uniek binnen het wettelijk domein"),
    ("9333", "DeclaratieNummer niet uniek"),
    ("9338", "Prestatie hoort bij geen enkel toegewezen product"),
    ("9339", "Productcategorie wijkt af van de toewijzing"),
    ("9340", "Productcode wijkt af van de toewijzing"),
    ("9341", "Eenheid past niet bij de eenheid van de toewijzing"),
    ("9346", "Ingediend bedrag is niet gelijk aan volume maal tarief"),
    ("9347", "ReferentieAanbieder niet uniek"),
    ("9349", "Verzoek om wijziging mist actuele toegewezen producten"),
    ("9350", "Ongewijzigd product hoort niet bij een actuele toewijzing"),
    ("9351", "Te wijzigen product hoort niet bij een actuele toewijzing"),
    ("9355", "ReferentieAanbieder komt in geen eerder verzoek voor"),
    ("9357", "Gewenste ingangsdatum in het verleden en anders dan de oorspronkelijke"),
    ("9359", "Er is al een toewijzing met deze ReferentieAanbieder"),
    ("9360", "Er is al een antwoord 'in onderzoek' voor deze ReferentieAanbieder"),
    ("9361", "Product komt meer dan eens voor met overlappende periodes"),
    ("9365", "Vorig antwoord voor deze ReferentieAanbieder was niet 'in onderzoek'"),
    ("9366", "ProductReferentie komt in geen declaratie voor"),
    ("9367", "Prestatie wijkt af van de gedeclareerde prestatie"),
    ("9369", "Geleverd volume boven het toegewezen budget"),
    ("9373", "Budget of totaal gewijzigd met een andere ingangsdatum"),
    ("9374", "Er loopt al een verzoek"),
    ("9375", "Omvang gevuld terwijl de toewijzing geen product heeft"),
    ("9379", "ReferentieAanbieder gevuld zonder verzoek"),
    ("9384", "Declaratie op een verwijderde toewijzing"),
    ("9385", "Toewijzing met goedgekeurde prestaties kan niet worden verwijderd"),
    ("9387", "Begindatum productperiode is niet de eerste dag van de maand"),
    ("9388", "Einddatum productperiode is niet de laatste dag van de maand"),
    ("9389", "Er is al een debetprestatie zonder bijbehorende creditprestatie"),
    ("9390", "Deze ProductReferentie is al gecrediteerd"),
    ("9411", "Omvang leeg terwijl de toewijzing een productcode heeft"),
    ("9412", "Omvang gevuld terwijl de toewijzing geen productcode heeft"),
    ("9413", "Tweede tijdelijke stop met dezelfde sleutel"),
    ("9414", "Einddatum ligt voor die van de actuele stop"),
    ("9415", "Er is al een definitieve stop met dezelfde sleutel"),
    ("S300", "Gemeentecode staat niet in de CBS-lijst"),
    ("S329", "Productcode hoort niet bij de productcategorie"),
]

# WJ756 Eenheid (spec 11.2).
WJ756_EENHEID = [
    ("01", "Minuut"),
    ("04", "Uur"),
    ("14", "Etmaal"),
    ("16", "Dagdeel (4 uur)"),
    ("82", "Stuks (output)"),
    ("83", "Euro's"),
    ("84", "Stuks (inspanning)"),
]

# WMO757 Frequentie (spec 11.3).
WMO757_FREQUENTIE = [
    ("1", "Per dag"),
    ("2", "Per week"),
    ("4", "Per maand"),
    ("6", "Totaal binnen de looptijd van de toewijzing"),
]

# JZ002 / WMO002 Reden wijziging toewijzing (spec 11.4), same values in both.
REDEN_WIJZIGING = [
    ("01", "Administratieve correctie (vervallen)"),
    ("02", "Cliënt overleden"),
    ("03", "Contractwijziging"),
    ("04", "Herbeoordeling: langer"),
    ("05", "Herbeoordeling: korter"),
    ("06", "Uitstroom naar ander domein"),
    ("07", "Verhuisd naar andere gemeente"),
    ("08", "Andere leveringsvorm"),
    ("09", "Overstap naar andere aanbieder"),
    ("10", "Nieuwe bekostigingssystematiek"),
    ("11", "Gemeentelijke herindeling"),
    ("12", "Op initiatief van de aanbieder"),
    ("13", "Verwijderd"),
    ("14", "Administratieve correctie"),
]

# JZ020 Productcategorie, iJw (spec 11.5): 31-38 and 40-55.
JZ020_PRODUCTCATEGORIE = [
    ("31", "Zonder verblijf: wijk- of buurtteam (2015)"),
    ("32", "Zonder verblijf: ambulant bij de aanbieder (2015)"),
    ("33", "Zonder verblijf: daghulp bij de aanbieder (2015)"),
    ("34", "Zonder verblijf: in het netwerk van de jeugdige (2015)"),
    ("35", "Met verblijf: pleegzorg (2015)"),
    ("36", "Met verblijf: gezinsgericht (2015)"),
    ("37", "Met verblijf: gesloten plaatsing (2015)"),
    ("38", "Met verblijf: overig residentieel (2015)"),
    ("40", "Persoonlijke verzorging"),
    ("41", "Dagbehandeling"),
    ("42", "Vervoer"),
    ("43", "Verblijf met behandeling"),
    ("44", "Verblijf zonder behandeling"),
    ("45", "Ambulante jeugdhulp"),
    ("46", "Crisis"),
    ("47", "Jeugdreclassering"),
    ("48", "Jeugdbescherming"),
    ("49", "Preventief justitieel kader"),
    ("50", "Maatwerk jeugd"),
    ("51", "Generalistische basis-ggz"),
    ("52", "Specialistische ggz"),
    ("53", "Kindergeneeskunde"),
    ("54", "Jeugd-ggz"),
    ("55", "Landelijk ingekocht"),
]

# WMO020 Productcategorie, iWmo (spec 11.5): 01-18.
WMO020_PRODUCTCATEGORIE = [
    ("01", "Hulp bij het huishouden"),
    ("02", "Begeleiding"),
    ("03", "Persoonlijke verzorging"),
    ("04", "Kortdurend verblijf"),
    ("05", "Woondiensten"),
    ("06", "Overige individuele ondersteuning"),
    ("07", "Dagbesteding"),
    ("08", "Vervoer"),
    ("09", "Overige groepsondersteuning"),
    ("10", "Overig maatwerk"),
    ("11", "Rolstoelen"),
    ("12", "Vervoersvoorzieningen"),
    ("13", "Woonvoorzieningen"),
    ("14", "Overige hulpmiddelen"),
    ("15", "Beschermd wonen"),
    ("16", "Opvang"),
    ("17", "Spoedopvang"),
    ("18", "Overig beschermd wonen en opvang"),
]

# JZ588 Reden beeindiging, iJw (spec 11.7).
JZ588_REDEN_BEEINDIGING = [
    ("02", "Overlijden"),
    ("20", "Tijdelijk gestopt"),
    ("31", "Gestopt volgens plan"),
    ("32", "Voortijdig gestopt door de cliënt"),
    ("33", "Voortijdig gestopt door de aanbieder"),
    ("34", "Voortijdig gestopt in overleg"),
    ("35", "Voortijdig gestopt door externe omstandigheden"),
    ("36", "Op initiatief van de gemeente"),
    ("37", "Wegens een verzoek om wijziging"),
    ("38", "Overstap naar andere aanbieder"),
    ("39", "Uitstroom naar ander domein"),
]

# WMO588 Reden beeindiging, iWmo (spec 11.7).
WMO588_REDEN_BEEINDIGING = [
    ("02", "Overlijden"),
    ("19", "Gestopt volgens plan"),
    ("20", "Tijdelijk gestopt"),
    ("21", "Gestopt door de cliënt"),
    ("22", "Gestopt door de aanbieder"),
    ("23", "Voortijdig gestopt in overleg"),
    ("31", "Verhuisd naar andere gemeente"),
    ("36", "Op initiatief van de gemeente"),
    ("37", "Wegens een verzoek om wijziging"),
    ("38", "Overstap naar andere aanbieder"),
    ("39", "Uitstroom naar ander domein"),
]

# Other lists (spec 11.7), same in both standards.
COD043_DEBET_CREDIT = [("C", "Credit"), ("D", "Debet")]

COD046_GESLACHT = [("0", "Onbekend"), ("1", "Man"), ("2", "Vrouw")]

COD170_DATUMGEBRUIK = [
    ("1", "Dag onbekend"),
    ("2", "Dag en maand onbekend"),
    ("3", "Geheel onbekend"),
]

COD260_JANEE = [("1", "Ja"), ("2", "Nee")]

COD327_TYPE_VERWIJZER = [
    ("01", "Gemeente"),
    ("02", "Huisarts"),
    ("03", "Jeugdarts"),
    ("04", "Gecertificeerde instelling"),
    ("05", "Medisch specialist"),
    ("06", "Geen verwijzer"),
    ("08", "Rechter, officier van justitie of JJI"),
]

COD467_STATUS_AANLEVERING = [
    ("1", "Eerste aanlevering"),
    ("2", "Gewijzigde aanlevering"),
    ("3", "Verwijderen"),
    ("9", "Niet van toepassing"),
]

COD472_SOORT_RELATIE = [
    ("03", "Curator"),
    ("04", "Financieel gemachtigd"),
    ("05", "Financieel toetsend"),
    ("06", "Leefeenheid"),
    ("07", "Hulpverlener"),
    ("08", "Specialist"),
    ("09", "Anders"),
    ("10", "Ouder"),
    ("11", "Voogd"),
    ("12", "Partner"),
    ("13", "Pleegouder"),
    ("14", "Bewindvoerder"),
    ("15", "Mentor"),
    ("16", "Kind"),
    ("17", "Familielid"),
    ("18", "Gezinslid"),
    ("19", "Buur"),
    ("20", "Vriend of kennis"),
    ("21", "Cliëntondersteuner"),
    ("22", "Huisarts"),
    ("23", "Erven"),
    ("24", "Werkgever"),
    ("25", "Wijkcoach"),
]

COD700_NAAMGEBRUIK = [
    ("1", "Eigen naam"),
    ("2", "Naam partner"),
    ("3", "Partner, dan eigen naam"),
    ("4", "Eigen naam, dan partner"),
    ("5", "Pseudoniem"),
    ("6", "Geen natuurlijk persoon"),
]

COD747_COMMUNICATIEVORM = [
    ("1", "Tolk voor een taal"),
    ("2", "Doventolk"),
    ("3", "Doofblindentolk"),
]

COD757_ADRESSOORT = [
    ("01", "BRP-adres"),
    ("02", "Correspondentieadres"),
    ("03", "Verblijfadres"),
    ("04", "Tijdelijk verblijfadres"),
]

NUM061_AANDUIDING_WOONADRES = [
    ("AB", "Aan boord"),
    ("BY", "Bij"),
    ("TO", "Tegenover"),
    ("WW", "Woonwagen"),
]

WJ003_WETTELIJKE_VERTEGENWOORDIGING = [
    ("06", "Voogdij"),
    ("07", "Bewind"),
    ("08", "Mentorschap"),
    ("09", "Curatele"),
    ("10", "Zaakwaarneming"),
]

WJ232_JURIDISCHE_STATUS = [
    ("01", "Voorlopige of voortgezette rechterlijke machtiging"),
    ("02", "Rechterlijke machtiging op eigen verzoek"),
    ("03", "Rechterlijke machtiging met voorwaardelijk ontslag"),
    ("04", "Ondertoezichtstelling"),
    ("05", "Inbewaringstelling"),
    ("11", "Terbeschikkingstelling"),
    ("12", "Overige strafrechtelijke titel"),
]

WJ758_REDEN_VERZOEK = [
    ("1", "Cliëntsituatie veranderd"),
    ("2", "Zorgplan gewijzigd"),
]

WJ759_REDEN_AFWIJZING_VERZOEK = [
    ("1", "Geen wijziging maar nieuwe aanvraag"),
    ("2", "Past niet binnen het budget"),
    ("3", "Geen contract"),
    ("4", "Past niet binnen het contract"),
    ("5", "Andere gemeente"),
    ("6", "Stapeling"),
    ("7", "Zorginhoudelijk afgewezen"),
    ("8", "Woonplaatsbeginsel"),
    ("9", "Leeftijdsgrens bereikt"),
]

WJ760_VERZOEK_ANTWOORD = [
    ("1", "Verzoek afgewezen"),
    ("2", "Aanvraag in onderzoek"),
]

COD032_LAND = LANDEN

# Lists that are the same in both standards, by the key used in simpletypes.py.
COMMON = {
    "WJ001": WJ001_RETOURCODE,
    "WJ756": WJ756_EENHEID,
    "WMO757": WMO757_FREQUENTIE,
    "REDENWIJZIGING": REDEN_WIJZIGING,
    "COD043": COD043_DEBET_CREDIT,
    "COD046": COD046_GESLACHT,
    "COD170": COD170_DATUMGEBRUIK,
    "COD260": COD260_JANEE,
    "COD327": COD327_TYPE_VERWIJZER,
    "COD467": COD467_STATUS_AANLEVERING,
    "COD472": COD472_SOORT_RELATIE,
    "COD700": COD700_NAAMGEBRUIK,
    "COD747": COD747_COMMUNICATIEVORM,
    "COD757": COD757_ADRESSOORT,
    "NUM061": NUM061_AANDUIDING_WOONADRES,
    "WJ003": WJ003_WETTELIJKE_VERTEGENWOORDIGING,
    "WJ232": WJ232_JURIDISCHE_STATUS,
    "WJ758": WJ758_REDEN_VERZOEK,
    "WJ759": WJ759_REDEN_AFWIJZING_VERZOEK,
    "WJ760": WJ760_VERZOEK_ANTWOORD,
    "COD032": COD032_LAND,
}

# Lists that differ per standard.
PER_STANDAARD = {
    "ijw": {
        "PRODUCTCATEGORIE": JZ020_PRODUCTCATEGORIE,
        "REDENBEEINDIGING": JZ588_REDEN_BEEINDIGING,
    },
    "iwmo": {
        "PRODUCTCATEGORIE": WMO020_PRODUCTCATEGORIE,
        "REDENBEEINDIGING": WMO588_REDEN_BEEINDIGING,
    },
}


def codelist(key, standaard):
    """The (code, label) list for a code-list key in the given standard ("ijw" / "iwmo")."""
    if key in PER_STANDAARD[standaard]:
        return PER_STANDAARD[standaard][key]
    return COMMON[key]
