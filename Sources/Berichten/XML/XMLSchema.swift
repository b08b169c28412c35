internal import CLibXML

/// A compiled XML Schema. Immutable after compilation and shared by concurrent readers:
/// every validation gets its own validation context.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The file the schema was compiled from.
    public let path: String

    /// Compiles the schema at `path`. Imports resolve relative to it, from local files only.
    public init(path: String) throws(XMLSchemaError) {
        LibXML.ensureInitialized()
        self.path = path
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw XMLSchemaError(path: path, diagnostics: [])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let sink = DiagnosticSink()
        let compiled: xmlSchemaPtr? = withExtendedLifetime(sink) {
            xmlSchemaSetParserStructuredErrors(parser, diagnosticSinkCallback, sink.opaque)
            return xmlSchemaParse(parser)
        }
        guard let compiled else {
            throw XMLSchemaError(path: path, diagnostics: sink.diagnostics)
        }
        pointer = compiled
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Validates a complete document held in memory (used for the retours we write).
    public func validate(bytes: [UInt8], name: String = "bericht") -> [XMLDiagnostic] {
        do {
            let reader = try XMLStreamReader(bytes: bytes, name: name, schema: self)
            while try reader.step() != nil {}
            return reader.diagnostics
        } catch {
            return error.diagnostics.isEmpty
                ? [
                    XMLDiagnostic(
                        severity: .fatal, message: error.description, line: 0, column: 0, path: "/",
                        isSchemaError: false)
                ]
                : error.diagnostics
        }
    }
}

/// A schema that could not be read or compiled.
public struct XMLSchemaError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let diagnostics: [XMLDiagnostic]

    public var description: String {
        let details = diagnostics.map(\.message).joined(separator: "; ")
        return "XSD \(path) kan niet worden geladen" + (details.isEmpty ? "" : ": \(details)")
    }
}

/// Collects diagnostics during one synchronous libxml2 call.
final class DiagnosticSink {
    var diagnostics: [XMLDiagnostic] = []
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

func diagnosticSinkCallback(_ user: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
    guard let user, let error else { return }
    let sink = Unmanaged<DiagnosticSink>.fromOpaque(user).takeUnretainedValue()
    sink.diagnostics.append(LibXML.diagnostic(from: error, fallbackPath: "/"))
}
