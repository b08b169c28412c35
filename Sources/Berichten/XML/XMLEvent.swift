/// The qualified name of an element: its namespace URI and local name.
public struct XMLElementName: Hashable, Sendable {
    public let namespaceURI: String
    public let localName: String

    public init(namespaceURI: String, localName: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
    }
}

/// What a streaming reader reports, in document order.
public enum XMLEvent: Equatable, Sendable {
    case startElement(XMLElementName)
    case text(String)
    case endElement(XMLElementName)
}

/// Limits a reader enforces before and while parsing.
public struct XMLLimits: Sendable {
    /// Largest accepted input in bytes (OP179: 25 MB).
    public var maximumBytes: Int

    public static let standard = XMLLimits(maximumBytes: 25 * 1024 * 1024)

    public init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }
}
