/// Level-3 rules of the 305 start zorg and the 307 stop zorg (TR381, TR056, TR135 and TR378
/// apply to them too and are listed with the 301 and the Header).
extension Regelcatalogus {
    public static let tr019 = Regel(
        code: "TR019", niveau: .berichtoverstijgend, retourCode: RetourCode("9019"),
        geldtVoor: "305:StartProduct; 307:StopProduct",
        betekenis: "Een start of stop met ToewijzingNummer hoort bij een toewijzing van deze aanbieder voor deze cliënt"
    )
    public static let tr063 = Regel(
        code: "TR063", niveau: .berichtoverstijgend, retourCode: RetourCode("9063"),
        geldtVoor: "305:StartProduct/StatusAanlevering; 307:StopProduct/StatusAanlevering",
        betekenis: "StatusAanlevering 3 (verwijderen) alleen als er eerder een aanlevering met dezelfde sleutel was")
    public static let tr071 = Regel(
        code: "TR071", niveau: .berichtoverstijgend, retourCode: RetourCode("9071"),
        geldtVoor: "305:StartProduct/StatusAanlevering",
        betekenis: "Een start kan niet worden verwijderd als er al een stop voor is aangeleverd")
    public static let tr074 = Regel(
        code: "TR074", niveau: .berichtoverstijgend, retourCode: RetourCode("9074"),
        geldtVoor: "305:StartProduct; 307:StopProduct",
        betekenis: "Bij StatusAanlevering 1 is de logische sleutel nog niet eerder aangeleverd")
    public static let tr326 = Regel(
        code: "TR326", niveau: .berichtoverstijgend, retourCode: RetourCode("9326"),
        geldtVoor: "305:StartProduct",
        betekenis: "Geen nieuwe start zolang er een actuele start (niet gestopt, niet verwijderd) is voor het product")
    public static let tr382 = Regel(
        code: "TR382", niveau: .berichtoverstijgend, retourCode: RetourCode("9069"),
        geldtVoor: "307:StopProduct",
        betekenis: "Een stop heeft de sleutel van een aangeleverde start (ToewijzingNummer of Product, Begindatum)")
    public static let tr413 = Regel(
        code: "TR413", niveau: .berichtoverstijgend, retourCode: RetourCode("9413"),
        geldtVoor: "307:StopProduct",
        betekenis: "Geen tweede tijdelijke stop (reden 20) op dezelfde start")
    public static let tr414 = Regel(
        code: "TR414", niveau: .berichtoverstijgend, retourCode: RetourCode("9414"),
        geldtVoor: "307:StopProduct/Einddatum",
        betekenis: "De Einddatum van een volgende stop ligt niet voor die van de eerdere stop op dezelfde start")
    public static let tr415 = Regel(
        code: "TR415", niveau: .berichtoverstijgend, retourCode: RetourCode("9415"),
        geldtVoor: "307:StopProduct",
        betekenis: "Geen stop meer na een definitieve stop (reden anders dan 20) op dezelfde start")

    /// Local signal (OP364: never a rejection); `uit` unless the config names it.
    public static let bd005 = Regel(
        code: "BD005", niveau: .berichtoverstijgend, retourCode: .geenOpmerking,
        geldtVoor: "323:Prestatie",
        betekenis: "Declaratie op een toewijzing zonder (niet verwijderde) start zorg: alleen signaleren (OP364)")

    static let zorgmeldingregels: [Regel] = [tr019, tr063, tr071, tr074, tr326, tr382, tr413, tr414, tr415, bd005]
}
