/// Why a document could not be read at all.
public enum XMLReadError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notWellFormed([XMLDiagnostic])
    /// Not well-formed for a reason berichtd can name (libxml2's error code, the input's first
    /// bytes, or where the parser stopped).
    case malformed(XMLMalformation, [XMLDiagnostic])
    case doctypeRefused(line: Int)
    case entityReferenceRefused(name: String, line: Int)

    public var diagnostics: [XMLDiagnostic] {
        switch self {
        case .notWellFormed(let diagnostics), .malformed(_, let diagnostics): diagnostics
        default: []
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "bestand \(path) kan niet worden gelezen: \(reason)"
        case .empty:
            return "het bestand is leeg (0 bytes of alleen witruimte); een iStandaarden-bericht is een XML-document"
        case .tooLarge(let bytes, let limit):
            return "het bestand is \(bytes) bytes; de grens is \(limit) bytes (OP179: maximaal 25 MB per bericht)"
        case .notWellFormed(let diagnostics):
            let first = diagnostics.first(where: { $0.severity == .fatal }) ?? diagnostics.first
            guard let first else { return "geen geldige XML" }
            return "geen geldige XML (\(first.position)): \(first.message)"
        case .malformed(let malformation, let diagnostics):
            let first = diagnostics.first(where: { $0.severity == .fatal }) ?? diagnostics.first
            return malformation.description + (first.map { " (libxml2, \($0.position): \($0.message))" } ?? "")
        case .doctypeRefused(let line):
            return "DOCTYPE-declaratie op regel \(line) geweigerd: iStandaarden-berichten hebben geen DTD, en DTD's "
                + "maken entity-aanvallen (XXE, 'billion laughs') mogelijk"
        case .entityReferenceRefused(let name, let line):
            return "entity-verwijzing &\(name); op regel \(line) geweigerd: externe of zelf gedefinieerde entities "
                + "worden niet verwerkt"
        }
    }
}
