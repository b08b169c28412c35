/// What processing one input file led to.
public struct Verwerkingsuitkomst: Sendable, CustomStringConvertible {
    public enum Soort: String, Sendable {
        /// Fully accepted (302 without codes, 325 with 8001).
        case geaccepteerd
        /// 325 with some clients or prestaties rejected.
        case gedeeltelijk
        /// Rejected on level 3/4 (header, declaratie or a class of the 301).
        case afgewezen
        /// Level 2: header-only retour with 0001.
        case technischAfgewezen = "technisch-afgewezen"
        /// Level 1: no retour, file set aside.
        case xsdOngeldig = "xsd-ongeldig"
        /// Not a message berichtd can read; file set aside.
        case geweigerd
    }

    public let bestand: String
    public let soort: Soort
    public let bericht: String?
    public let retourBestand: String?
    public let retourCodes: [RetourCode]
    public let bevindingen: [Bevinding]
    public let reden: String?
    /// Prestaties of a 323 that were approved and rejected (0 for other messages).
    public var prestaties: (toegekend: Int, afgewezen: Int) = (0, 0)

    public init(
        bestand: String, soort: Soort, bericht: String?, retourBestand: String?, retourCodes: [RetourCode],
        bevindingen: [Bevinding], reden: String?
    ) {
        self.bestand = bestand
        self.soort = soort
        self.bericht = bericht
        self.retourBestand = retourBestand
        self.retourCodes = retourCodes
        self.bevindingen = bevindingen
        self.reden = reden
    }

    /// The message type (e.g. `JW323`), when berichtd could tell.
    public var berichtSoort: String? {
        bericht?.split(separator: " ").first.map(String.init)
    }

    public var description: String {
        var regel = "\(bestand): \(soort.rawValue)"
        if let bericht { regel += " (\(bericht))" }
        if !retourCodes.isEmpty { regel += " retourcodes \(retourCodes.map(\.rawValue).joined(separator: ","))" }
        let signalen = bevindingen.filter(\.isSignaal).map(\.regel)
        if !signalen.isEmpty { regel += "; signalen \(Set(signalen).sorted().joined(separator: ","))" }
        if let reden { regel += " — \(reden)" }
        return regel
    }
}
