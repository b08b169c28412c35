/// Level-3 (across messages) and level-4 (external sources) rules, and the region's local
/// contract rules.
extension Regelcatalogus {
    // MARK: - Header

    public static let tr056 = Regel(
        code: "TR056", niveau: .berichtoverstijgend, retourCode: RetourCode("9056"),
        geldtVoor: "301, 305, 307, 323:Header/BerichtIdentificatie",
        betekenis: "Identificatie is uniek per berichtsoort per afzender")
    public static let tr135 = Regel(
        code: "TR135", niveau: .externeBron, retourCode: RetourCode("8848"),
        geldtVoor: "301, 305, 307, 323:Header/BerichtIdentificatie/Dagtekening",
        betekenis: "Dagtekening ligt niet in de toekomst (systeemdatum)")
    public static let tr378 = Regel(
        code: "TR378", niveau: .externeBron, retourCode: RetourCode("S300"),
        geldtVoor: "301:Header/Afzender; 305, 307, 323:Header/Ontvanger",
        betekenis: "Gemeentecode bestaat in de CBS-lijst die geldt op de ingangsdatum")

    // MARK: - 301

    public static let tr332 = Regel(
        code: "TR332", niveau: .berichtoverstijgend, retourCode: RetourCode("9332"),
        geldtVoor: "301:ToegewezenProduct/ToewijzingNummer",
        betekenis: "ToewijzingNummer is uniek per gemeente per wet (hoort bij één cliënt en één aanbieder)")
    public static let tr379 = Regel(
        code: "TR379", niveau: .berichtoverstijgend, retourCode: RetourCode("9379"),
        geldtVoor: "301:ToegewezenProduct/ReferentieAanbieder",
        betekenis:
            "ReferentieAanbieder alleen bij de eerste verzending na honorering van een verzoek (VOT/VOW), niet opnieuw")
    public static let tr385 = Regel(
        code: "TR385", niveau: .berichtoverstijgend, retourCode: RetourCode("9385"),
        geldtVoor: "301:ToegewezenProduct",
        betekenis: "Een toewijzing met toegekende, niet-gecrediteerde prestaties mag niet worden verwijderd (13)")
    public static let tr381 = Regel(
        code: "TR381", niveau: .externeBron, retourCode: RetourCode("S329"),
        geldtVoor:
            "301:ToegewezenProduct/Product; 305:StartProduct/Product; 307:StopProduct/Product; 323:Prestatie/ProductCode",
        betekenis: "ProductCode hoort bij de ProductCategorie volgens de productcodelijst van de regio")

    // MARK: - 323

