internal import CLibXML

/// One-time, process-wide set-up of libxml2.
///
/// `xmlInitParser` is not thread-safe in libxml2 2.9, so it runs inside a `static let`
/// initialiser (executed exactly once). The same place silences libxml2's generic error
/// printer and installs an entity loader that never touches the network.
enum LibXML {
    private static let initialized: Void = {
        xmlInitParser()
        clibxml_silence_generic_errors()
        clibxml_install_local_only_loader()
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    /// The safe options (see `shim.h`) plus `XML_PARSE_COMPACT`, which keeps short text inside
    /// the node instead of a separate allocation, as `xmllint` does. Safe because berichtd never
    /// modifies a parsed tree.
    static let safeOptions: Int32 = CLIBXML_SAFE_PARSE_OPTIONS | Int32(bitPattern: XML_PARSE_COMPACT.rawValue)

    /// Copies a libxml2 string into a Swift `String` without taking ownership.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// Turns a libxml2 error record into our diagnostic. Must run inside the callback:
    /// libxml2 reuses the record afterwards.
    static func diagnostic(from error: UnsafePointer<xmlError>, fallbackPath: String) -> XMLDiagnostic {
        let record = error.pointee
        let severity: XMLDiagnostic.Severity
        switch Int32(bitPattern: record.level.rawValue) {
        case CLIBXML_LEVEL_WARNING: severity = .warning
        case CLIBXML_LEVEL_FATAL: severity = .fatal
        default: severity = .error
        }
        let message = (string(record.message) ?? "onbekende fout")
            .trimmingWhitespaceAndNewlines()
        let path = fallbackPath
        return XMLDiagnostic(
            severity: severity,
            message: message,
            line: Int(record.line),
            column: Int(record.int2),
            path: path,
            isSchemaError: Int32(record.domain) == CLIBXML_DOMAIN_SCHEMASV
        )
    }
}

extension String {
    func trimmingWhitespaceAndNewlines() -> String {
        // Fast path: nothing to trim when both ends are ASCII and not whitespace.
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last)
        {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
