internal import CLibXML
internal import Glibc

/// Reads an XML document as a stream of events, validating it against a schema in the same
/// pass. Never builds a tree: memory use does not grow with the document.
///
/// A reader belongs to one task; it is not `Sendable`. All libxml2 calls happen synchronously
/// inside ``next()``.
public final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    /// The bytes of an in-memory document, kept alive while libxml2 reads them.
    private let memory: ByteSource?
    private let schema: XMLSchema?
    /// Diagnostics kept per document; more are counted but not stored.
    private let diagnosticLimit = 200

    /// Everything that changes while reading. It lives behind a pointer because the reader is a
    /// class that libxml2 calls back into: stored `var`s would get a dynamic exclusivity check on
    /// every access, several per node, which cost more than the rest of ``step()`` together.
    private struct State {
        var path: XMLPath
        /// Local names and namespace URIs, by id.
        var localNames = XMLNameTable()
        var namespaces = XMLNameTable(capacity: 16)
        /// Name id of an empty element whose `.end` is still to come; -1: none.
        var pendingEnd: Int32 = -1
        var finished = false
        /// libxml2's last error is per thread; it is cleared on the thread that reads.
        var started = false
        var localNameID: Int32 = -1
        var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var diagnostics: [XMLDiagnostic] = []
        var droppedDiagnostics = 0
        /// Indexes of diagnostics that still need their element path.
        var unplaced: [Int] = []
    }

    private let state: UnsafeMutablePointer<State>
    /// Size of the input in bytes.
    let inputBytes: Int

    /// Parse and schema problems reported so far.
    public var diagnostics: [XMLDiagnostic] { state.pointee.diagnostics }
    /// Problems beyond ``diagnostics`` that were counted but not kept.
    public var droppedDiagnostics: Int { state.pointee.droppedDiagnostics }

    /// Opens the file at `path`. Refuses empty and oversized files before parsing.
    public convenience init(
        path: String,
        schema: XMLSchema? = nil,
        limits: XMLLimits = .standard,
        repeatingElements: Set<String> = []
    ) throws(XMLReadError) {
        let info: FileStatus
        do {
            info = try POSIXCall.status(path: path)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        guard info.kind == .regular else {
            throw .unreadable(path: path, reason: "geen gewoon bestand")
        }
        let size = info.size
        if size == 0 { throw .empty }
        if size <= limits.maximumBytes, let malformation = Self.sniff(path: path) {
            if case .onlyWhitespace = malformation { throw .empty }
            if case .malformed(let found) = malformation { throw .malformed(found, []) }
        }
        if size > limits.maximumBytes { throw .tooLarge(bytes: size, limit: limits.maximumBytes) }
        LibXML.ensureInitialized()
        guard let reader = xmlReaderForFile(path, nil, LibXML.safeOptions) else {
            throw .unreadable(path: path, reason: "libxml2 kan het bestand niet openen")
        }
        try self.init(
            reader: reader, memory: nil, inputBytes: size, schema: schema, repeatingElements: repeatingElements)
    }

    /// Reads a document held in memory; `name` appears in diagnostics.
    public convenience init(
        bytes: [UInt8],
        name: String,
        schema: XMLSchema? = nil,
        limits: XMLLimits = .standard,
        repeatingElements: Set<String> = []
    ) throws(XMLReadError) {
        if bytes.isEmpty || !bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) { throw .empty }
        if bytes.count > limits.maximumBytes { throw .tooLarge(bytes: bytes.count, limit: limits.maximumBytes) }
        if let malformation = XMLMalformation.sniff(bytes.prefix(8)) { throw .malformed(malformation, []) }
        LibXML.ensureInitialized()
        // libxml2 pulls the bytes in chunks from the caller's array: no second copy of a 25 MB input.
        let source = ByteSource(bytes)
        guard
            let reader = xmlReaderForIO(
                byteSourceRead, nil, Unmanaged.passUnretained(source).toOpaque(), name, nil, LibXML.safeOptions)
        else {
            throw .unreadable(path: name, reason: "libxml2 kan de invoer niet openen")
        }
        try self.init(
            reader: reader, memory: source, inputBytes: bytes.count, schema: schema,
            repeatingElements: repeatingElements)
    }

    private init(
        reader: xmlTextReaderPtr,
        memory: ByteSource?,
        inputBytes: Int,
        schema: XMLSchema?,
        repeatingElements: Set<String>
    ) throws(XMLReadError) {
        self.reader = reader
        self.memory = memory
        self.inputBytes = inputBytes
        self.schema = schema
        state = .allocate(capacity: 1)
        state.initialize(to: State(path: XMLPath(repeating: repeatingElements)))
        xmlTextReaderSetStructuredErrorHandler(reader, readerErrorCallback, Unmanaged.passUnretained(self).toOpaque())
        if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
            throw .unreadable(path: schema.path, reason: "XSD kan niet aan de lezer worden gekoppeld")
        }
    }

    deinit {
        xmlFreeTextReader(reader)
        state.deinitialize(count: 1)
        state.deallocate()
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
    public var currentPath: String { state.pointee.path.description(state.pointee.localNames) }

    /// Depth of the innermost open element (the root element has depth 1).
    public var depth: Int { state.pointee.path.depth }

    /// True once the whole document was read and the schema (if any) found no error.
    public var isValid: Bool {
        guard state.pointee.finished else { return false }
        if diagnostics.contains(where: { $0.severity != .warning }) || droppedDiagnostics > 0 { return false }
        guard schema != nil else { return true }
        return xmlTextReaderIsValid(reader) == 1
    }

    /// What ``step()`` found.
    enum Step {
        /// An element opened: its local name is ``localNameID``.
        case start
        /// Character data: ``text`` holds it until the next step.
        case text
        /// An element closed (the innermost open one).
        case end
    }

    /// Local name of the element of the last `.start` step, as an id (see ``localName(_:)``).
    /// After `.end` it is only set for an empty element: a caller that tracks its own open
    /// elements never needs it there, so the lookup is skipped.
    var localNameID: Int32 { state.pointee.localNameID }
    /// Character data of the last `.text` step; valid until the next step.
    /// Appends the text of the current text step to `buffer`: the only way text leaves libxml2's
    /// memory, so nothing above this layer holds a pointer into it.
    func appendText(to buffer: inout [UInt8]) {
        buffer.append(contentsOf: state.pointee.text)
    }

    /// The local name with this id.
    func localName(_ id: Int32) -> String { state.pointee.localNames[id] }

    /// The next step, or `nil` at the end of the document: the allocation-free core of ``next()``.
    /// Names come as ids and text as bytes, so a caller that only looks at some of them pays
    /// nothing for the rest.
    func step() throws(XMLReadError) -> Step? {
        let state = self.state
        if state.pointee.pendingEnd >= 0 {
            state.pointee.localNameID = state.pointee.pendingEnd
            state.pointee.pendingEnd = -1
            placeDiagnostics()
            state.pointee.path.pop()
            return .end
        }
        if state.pointee.finished { return nil }
        if !state.pointee.started {
            state.pointee.started = true
            xmlResetLastError()
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                state.pointee.finished = true
                placeDiagnostics(finalPass: true)
                return nil
            }
            if status < 0 {
                state.pointee.finished = true
                throw parseFailure()
            }
            // Text first, without xmlTextReaderNodeType: for a text node that function checks
            // whether it is blank and then walks up the tree looking for xml:space, for every
            // indentation between two elements. The same classification, done here: a text node
            // of only blanks (or none) is whitespace and skipped, CDATA is always text.
            if let node = xmlTextReaderCurrentNode(reader) {
                let type = node.pointee.type
                if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                    guard let content = node.pointee.content else {
                        if type == XML_TEXT_NODE { continue }
                        state.pointee.text = UnsafeBufferPointer(start: nil, count: 0)
                        return .text
                    }
                    let chars = UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)
                    let blanks = strspn(chars, " \t\n\r")
                    if content[blanks] == 0, type == XML_TEXT_NODE { continue }
                    state.pointee.text = UnsafeBufferPointer(start: content, count: blanks + strlen(chars + blanks))
                    return .text
                }
            }
            switch xmlTextReaderNodeType(reader) {
            case CLIBXML_NODE_ELEMENT:
                let id = state.pointee.localNames.id(xmlTextReaderConstLocalName(reader))
                state.pointee.localNameID = id
                state.pointee.path.push(id)
                placeDiagnostics()
                if xmlTextReaderIsEmptyElement(reader) == 1 { state.pointee.pendingEnd = id }
                return .start
            case CLIBXML_NODE_END_ELEMENT:
                state.pointee.localNameID = -1
                placeDiagnostics()
                state.pointee.path.pop()
                return .end
            case CLIBXML_NODE_TEXT, CLIBXML_NODE_CDATA:
                if let value = xmlTextReaderConstValue(reader) {
                    state.pointee.text = UnsafeBufferPointer(
                        start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
                } else {
                    state.pointee.text = UnsafeBufferPointer(start: nil, count: 0)
                }
                return .text
            case CLIBXML_NODE_DOCUMENT_TYPE:
                state.pointee.finished = true
                throw .doctypeRefused(line: line)
            case CLIBXML_NODE_ENTITY_REFERENCE:
                state.pointee.finished = true
                let name = LibXML.string(xmlTextReaderConstLocalName(reader)) ?? "?"
                throw .entityReferenceRefused(name: name, line: line)
            default:
                continue
            }
        }
    }

    /// The next event, or `nil` at the end of the document.
    public func next() throws(XMLReadError) -> XMLEvent? {
        switch try step() {
        case nil: return nil
        case .start: return .startElement(elementName())
        case .end: return .endElement(elementName())
        case .text: return .text(String(decoding: state.pointee.text, as: UTF8.self))
        }
    }

    /// Reads to the end, discarding events; returns whether the document is valid.
    public func drain() throws(XMLReadError) -> Bool {
        while try step() != nil {}
        return isValid
    }

    /// The qualified name of the element of the last `.start` or `.end` step, looked up only
    /// here: the fast path never needs the namespace. (An empty element's `.end` comes from
    /// ``step()`` before libxml2 reads on, so the reader still stands on that element.)
    private func elementName() -> XMLElementName {
        if state.pointee.localNameID < 0 {
            state.pointee.localNameID = state.pointee.localNames.id(xmlTextReaderConstLocalName(reader))
        }
        let namespace = state.pointee.namespaces.id(xmlTextReaderConstNamespaceUri(reader))
        return XMLElementName(
            namespaceURI: state.pointee.namespaces[namespace],
            localName: state.pointee.localNames[state.pointee.localNameID])
    }

    /// What to report when libxml2 gives up: its fatal error (from the structured handler, or
    /// else libxml2's last error of this thread, which it keeps also when it reports nothing),
    /// named by ``XMLMalformation`` where its code or position says more than its text.
    private func parseFailure() -> XMLReadError {
        placeDiagnostics(finalPass: true)
        var code: Int32 = 0
        if let last = xmlGetLastError(), last.pointee.domain == Int32(XML_FROM_PARSER.rawValue) {
            code = last.pointee.code
            if !state.pointee.diagnostics.contains(where: { $0.severity == .fatal }) {
                state.pointee.diagnostics.append(LibXML.diagnostic(from: last, fallbackPath: currentPath))
            }
        }
        if state.pointee.diagnostics.isEmpty {
            state.pointee.diagnostics.append(
                XMLDiagnostic(
                    severity: .fatal, message: "document kan niet verder worden gelezen",
                    line: line, column: 0, path: currentPath, isSchemaError: false))
        }
        let fatal = state.pointee.diagnostics.first { $0.severity == .fatal }
        let consumed = Int(xmlTextReaderByteConsumed(reader))
        let malformation =
            memory.flatMap { XMLMalformation.nulByte(in: $0.bytes) }
            ?? XMLMalformation.classify(code: code, line: fatal?.line ?? line, consumedAll: consumed >= inputBytes)
        return malformation.map { .malformed($0, state.pointee.diagnostics) }
            ?? .notWellFormed(state.pointee.diagnostics)
    }

    private enum Sniffed {
        case onlyWhitespace
        case malformed(XMLMalformation)
    }

    /// The first bytes of a file, judged before libxml2 reads it.
    private static func sniff(path: String) -> Sniffed? {
        guard let start = POSIXCall.prefix(of: path, count: 4096) else { return nil }
        if start.count < 4096, !start.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return .onlyWhitespace
        }
        return XMLMalformation.sniff(start).map(Sniffed.malformed)
    }

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        if state.pointee.diagnostics.count >= diagnosticLimit {
            state.pointee.droppedDiagnostics += 1
            return
        }
        // Schema errors come from a SAX plug while the parser runs ahead of the node in hand;
        // the path is filled in once the reader reaches the reported line.
        let place = currentPath
        state.pointee.diagnostics.append(LibXML.diagnostic(from: error, fallbackPath: place))
        state.pointee.unplaced.append(state.pointee.diagnostics.count - 1)
    }

    /// Gives diagnostics reported at or before the current node's line the current path.
    @inline(__always)
    private func placeDiagnostics(finalPass: Bool = false) {
        if !state.pointee.unplaced.isEmpty { placeUnplaced(finalPass: finalPass) }
    }

    private func placeUnplaced(finalPass: Bool) {
        let here = finalPass ? Int.max : line
        let place = currentPath
        let diagnostics = state.pointee.diagnostics
        state.pointee.unplaced.removeAll { index in
            guard diagnostics[index].line <= here || diagnostics[index].line == 0 else { return false }
            state.pointee.diagnostics[index].path = place
            return true
        }
    }

}

private func readerErrorCallback(_ user: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
    guard let user, let error else { return }
    Unmanaged<XMLStreamReader>.fromOpaque(user).takeUnretainedValue().record(error)
}
