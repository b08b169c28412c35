/// Control levels of the standard (IV032/IV088).
public enum Controleniveau: Int, Sendable, Codable, Hashable, Comparable {
    /// XSD: no retour at all.
    case berichtformaat = 1
    /// Rules inside one message (XSLT level): retourcode 0001, header-only retour.
    case berichtinhoud = 2
    /// Rules across messages (the store).
    case berichtoverstijgend = 3
    /// Rules against external sources (system date, CBS list, product list, contract).
    case externeBron = 4

    public var omschrijving: String {
        switch self {
        case .berichtformaat: "1 berichtformaat (XSD)"
        case .berichtinhoud: "2 berichtinhoud"
        case .berichtoverstijgend: "3 berichtoverstijgend"
        case .externeBron: "4 externe bron"
        }
    }

    public static func < (lhs: Controleniveau, rhs: Controleniveau) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a rule comes from: the national standard or the region's own contract terms.
public enum RegelBron: String, Sendable, Codable, Hashable {
    /// iJw/iWmo 3.2 (TRxxx, CDxxx, CSxxx).
    case landelijk
    /// A local contract rule of the region (BDxxx).
    case lokaal
}

/// A rule: its code, control level, the retourcode it yields and what it means.
public struct Regel: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
    /// `CS002`, `TR101`, `BD003`.
    public let code: String
    public let niveau: Controleniveau
    public let retourCode: RetourCode
    /// Messages and elements it applies to, e.g. `301:Client/Bsn; 323:Client/Bsn`.
    public let geldtVoor: String
    /// One line, in Dutch.
    public let betekenis: String

    public init(code: String, niveau: Controleniveau, retourCode: RetourCode, geldtVoor: String, betekenis: String) {
        self.code = code
        self.niveau = niveau
        self.retourCode = retourCode
        self.geldtVoor = geldtVoor
        self.betekenis = betekenis
    }

    public var id: String { code }
    public var bron: RegelBron { code.hasPrefix("BD") ? .lokaal : .landelijk }
    public var description: String { "\(code) (\(retourCode)): \(betekenis)" }

    /// A finding of this rule.
    public func bevinding(
        _ locatie: Bronpositie,
        doel: Klassedoel,
        gevonden: String,
        verwacht: String,
        toelichting: String,
        retourCode: RetourCode? = nil,
        signaal: Bool = false
    ) -> Bevinding {
        Bevinding(
            regel: code, niveau: niveau, bron: bron, retourCode: retourCode ?? self.retourCode, locatie: locatie,
            doel: doel, gevonden: gevonden, verwacht: verwacht, toelichting: toelichting, isSignaal: signaal)
    }
}
