/// Every rule berichtd checks, in one place. Codes and retourcodes are the standard's
/// (iJw/iWmo 3.2 regelrapport); local contract rules have our own stable `BD` codes.
public enum Regelcatalogus {
    // MARK: - Level 2, 301 toewijzing

    public static let cs002 = Regel(
        code: "CS002", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Client/Bsn; 305:Client/Bsn; 307:Client/Bsn; 323:Client/Bsn",
        betekenis: "Bsn voldoet aan de elfproef")
    public static let tr101 = Regel(
        code: "TR101", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Relatie, Contact, ToegewezenProduct; 305:StartProduct; 307:StopProduct; 323:Client, Prestatie",
        betekenis: "Geen dubbele berichtklassen: de logische sleutel is uniek binnen de bovenliggende klasse")
    public static let tr002 = Regel(
        code: "TR002", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor:
            "301:Client/Geboortedatum; 301:Relatie/Geboortedatum; 305:Client/Geboortedatum; 307:Client/Geboortedatum",
        betekenis: "Geboortedatum ligt niet meer dan 120 jaar voor de Dagtekening, tenzij onbekend")
    public static let tr134 = Regel(
        code: "TR134", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor:
            "301:Geboortedatum, Toewijzingsdatum; 305:Geboortedatum, Begindatum; 307:Geboortedatum, Einddatum; 323:DeclaratiePeriode, ProductPeriode (Begindatum)",
        betekenis: "Datum bestaat en ligt niet na de Dagtekening van het bericht")
    public static let cs139 = Regel(
        code: "CS139", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor:
            "301:Client/Geboortedatum; 301:Relatie/Geboortedatum; 305:Client/Geboortedatum; 307:Client/Geboortedatum",
        betekenis: "DatumGebruik en Datum van de geboortedatum zijn met elkaar in overeenstemming")
    public static let cs050 = Regel(
        code: "CS050", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Client/Naam/NaamGebruik; 301:Relatie/Naam/NaamGebruik",
        betekenis: "Met Partnernaam is NaamGebruik 1, 2, 3 of 4; zonder Partnernaam 1 of 6")
    public static let cs318 = Regel(
        code: "CS318", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Client/Naam",
        betekenis: "NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor de cliënt")
    public static let cd007 = Regel(
        code: "CD007", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Client/Communicatie/Taal",
        betekenis: "Taal is gevuld als Communicatie/Vorm 1 (tolk taal) is, anders leeg")
    public static let tr061 = Regel(
        code: "TR061", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Client",
        betekenis: "De cliënt heeft minstens één Contact met Soort 01, 02 of 03")
    public static let tr006 = Regel(
        code: "TR006", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Contact",
        betekenis: "Een Contact heeft een Telefoon en/of de combinatie Huis en Postcode")
    public static let cd034 = Regel(
        code: "CD034", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Contact/Adres/Postcode",
        betekenis: "Postcode is verplicht bij Soort 01 (BRP-adres) en 03 (verblijfadres)")
    public static let cd025 = Regel(
        code: "CD025", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Contact/Adres/Huis",
        betekenis: "Huis is verplicht als LandCode NL is")
    public static let cd005 = Regel(
        code: "CD005", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Contact/Adres/LandCode",
        betekenis: "LandCode is gevuld als Postcode gevuld is, anders leeg")
    public static let cs089 = Regel(
        code: "CS089", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Contact/Adres/Postcode",
        betekenis: "Bij LandCode NL heeft de Postcode het Nederlandse formaat (1234AB)")
    public static let cd009 = Regel(
        code: "CD009", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:Contact/Periode",
        betekenis: "Periode mag alleen bij Soort 04 (tijdelijk verblijfadres)")
    public static let cs003 = Regel(
        code: "CS003", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Einddatum; 301:Contact/Periode/Einddatum",
        betekenis: "Einddatum ligt niet voor de Ingangsdatum of Begindatum van dezelfde periode")
    public static let cd041 = Regel(
        code: "CD041", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Omvang",
        betekenis: "Omvang is verplicht als Product/Code gevuld is")
    public static let cd075 = Regel(
        code: "CD075", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Einddatum",
        betekenis: "Einddatum is verplicht als Budget gevuld is")
    public static let cd076 = Regel(
        code: "CD076", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Einddatum",
        betekenis: "Einddatum is verplicht als Omvang/Frequentie 2 (per week) is")
    public static let cd077 = Regel(
        code: "CD077", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Omvang",
        betekenis: "Omvang is leeg als Budget gevuld is")
    public static let cd078 = Regel(
        code: "CD078", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Budget",
        betekenis: "Budget is leeg als Omvang gevuld is")
    public static let cd079 = Regel(
        code: "CD079", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Product",
        betekenis: "Product is verplicht als Budget leeg is")
    public static let cd080 = Regel(
        code: "CD080", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Omvang",
        betekenis: "Omvang is leeg als Product/Code leeg is en de Einddatum na 31-12-2020 ligt of leeg is")
    public static let cs338 = Regel(
        code: "CS338", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/Omvang",
        betekenis: "Bij Eenheid 14, 16, 83 of 84 (Einddatum na 31-12-2020 of leeg) is Frequentie 2, 4 of 6")
    public static let cs335 = Regel(
        code: "CS335", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/RedenWijziging",
        betekenis: "RedenWijziging 13 (Verwijderd) alleen als Einddatum gelijk is aan Ingangsdatum")
    public static let cs336 = Regel(
        code: "CS336", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct/RedenWijziging",
        betekenis: "RedenWijziging 01 (Administratieve correctie, vervallen) wordt niet gebruikt")
    public static let tr302 = Regel(
        code: "TR302", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "301:ToegewezenProduct",
        betekenis: "Een product komt alleen vaker voor in een toewijzing als de periodes elkaar niet overlappen")

