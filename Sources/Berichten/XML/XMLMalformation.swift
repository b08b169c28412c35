internal import CLibXML

/// What is wrong with an input that is not well-formed XML, in words an operator can act on.
public enum XMLMalformation: Sendable, Equatable, CustomStringConvertible {
    /// The input ends inside the document: cut off while written or copied.
    case truncated(line: Int)
    /// A NUL byte, which XML never allows (a binary file, or a broken export).
    case nulByte(line: Int)
    /// Another character XML does not allow (a control character).
    case invalidCharacter(line: Int)
    /// Two byte-order marks at the start.
    case doubleBOM
    /// UTF-32 (or UTF-16 without the declaration libxml2 needs); iStandaarden use UTF-8.
    case unsupportedEncoding(String)
    /// The first thing in the file is not `<` (after a BOM and white space): no XML at all.
    case notXML
    /// A comment, text or name larger than libxml2 reads safely.
    case tooLargePart(line: Int)

    /// Short code for reasons and reports.
    public var code: String {
        switch self {
        case .truncated: "afgekapt"
        case .nulByte, .invalidCharacter: "ongeldig-teken"
        case .doubleBOM, .unsupportedEncoding: "codering"
        case .notXML: "geen-xml"
        case .tooLargePart: "te-groot-onderdeel"
        }
    }

    public var description: String {
        switch self {
        case .truncated(let line):
            "het bestand houdt midden in het XML-document op (regel \(line)): afgekapt tijdens schrijven of kopiëren"
        case .nulByte(let line):
            "regel \(line) bevat een NUL-byte (0x00), die XML nooit toestaat"
        case .invalidCharacter(let line):
            "regel \(line) bevat een teken dat XML niet toestaat (een stuurteken)"
        case .doubleBOM:
            "het bestand begint met twee byte-order-marks (BOM); een UTF-8-bericht heeft er hooguit één"
        case .unsupportedEncoding(let encoding):
            "het bestand is in \(encoding) gecodeerd; iStandaarden-berichten zijn UTF-8"
        case .notXML:
            "het bestand begint niet met XML (het eerste teken is geen '<'): geen iStandaarden-bericht"
        case .tooLargePart(let line):
            "een commentaar, tekst of naam op regel \(line) is groter dan libxml2 veilig leest (10 MB)"
        }
    }

    /// What the first bytes of an input say before libxml2 reads it.
    static func sniff(_ prefix: some Collection<UInt8>) -> XMLMalformation? {
        let bytes = Array(prefix.prefix(8))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) { return .doubleBOM }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return .unsupportedEncoding("UTF-32")
        }
        if bytes.starts(with: [0x00, 0x00, 0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00, 0x00, 0x00]) {
            return .unsupportedEncoding("UTF-32")
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x00, 0x3C])
            || bytes.starts(with: [0x3C, 0x00])
        {
            return nil  // UTF-16: libxml2 reads it, and the reader says what it makes of it
        }
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        guard let first = rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        return first == UInt8(ascii: "<") ? nil : .notXML
    }

    /// The first NUL byte of a UTF-8 input, as a line number: libxml2 reports what it makes of
    /// the bytes after it ("Couldn't find end of Start Tag") rather than the NUL itself.
    static func nulByte(in bytes: [UInt8]) -> XMLMalformation? {
        guard !bytes.starts(with: [0xFE, 0xFF]), !bytes.starts(with: [0xFF, 0xFE]), let index = bytes.firstIndex(of: 0)
        else {
            return nil
        }
        return .nulByte(line: bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
    }

    /// Names the fatal error libxml2 stopped on, from its error code and from whether the
    /// parser had consumed the whole input (then the input simply ended too early).
    static func classify(code: Int32, line: Int, consumedAll: Bool) -> XMLMalformation? {
        func is_(_ error: xmlParserErrors) -> Bool { code == Int32(bitPattern: error.rawValue) }
        if is_(XML_ERR_INVALID_CHAR) { return .invalidCharacter(line: line) }
        if is_(XML_ERR_UNSUPPORTED_ENCODING) || is_(XML_ERR_INVALID_ENCODING) {
            return .unsupportedEncoding("een codering die libxml2 niet kan lezen")
        }
        if is_(XML_ERR_DOCUMENT_EMPTY) { return .notXML }
        if consumedAll { return .truncated(line: line) }
        if is_(XML_ERR_COMMENT_NOT_FINISHED) || is_(XML_ERR_INTERNAL_ERROR) { return .tooLargePart(line: line) }
        return nil
    }
}
