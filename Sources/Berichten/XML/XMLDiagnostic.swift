/// One problem libxml2 reported while parsing or validating, with its position.
public struct XMLDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case warning, error, fatal
    }

    public let severity: Severity
    /// libxml2's message, in English, as it reported it.
    public let message: String
    public let line: Int
    /// libxml2 reports no column for schema errors; 0 then.
    public let column: Int
    /// Element path without namespace prefixes, e.g. `/Bericht/Client/Bsn`.
    public internal(set) var path: String
    /// True when the XSD (not the XML syntax) was violated.
    public let isSchemaError: Bool

    public init(severity: Severity, message: String, line: Int, column: Int, path: String, isSchemaError: Bool) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.path = path
        self.isSchemaError = isSchemaError
    }

    public var position: String {
        column > 0 ? "regel \(line), kolom \(column)" : "regel \(line)"
    }

    public var description: String {
        "\(position) \(path): \(message)"
    }
}