    // MARK: - Level 2, 323 declaratie

    public static let cs100 = Regel(
        code: "CS100", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Declaratie/DeclaratiePeriode; 323:Prestatie/ProductPeriode",
        betekenis: "Datum ligt op of na 01-01-2021")
    public static let cs340 = Regel(
        code: "CS340", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Declaratie/DeclaratiePeriode",
        betekenis: "De declaratieperiode is precies één hele kalendermaand")
    public static let tr137 = Regel(
        code: "TR137", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:DeclaratiePeriode/Einddatum; 323:ProductPeriode/Einddatum",
        betekenis: "Einddatum ligt op of na de Begindatum en niet na de Dagtekening van het bericht")
    public static let cs337 = Regel(
        code: "CS337", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/ProductPeriode",
        betekenis: "Einddatum van de ProductPeriode valt in dezelfde kalendermaand als de Begindatum")
    public static let tr335 = Regel(
        code: "TR335", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/ProductPeriode",
        betekenis: "Einddatum van de ProductPeriode ligt niet meer dan 5 jaar voor de DeclaratieDagtekening")
    public static let cd060 = Regel(
        code: "CD060", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/ProductReferentie/VorigReferentieNummer",
        betekenis: "VorigReferentieNummer is gevuld bij een creditprestatie (C), anders leeg")
    public static let cd087 = Regel(
        code: "CD087", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/ProductTarief",
        betekenis: "ProductTarief is gevuld als Eenheid niet 83 (euro's) is, anders leeg")
    public static let cs339 = Regel(
        code: "CS339", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/IngediendBedrag",
        betekenis: "Bij Eenheid 83 (euro's) is IngediendBedrag gelijk aan GeleverdVolume")
    public static let cs325 = Regel(
        code: "CS325", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:TotaalIngediendBedrag; 323:Prestatie/IngediendBedrag",
        betekenis: "Een (totaal)bedrag van 0 heeft DebetCredit D")
    public static let tr358 = Regel(
        code: "TR358", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Declaratie/TotaalIngediendBedrag",
        betekenis: "TotaalIngediendBedrag is de som van de ingediende bedragen (debet plus, credit min)")
    public static let tr315 = Regel(
        code: "TR315", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/ProductReferentie",
        betekenis: "VorigReferentieNummer is uniek binnen het bericht")
    public static let tr316 = Regel(
        code: "TR316", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie/ProductReferentie",
        betekenis: "Een debetprestatie wordt niet in hetzelfde bericht gecrediteerd")
    public static let tr416 = Regel(
        code: "TR416", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "323:Prestatie",
        betekenis:
            "Per ToewijzingNummer, ProductCategorie, ProductCode en ProductPeriode hooguit één debetprestatie in een bericht"
    )

    // MARK: - Level 2, 305 start zorg and 307 stop zorg

    public static let cs058 = Regel(
        code: "CS058", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "305:StartProduct/StatusAanlevering; 307:StopProduct/StatusAanlevering",
        betekenis: "StatusAanlevering is 1 (eerste aanlevering) of 3 (verwijderen)")
    public static let tr018 = Regel(
        code: "TR018", niveau: .berichtinhoud, retourCode: .technischeFout,
        geldtVoor: "307:StopProduct/Einddatum",
        betekenis: "Einddatum ligt op of na de Begindatum")

    /// Every rule, in the order reports list them.
    public static let alle: [Regel] =
        [
            cs002, tr101, tr002, tr134, cs139, cs050, cs318, cd007, tr061, tr006, cd034, cd025, cd005, cs089, cd009,
            cs003, cd041, cd075, cd076, cd077, cd078, cd079, cd080, cs338, cs335, cs336, tr302,
            cs100, cs340, tr137, cs337, tr335, cd060, cd087, cs339, cs325, tr358, tr315, tr316, tr416,
            cs058, tr018,
        ] + verwerkingsregels + zorgmeldingregels

    public static func regel(_ code: String) -> Regel? { alle.first { $0.code == code } }
}
