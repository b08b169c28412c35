import Foundation

/// One row of the auditors' report: a class that was rejected or signalled, or a file that
/// could not be answered at all (level 1). BSNs are masked.
struct Afwijzingsregel: Sendable, Hashable {
    enum Behandeling: String, Sendable, Hashable {
        /// The class got this retour code in the 302/325.
        case afgewezen
        /// A local rule set to `signaleren`: reported here, not in the retour.
        case signaal
        /// Level 1 or unreadable: no retour at all, the file went to `spool/rejected/`.
        case nietVerwerkt = "niet verwerkt"
    }

    let tijd: String
    let bestand: String
    let bericht: String
    let identificatie: String?
    let afzender: String?
    let afzendernaam: String?
    let gemeente: String?
    let gemeentenaam: String?
    let aanbieder: String?
    let aanbiedernaam: String?
    let bsn: String
    let toewijzing: Int64?
    let product: String?
    let periode: String?
    let bedrag: Int64?
    let regel: String
    let niveau: Int
    let bron: RegelBron
    let behandeling: Behandeling
    let retourcode: String?
    let toelichting: String
    let gevonden: String
    let verwacht: String
    let plaats: String?
    /// Relative to the report's directory (`../../out/<gemeente>/<retour>.xml`).
    let retourlink: String?

    static let retourPrefix = "../../out/"

    init(_ bericht: Berichtregel, _ bevinding: Bevindingregel, config: Regioconfiguratie, tijd: Ontvangsttijd) {
        self.init(
            bericht, config: config, tijd: tijd,
            regel: bevinding.regel, niveau: bevinding.niveau, bron: RegelBron(rawValue: bevinding.bron) ?? .landelijk,
            behandeling: bevinding.ernst == "signaal" ? .signaal : .afgewezen,
            toelichting: bevinding.toelichting, gevonden: bevinding.gevonden, verwacht: bevinding.verwacht,
            plaats: "\(bevinding.pad) (regel \(bevinding.regelnummer))", bsn: bevinding.bsn,
            toewijzing: bevinding.toewijzingNummer, product: bevinding.product, periode: bevinding.periode,
            bedrag: bevinding.bedrag, retourcode: bevinding.ernst == "signaal" ? nil : bevinding.retourCode)
    }

    /// A message set aside without retour; the stored reason explains why.
    init(apartGezet bericht: Berichtregel, config: Regioconfiguratie, tijd: Ontvangsttijd) {
        let regels = (bericht.reden ?? bericht.uitkomst).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let xsd = bericht.uitkomst == "xsd-ongeldig"
        self.init(
            bericht, config: config, tijd: tijd,
            regel: xsd ? "XSD" : "WEIGERING", niveau: 1, bron: .landelijk, behandeling: .nietVerwerkt,
            toelichting: regels.first.map { $0.hasSuffix(":") ? String($0.dropLast()) : $0 } ?? bericht.uitkomst,
            gevonden: regels.dropFirst().joined(separator: " | "),
            verwacht: xsd ? "een bericht dat voldoet aan de XSD van iJw/iWmo 3.2" : "een leesbaar iJw/iWmo 3.2-bericht",
            plaats: nil, bsn: nil, toewijzing: nil, product: nil, periode: nil, bedrag: nil, retourcode: nil)
    }

    private init(
        _ bericht: Berichtregel, config: Regioconfiguratie, tijd: Ontvangsttijd, regel: String, niveau: Int,
        bron: RegelBron,
        behandeling: Behandeling, toelichting: String, gevonden: String, verwacht: String, plaats: String?,
        bsn: String?,
        toewijzing: Int64?, product: String?, periode: String?, bedrag: Int64?, retourcode: String?
    ) {
        self.tijd = tijd.lokaleTijd(bericht.ontvangenOp)
        self.bestand = Maskering.regel(bericht.bestand)
        self.bericht = bericht.soort
        self.identificatie = bericht.identificatie.map(Maskering.regel)
        self.afzender = bericht.afzender
        self.afzendernaam = config.gemeentenaam(bericht.afzender) ?? config.aanbiedernaam(bericht.afzender)
        self.gemeente = bericht.gemeente
        self.gemeentenaam = config.gemeentenaam(bericht.gemeente)
        self.aanbieder = bericht.aanbieder
        self.aanbiedernaam = config.aanbiedernaam(bericht.aanbieder)
        self.bsn = BSNMasker.masker(bsn)
        self.toewijzing = toewijzing
        self.product = product
        self.periode = periode
        self.bedrag = bedrag
        self.regel = regel
        self.niveau = niveau
        self.bron = bron
        self.behandeling = behandeling
        self.retourcode = retourcode
        self.toelichting = Maskering.regel(toelichting)
        self.gevonden = Maskering.regel(gevonden)
        self.verwacht = Maskering.regel(verwacht)
        self.plaats = plaats
        self.retourlink = bericht.retourBestand.map { Self.retourPrefix + $0 }
    }

    var bronOmschrijving: String { bron == .lokaal ? "lokaal (contract)" : "landelijk (standaard)" }

    static let kolommen: [Kolom<Afwijzingsregel>] = [
        Kolom("tijd") { .tekst($0.tijd) },
        Kolom("bestand") { .tekst($0.bestand) },
        Kolom("bericht") { .tekst($0.bericht) },
        Kolom("identificatie") { .tekst($0.identificatie) },
        Kolom("afzender") { .tekst($0.afzender) },
        Kolom("afzender_naam") { .tekst($0.afzendernaam) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("gemeente_naam") { .tekst($0.gemeentenaam) },
        Kolom("bsn") { .tekst($0.bsn) },
        Kolom("toewijzing", .getal) { .getal($0.toewijzing) },
        Kolom("product") { .tekst($0.product) },
        Kolom("periode") { .tekst($0.periode) },
        Kolom("bedrag", .bedrag) { .getal($0.bedrag) },
        Kolom("regel") { .tekst($0.regel) },
        Kolom("niveau", .getal) { .getal($0.niveau) },
        Kolom("bron") { .tekst($0.bronOmschrijving) },
        Kolom("behandeling") { .tekst($0.behandeling.rawValue) },
        Kolom("retourcode") { .tekst($0.retourcode) },
        Kolom("toelichting") { .tekst($0.toelichting) },
        Kolom("gevonden") { .tekst($0.gevonden) },
        Kolom("verwacht") { .tekst($0.verwacht) },
        Kolom("plaats") { .tekst($0.plaats) },
        Kolom("retourbestand") { .tekst($0.retourlink) },
    ]
}
