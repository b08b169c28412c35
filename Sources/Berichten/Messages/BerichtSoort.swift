/// The two iStandaarden of the social domain.
public enum Standaard: String, Sendable, Codable, Hashable, CaseIterable {
    /// iJw: Jeugdwet.
    case ijw
    /// iWmo: Wet maatschappelijke ondersteuning.
    case iwmo

    /// `iJw` / `iWmo`
    public var naam: String { self == .ijw ? "iJw" : "iWmo" }
    /// The law it serves.
    public var wet: Wet { self == .ijw ? .jeugdwet : .wmo }
    /// Message-name prefix: `jw301`, `wmo301`.
    var berichtPrefix: String { self == .ijw ? "jw" : "wmo" }
}

/// The law under which care is bought.
public enum Wet: String, Sendable, Codable, Hashable, CaseIterable {
    case jeugdwet
    case wmo

    public var naam: String { self == .jeugdwet ? "Jeugdwet" : "Wmo" }
    public var standaard: Standaard { self == .jeugdwet ? .ijw : .iwmo }
}

/// The messages berichtd reads or writes.
public enum BerichtType: Int, Sendable, Codable, Hashable, CaseIterable {
    case toewijzing = 301
    case toewijzingRetour = 302
    case declaratie = 323
    case declaratieAntwoord = 325
    case startZorg = 305
    case startZorgRetour = 306
    case stopZorg = 307
    case stopZorgRetour = 308

    public var omschrijving: String {
        switch self {
        case .toewijzing: "toewijzing"
        case .toewijzingRetour: "toewijzing-retour"
        case .declaratie: "declaratie"
        case .declaratieAntwoord: "declaratie-antwoord"
        case .startZorg: "start zorg"
        case .startZorgRetour: "start-zorg-retour"
        case .stopZorg: "stop zorg"
        case .stopZorgRetour: "stop-zorg-retour"
        }
    }
}

/// A message of one standard: JW301, WMO323 and so on.
public struct BerichtSoort: Hashable, Sendable, Codable, CustomStringConvertible {
    public let standaard: Standaard
    public let type: BerichtType

    public init(_ standaard: Standaard, _ type: BerichtType) {
        self.standaard = standaard
        self.type = type
    }

    /// `JW301`, `WMO323`
    public var naam: String { "\(standaard.berichtPrefix.uppercased())\(type.rawValue)" }

    /// Vektis COD002 BerichtCode.
    public var berichtCode: String {
        switch (standaard, type) {
        case (.ijw, .toewijzing): "436"
        case (.ijw, .toewijzingRetour): "437"
        case (.ijw, .declaratie): "490"
        case (.ijw, .declaratieAntwoord): "491"
        case (.iwmo, .toewijzing): "414"
        case (.iwmo, .toewijzingRetour): "415"
        case (.iwmo, .declaratie): "484"
        case (.iwmo, .declaratieAntwoord): "485"
        case (.ijw, .startZorg): "438"
        case (.ijw, .startZorgRetour): "439"
        case (.ijw, .stopZorg): "440"
        case (.ijw, .stopZorgRetour): "441"
        case (.iwmo, .startZorg): "418"
        case (.iwmo, .startZorgRetour): "419"
        case (.iwmo, .stopZorg): "420"
        case (.iwmo, .stopZorgRetour): "421"
        }
    }

    /// The message that answers this one (302 for a 301, 325 for a 323, 306 for a 305, 308 for a 307).
    public var antwoord: BerichtSoort? {
        switch type {
        case .toewijzing: BerichtSoort(standaard, .toewijzingRetour)
        case .declaratie: BerichtSoort(standaard, .declaratieAntwoord)
        case .startZorg: BerichtSoort(standaard, .startZorgRetour)
        case .stopZorg: BerichtSoort(standaard, .stopZorgRetour)
        default: nil
        }
    }

    /// `jw301`, as in namespaces and XSD file names.
    public var kortenaam: String { "\(standaard.berichtPrefix)\(type.rawValue)" }

    public var namespace: String { "http://www.istandaarden.nl/\(standaard.rawValue)/3_2/\(kortenaam)/schema" }

    public var basisschemaNamespace: String { Self.basisschemaNamespace(standaard) }

    public static func basisschemaNamespace(_ standaard: Standaard) -> String {
        "http://www.istandaarden.nl/\(standaard.rawValue)/3_2/basisschema/schema"
    }

    /// Path of the XSD below the `xsd/` directory: `ijw-3.2/jw301.xsd`.
    public var xsdPad: String { "\(standaard.rawValue)-3.2/\(kortenaam).xsd" }

    public var description: String { naam }

    public static let alle: [BerichtSoort] = Standaard.allCases.flatMap { standaard in
        BerichtType.allCases.map { BerichtSoort(standaard, $0) }
    }
}
