/// What reading a file gave: refused outright, invalid against the XSD (level 1), or a message.
public enum Leesresultaat: Sendable {
    /// Not a message berichtd can read or answer: empty, not XML, hostile, unknown namespace,
    /// another release. No retour is possible; the file is set aside with this reason.
    case geweigerd(Weigering)
    /// Control level 1: the document breaks the XSD. The standard sends no retour.
    case xsdOngeldig(XsdAfkeuring)
    /// Read and XSD-valid.
    case gelezen(Bericht)
}

/// Why a file cannot be read as a message.
public struct Weigering: Sendable, Codable, Error, CustomStringConvertible {
    /// Stable machine code, e.g. `leeg`, `geen-xml`, `doctype`, `namespace`, `release`.
    public let code: String
    public let toelichting: String
    public let diagnostics: [XMLDiagnostic]

    public init(code: String, toelichting: String, diagnostics: [XMLDiagnostic] = []) {
        self.code = code
        self.toelichting = toelichting
        self.diagnostics = diagnostics
    }

    public var description: String { toelichting }
}

/// A document that failed XSD validation, with what could be read of its header.
public struct XsdAfkeuring: Sendable, Codable {
    public let soort: BerichtSoort
    /// Afzender/Identificatie when the header itself could be read.
    public let afzender: String?
    public let identificatie: String?
    /// Readable remarks before the raw XSD messages (e.g. BerichtCode versus namespace).
    public let toelichtingen: [String]
    public let diagnostics: [XMLDiagnostic]
}
