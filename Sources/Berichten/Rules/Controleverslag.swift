/// The outcome of checking one file without touching any state (`berichtd check`).
public struct Controleverslag: Sendable, Codable {
    public enum Uitkomst: String, Sendable, Codable {
        /// XSD-valid and no level-2 finding.
        case geldig
        /// XSD-valid but level-2 rules failed (a retour with 0001 would follow).
        case ongeldig
        /// Breaks the XSD (control level 1: no retour).
        case xsdOngeldig = "xsd-ongeldig"
        /// Not a message berichtd can read (empty, not XML, hostile, other release…).
        case geweigerd
    }

    public let bestand: String
    public let uitkomst: Uitkomst
    /// `JW323` when the namespace was recognised.
    public let soort: BerichtSoort?
    public let afzender: String?
    public let ontvanger: String?
    public let identificatie: String?
    public let bevindingen: [Bevinding]
    public let xsdFouten: [XMLDiagnostic]
    public let toelichtingen: [String]
    public let weigering: Weigering?

    /// Reads the file and runs the level-2 rules.
    public static func controleer(bestand: String, lezer: Berichtlezer) throws(XMLSchemaError) -> Controleverslag {
        switch try lezer.lees(path: bestand) {
        case .geweigerd(let weigering):
            return Controleverslag(
                bestand: bestand, uitkomst: .geweigerd, soort: nil, afzender: nil, ontvanger: nil, identificatie: nil,
                bevindingen: [], xsdFouten: [], toelichtingen: [], weigering: weigering)
        case .xsdOngeldig(let afkeuring):
            return Controleverslag(
                bestand: bestand, uitkomst: .xsdOngeldig, soort: afkeuring.soort, afzender: afkeuring.afzender,
                ontvanger: nil, identificatie: afkeuring.identificatie, bevindingen: [],
                xsdFouten: afkeuring.diagnostics, toelichtingen: afkeuring.toelichtingen, weigering: nil)
        case .gelezen(let bericht):
            let bevindingen = Berichtinhoud.controleer(bericht)
            return Controleverslag(
                bestand: bestand, uitkomst: bevindingen.isEmpty ? .geldig : .ongeldig, soort: bericht.soort,
                afzender: bericht.header.afzender, ontvanger: bericht.header.ontvanger,
                identificatie: bericht.header.identificatie, bevindingen: bevindingen, xsdFouten: [],
                toelichtingen: [], weigering: nil)
        }
    }
}
