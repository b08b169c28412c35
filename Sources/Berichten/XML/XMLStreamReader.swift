internal import CLibXML
internal import Glibc

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

/// Why a document could not be read at all.
public enum XMLReadError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notWellFormed([XMLDiagnostic])
    case doctypeRefused(line: Int)
    case entityReferenceRefused(name: String, line: Int)

    public var diagnostics: [XMLDiagnostic] {
        if case .notWellFormed(let diagnostics) = self { return diagnostics }
        return []
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
        case .doctypeRefused(let line):
            return "DOCTYPE-declaratie op regel \(line) geweigerd: iStandaarden-berichten hebben geen DTD, en DTD's "
                + "maken entity-aanvallen (XXE, 'billion laughs') mogelijk"
        case .entityReferenceRefused(let name, let line):
            return "entity-verwijzing &\(name); op regel \(line) geweigerd: externe of zelf gedefinieerde entities "
                + "worden niet verwerkt"
        }
    }
}

/// Reads an XML document as a stream of events, validating it against a schema in the same
/// pass. Never builds a tree: memory use does not grow with the document.
///
/// A reader belongs to one task; it is not `Sendable`. All libxml2 calls happen synchronously
/// inside ``next()``.
public final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    private var memory: UnsafeMutableRawBufferPointer?
    private var path: XMLPath
    private var pendingEnd: XMLElementName?
    private var names: [UnsafeRawPointer: String] = [:]
    private var finished = false
    private var unplaced: [Int] = []
    private let schema: XMLSchema?
    /// Diagnostics kept per document; more are counted but not stored.
    private let diagnosticLimit = 200

    /// Parse and schema problems reported so far.
    public private(set) var diagnostics: [XMLDiagnostic] = []
    /// Problems beyond ``diagnostics`` that were counted but not kept.
    public private(set) var droppedDiagnostics = 0

    /// Opens the file at `path`. Refuses empty and oversized files before parsing.
    public convenience init(
        path: String,
        schema: XMLSchema? = nil,
        limits: XMLLimits = .standard,
        repeatingElements: Set<String> = []
    ) throws(XMLReadError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadable(path: path, reason: "geen gewoon bestand")
        }
        let size = Int(info.st_size)
        if size == 0 { throw .empty }
        if size > limits.maximumBytes { throw .tooLarge(bytes: size, limit: limits.maximumBytes) }
        LibXML.ensureInitialized()
        guard let reader = xmlReaderForFile(path, nil, LibXML.safeOptions) else {
            throw .unreadable(path: path, reason: "libxml2 kan het bestand niet openen")
        }
        try self.init(reader: reader, memory: nil, schema: schema, repeatingElements: repeatingElements)
    }

    /// Reads a document held in memory; `name` appears in diagnostics.
    public convenience init(
        bytes: [UInt8],
        name: String,
        schema: XMLSchema? = nil,
        limits: XMLLimits = .standard,
        repeatingElements: Set<String> = []
    ) throws(XMLReadError) {
        if bytes.isEmpty { throw .empty }
        if bytes.count > limits.maximumBytes { throw .tooLarge(bytes: bytes.count, limit: limits.maximumBytes) }
        LibXML.ensureInitialized()
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        memory.copyBytes(from: bytes)
        let base = memory.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(base, Int32(bytes.count), name, nil, LibXML.safeOptions) else {
            memory.deallocate()
            throw .unreadable(path: name, reason: "libxml2 kan de invoer niet openen")
        }
        try self.init(reader: reader, memory: memory, schema: schema, repeatingElements: repeatingElements)
    }

    private init(
        reader: xmlTextReaderPtr,
        memory: UnsafeMutableRawBufferPointer?,
        schema: XMLSchema?,
        repeatingElements: Set<String>
    ) throws(XMLReadError) {
        self.reader = reader
        self.memory = memory
        self.schema = schema
        self.path = XMLPath(repeating: repeatingElements)
        xmlTextReaderSetStructuredErrorHandler(reader, readerErrorCallback, Unmanaged.passUnretained(self).toOpaque())
        if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
            throw .unreadable(path: schema.path, reason: "XSD kan niet aan de lezer worden gekoppeld")
        }
    }

    deinit {
        xmlFreeTextReader(reader)
        memory?.deallocate()
    }

    /// The line of the current node (where the parser stands when there is none).
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let number = xmlGetLineNo(node)
            if number > 0 { return Int(number) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// Path of the element the last event belongs to, e.g. `/Bericht/Client/Bsn`.
    public var currentPath: String { path.description }

    /// Depth of the innermost open element (the root element has depth 1).
    public var depth: Int { path.depth }

    /// True once the whole document was read and the schema (if any) found no error.
    public var isValid: Bool {
        guard finished else { return false }
        if diagnostics.contains(where: { $0.severity != .warning }) || droppedDiagnostics > 0 { return false }
        guard schema != nil else { return true }
        return xmlTextReaderIsValid(reader) == 1
    }

    /// The next event, or `nil` at the end of the document.
    public func next() throws(XMLReadError) -> XMLEvent? {
        if let end = pendingEnd {
            pendingEnd = nil
            placeDiagnostics()
            path.pop()
            return .endElement(end)
        }
        if finished { return nil }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                finished = true
                placeDiagnostics(finalPass: true)
                return nil
            }
            if status < 0 {
                finished = true
                placeDiagnostics(finalPass: true)
                if diagnostics.isEmpty {
                    diagnostics.append(XMLDiagnostic(
                        severity: .fatal, message: "document kan niet verder worden gelezen",
                        line: line, column: 0, path: currentPath, isSchemaError: false))
                }
                throw .notWellFormed(diagnostics)
            }
            switch xmlTextReaderNodeType(reader) {
            case CLIBXML_NODE_ELEMENT:
                let name = elementName()
                path.push(name.localName)
                placeDiagnostics()
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = name }
                return .startElement(name)
            case CLIBXML_NODE_END_ELEMENT:
                let name = elementName()
                placeDiagnostics()
                path.pop()
                return .endElement(name)
            case CLIBXML_NODE_TEXT, CLIBXML_NODE_CDATA:
                return .text(LibXML.string(xmlTextReaderConstValue(reader)) ?? "")
            case CLIBXML_NODE_DOCUMENT_TYPE:
                finished = true
                throw .doctypeRefused(line: line)
            case CLIBXML_NODE_ENTITY_REFERENCE:
                finished = true
                let name = LibXML.string(xmlTextReaderConstLocalName(reader)) ?? "?"
                throw .entityReferenceRefused(name: name, line: line)
            default:
                continue
            }
        }
    }

    /// Reads to the end, discarding events; returns whether the document is valid.
    public func drain() throws(XMLReadError) -> Bool {
        while try next() != nil {}
        return isValid
    }

    private func elementName() -> XMLElementName {
        XMLElementName(
            namespaceURI: interned(xmlTextReaderConstNamespaceUri(reader)),
            localName: interned(xmlTextReaderConstLocalName(reader))
        )
    }

    /// Names come from the reader's dictionary: the same pointer always means the same
    /// string, so each distinct name is converted to a Swift `String` only once.
    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let known = names[key] { return known }
        let value = LibXML.string(pointer) ?? ""
        names[key] = value
        return value
    }

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        if diagnostics.count >= diagnosticLimit {
            droppedDiagnostics += 1
            return
        }
        // Schema errors come from a SAX plug while the parser runs ahead of the node in hand;
        // the path is filled in once the reader reaches the reported line.
        diagnostics.append(LibXML.diagnostic(from: error, fallbackPath: path.description))
        unplaced.append(diagnostics.count - 1)
    }

    /// Gives diagnostics reported at or before the current node's line the current path.
    private func placeDiagnostics(finalPass: Bool = false) {
        guard !unplaced.isEmpty else { return }
        let here = finalPass ? Int.max : line
        let place = path.description
        unplaced.removeAll { index in
            guard diagnostics[index].line <= here || diagnostics[index].line == 0 else { return false }
            diagnostics[index].path = place
            return true
        }
    }

}

private func readerErrorCallback(_ user: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
    guard let user, let error else { return }
    Unmanaged<XMLStreamReader>.fromOpaque(user).takeUnretainedValue().record(error)
}
