/// Eenheid (WJ756): the unit of a volume.
public enum Eenheid: String, Sendable, Codable, Hashable, CaseIterable {
    case minuut = "01"
    case uur = "04"
    case etmaal = "14"
    case dagdeel = "16"
    case stuksOutput = "82"
    case euro = "83"
    case stuksInspanning = "84"

    public var omschrijving: String {
        switch self {
        case .minuut: "minuut"
        case .uur: "uur"
        case .etmaal: "etmaal"
        case .dagdeel: "dagdeel (4 uur)"
        case .stuksOutput: "stuks (output)"
        case .euro: "euro's"
        case .stuksInspanning: "stuks (inspanning)"
        }
    }

    /// `04 (uur)`
    public var codeEnOmschrijving: String { "\(rawValue) (\(omschrijving))" }
}

/// Frequentie (WMO757): the period a volume applies to.
public enum Frequentie: String, Sendable, Codable, Hashable, CaseIterable {
    case perDag = "1"
    case perWeek = "2"
    case perMaand = "4"
    case totaal = "6"

    public var omschrijving: String {
        switch self {
        case .perDag: "per dag"
        case .perWeek: "per week"
        case .perMaand: "per maand"
        case .totaal: "totaal binnen geldigheidsduur toewijzing"
        }
    }

    public var codeEnOmschrijving: String { "\(rawValue) (\(omschrijving))" }
}

/// RedenWijziging (JZ002 / WMO002) of a toegewezen product.
public struct RedenWijziging: RawRepresentable, Hashable, Sendable, Codable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 01 Administratieve correctie (vervallen): may no longer be used (CS336).
    public static let administratieveCorrectieVervallen = RedenWijziging(rawValue: "01")
    /// 13 Verwijderd: the toewijzing counts as never issued.
    public static let verwijderd = RedenWijziging(rawValue: "13")

    /// Deleted: RedenWijziging 13, or the retired 01 with Einddatum = Ingangsdatum (TR302, OP087).
    public static func isVerwijdering(_ reden: RedenWijziging?, ingangsdatum: Datum, einddatum: Datum?) -> Bool {
        guard let reden else { return false }
        return reden == .verwijderd || (reden == .administratieveCorrectieVervallen && einddatum == ingangsdatum)
    }
}

/// A WJ001 retourcode, four characters as in the XML (`0001`, `8001`, `S300`).
public struct RetourCode: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Technical rejection: a level-2 rule failed, the whole message counts as not sent.
    public static let technischeFout = RetourCode("0001")
    /// No remark on this class.
    public static let geenOpmerking = RetourCode("0200")
    /// Class not assessed (children of a rejected class).
    public static let nietBeoordeeld = RetourCode("0233")
    /// Declaratie fully granted.
    public static let volledigToegekend = RetourCode("8001")

    public var description: String { rawValue }
    public static func < (lhs: RetourCode, rhs: RetourCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