    public static let tr333 = Regel(
        code: "TR333", niveau: .berichtoverstijgend, retourCode: RetourCode("9333"),
        geldtVoor: "323:Declaratie/DeclaratieNummer",
        betekenis: "DeclaratieNummer is uniek per aanbieder per wet")
    public static let tr318 = Regel(
        code: "TR318", niveau: .berichtoverstijgend, retourCode: RetourCode("8214"),
        geldtVoor: "323:Declaratie/DeclaratiePeriode",
        betekenis: "De declaratieperiode ligt niet voor de laatst gedeclareerde periode (aansluitende periodes)")
    public static let tr304 = Regel(
        code: "TR304", niveau: .berichtoverstijgend, retourCode: RetourCode("8187"),
        geldtVoor: "323:Client/Bsn",
        betekenis: "De Bsn is die van de cliënt van de toewijzing waarop gedeclareerd wordt")
    public static let tr314 = Regel(
        code: "TR314", niveau: .berichtoverstijgend, retourCode: RetourCode("8021"),
        geldtVoor: "323:Prestatie/ProductReferentie",
        betekenis: "ReferentieNummer is uniek per aanbieder per wet, over alle berichten")
    public static let tr323 = Regel(
        code: "TR323", niveau: .berichtoverstijgend, retourCode: RetourCode("8017"),
        geldtVoor: "323:Prestatie/ProductReferentie",
        betekenis: "Een creditprestatie verwijst naar een eerder toegekende debetprestatie")
    public static let tr390 = Regel(
        code: "TR390", niveau: .berichtoverstijgend, retourCode: RetourCode("9390"),
        geldtVoor: "323:Prestatie",
        betekenis: "Een prestatie wordt maar één keer gecrediteerd")
    public static let tr389 = Regel(
        code: "TR389", niveau: .berichtoverstijgend, retourCode: RetourCode("9389"),
        geldtVoor: "323:Prestatie",
        betekenis:
            "Een nieuwe debet voor dezelfde toewijzing, product en productperiode alleen als de eerdere debet gecrediteerd is"
    )
    public static let tr338 = Regel(
        code: "TR338", niveau: .berichtoverstijgend, retourCode: RetourCode("9338"),
        geldtVoor: "323:Prestatie",
        betekenis: "De prestatie hoort via ToewijzingNummer bij een toewijzing aan deze aanbieder")
    public static let tr384 = Regel(
        code: "TR384", niveau: .berichtoverstijgend, retourCode: RetourCode("9384"),
        geldtVoor: "323:Prestatie",
        betekenis: "Niet declareren op een verwijderde toewijzing (RedenWijziging 13)")
    public static let tr339 = Regel(
        code: "TR339", niveau: .berichtoverstijgend, retourCode: RetourCode("9339"),
        geldtVoor: "323:Prestatie/ProductCategorie",
        betekenis: "ProductCategorie is die van de toewijzing (als die een categorie heeft)")
    public static let tr340 = Regel(
        code: "TR340", niveau: .berichtoverstijgend, retourCode: RetourCode("9340"),
        geldtVoor: "323:Prestatie/ProductCode",
        betekenis: "ProductCode is die van de toewijzing (als die een code heeft)")
    public static let tr341 = Regel(
        code: "TR341", niveau: .berichtoverstijgend, retourCode: RetourCode("9341"),
        geldtVoor: "323:Prestatie/Eenheid",
        betekenis: "Eenheid is die van de toewijzing (uren mogen in minuten); zonder omvang die van het contract")
    public static let tr307 = Regel(
        code: "TR307", niveau: .berichtoverstijgend, retourCode: RetourCode("9307"),
        geldtVoor: "323:Prestatie/ProductPeriode",
        betekenis: "ProductPeriode begint niet voor de Ingangsdatum van de toewijzing")
    public static let tr308 = Regel(
        code: "TR308", niveau: .berichtoverstijgend, retourCode: RetourCode("9308"),
        geldtVoor: "323:Prestatie/ProductPeriode",
        betekenis: "ProductPeriode eindigt niet na de Einddatum van de toewijzing")
    public static let tr319 = Regel(
        code: "TR319", niveau: .berichtoverstijgend, retourCode: RetourCode("9319"),
        geldtVoor: "323:Prestatie",
        betekenis: "ProductPeriode ligt in de huidige of een eerdere declaratieperiode")
    public static let tr387 = Regel(
        code: "TR387", niveau: .berichtoverstijgend, retourCode: RetourCode("9387"),
        geldtVoor: "323:Prestatie/ProductPeriode",
        betekenis: "ProductPeriode begint op de 1e van de maand, of op de latere Ingangsdatum van de toewijzing")
    public static let tr388 = Regel(
        code: "TR388", niveau: .berichtoverstijgend, retourCode: RetourCode("9388"),
        geldtVoor: "323:Prestatie/ProductPeriode",
        betekenis: "ProductPeriode eindigt op de laatste dag van de maand, of op de eerdere Einddatum van de toewijzing"
    )
    public static let tr321 = Regel(
        code: "TR321", niveau: .berichtoverstijgend, retourCode: RetourCode("9321"),
        geldtVoor: "323:Prestatie/GeleverdVolume",
        betekenis: "GeleverdVolume past binnen het toegewezen volume voor de productperiode")
    public static let tr322 = Regel(
        code: "TR322", niveau: .berichtoverstijgend, retourCode: RetourCode("9322"),
        geldtVoor: "323:Prestatie/GeleverdVolume",
        betekenis: "De som van GeleverdVolume op de toewijzing past binnen het toegewezen volume over de looptijd")
    public static let tr369 = Regel(
        code: "TR369", niveau: .berichtoverstijgend, retourCode: RetourCode("9369"),
        geldtVoor: "323:Prestatie/GeleverdVolume",
        betekenis:
            "De som van de prestaties (eurocent: GeleverdVolume bij eenheid 83, anders IngediendBedrag) past binnen het Budget"
    )
    public static let tr346 = Regel(
        code: "TR346", niveau: .externeBron, retourCode: RetourCode("9346"),
        geldtVoor: "323:Prestatie/IngediendBedrag",
        betekenis:
            "Bij Eenheid ongelijk 83 is IngediendBedrag gelijk aan GeleverdVolume × ProductTarief (IV081 bij minuten)")
    public static let tr418 = Regel(
        code: "TR418", niveau: .berichtoverstijgend, retourCode: RetourCode("0611"),
        geldtVoor: "323:Prestatie/ProductTarief",
        betekenis: "ProductTarief is het contracttarief voor deze aanbieder, gemeente, product, eenheid en datum")

    // MARK: - Local contract rules (region config decides: signaleren, afwijzen or uit)

    public static let bd001 = Regel(
        code: "BD001", niveau: .externeBron, retourCode: .geenOpmerking,
        geldtVoor: "301:ToegewezenProduct; 323:Prestatie (lokaal)",
        betekenis: "De aanbieder is op de ingangsdatum gecontracteerd voor het segment van het product in deze gemeente"
    )
    public static let bd002 = Regel(
        code: "BD002", niveau: .externeBron, retourCode: .geenOpmerking,
        geldtVoor: "301:ToegewezenProduct; 323:Prestatie (lokaal)",
        betekenis: "De gemeente neemt deel aan het segment van het product")
    public static let bd003 = Regel(
        code: "BD003", niveau: .berichtoverstijgend, retourCode: .geenOpmerking,
        geldtVoor: "301:ToegewezenProduct (lokaal)",
        betekenis: "Een aanbieder in zijn overgangsperiode krijgt geen nieuwe cliënten (alleen bestaande zorg afmaken)")
    public static let bd004 = Regel(
        code: "BD004", niveau: .externeBron, retourCode: .geenOpmerking,
        geldtVoor: "301:ToegewezenProduct (lokaal)",
        betekenis: "Een taakgericht product (lumpsum) wordt niet per cliënt toegewezen")

    static let verwerkingsregels: [Regel] = [
        tr056, tr135, tr378, tr332, tr379, tr385, tr381, tr333, tr318, tr304, tr314, tr323, tr390, tr389, tr338, tr384,
        tr339, tr340, tr341, tr307, tr308, tr319, tr387, tr388, tr321, tr322, tr369, tr346, tr418, bd001, bd002, bd003,
        bd004,
    ]
}
