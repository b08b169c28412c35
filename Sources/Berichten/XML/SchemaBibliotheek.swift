internal import Dispatch
internal import Synchronization

/// The project's XSDs (`xsd/ijw-3.2`, `xsd/iwmo-3.2`), compiled once on first use and shared
/// by every reader and writer.
public final class SchemaBibliotheek: Sendable {
    /// Directory that holds `ijw-3.2/` and `iwmo-3.2/`.
    public let directory: String
    private let compiled = Mutex<[BerichtSoort: XMLSchema]>([:])
    private let versies = Mutex<[BerichtSoort: XsdVersie]>([:])

    public init(directory: String) {
        self.directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// The compiled schema of a message; compiles it on first use.
    public func schema(voor soort: BerichtSoort) throws(XMLSchemaError) -> XMLSchema {
        if let known = compiled.withLock({ $0[soort] }) { return known }
        let schema = try XMLSchema(path: "\(directory)/\(soort.xsdPad)")
        return compiled.withLock { cache in
            if let raced = cache[soort] { return raced }
            cache[soort] = schema
            return schema
        }
    }

    /// Compiles every schema now, so that a broken installation fails at start-up. The first one
    /// is compiled alone (it initialises libxml2's built-in schema types, which is not
    /// thread-safe); the others in parallel, as each compilation has its own parser context. Of
    /// several broken schemas, the first in ``BerichtSoort/alle`` is reported, as before.
    public func laadAlles() throws(XMLSchemaError) {
        let soorten = BerichtSoort.alle
        guard let eerste = soorten.first else { return }
        _ = try schema(voor: eerste)
        let rest = Array(soorten.dropFirst())
        let fouten = Mutex<[Int: XMLSchemaError]>([:])
        DispatchQueue.concurrentPerform(iterations: rest.count) { index in
            do throws(XMLSchemaError) {
                _ = try schema(voor: rest[index])
            } catch {
                fouten.withLock { $0[index] = error }
            }
        }
        if let eersteFout = fouten.withLock({ $0.min { $0.key < $1.key }?.value }) { throw eersteFout }
    }

    /// BasisschemaXsdVersie and BerichtXsdVersie from the schema's appinfo (IV034).
    public func xsdVersie(voor soort: BerichtSoort) throws(XMLSchemaError) -> XsdVersie {
        if let known = versies.withLock({ $0[soort] }) { return known }
        let versie = try leesXsdVersie(soort)
        versies.withLock { $0[soort] = versie }
        return versie
    }

    private func leesXsdVersie(_ soort: BerichtSoort) throws(XMLSchemaError) -> XsdVersie {
        let path = "\(directory)/\(soort.xsdPad)"
        var basisschema: String?
        var bericht: String?
        do {
            let reader = try XMLStreamReader(path: path)
            var current = ""
            while let event = try reader.next() {
                switch event {
                case .startElement(let name): current = name.localName
                case .text(let text):
                    if current == "BasisschemaXsdVersie" { basisschema = text }
                    if current == "BerichtXsdVersie" { bericht = text }
                case .endElement: current = ""
                }
                if basisschema != nil, bericht != nil { break }
            }
        } catch {
            throw XMLSchemaError(path: path, diagnostics: error.diagnostics)
        }
        guard let basisschema, let bericht else {
            throw XMLSchemaError(
                path: path,
                diagnostics: [
                    XMLDiagnostic(
                        severity: .error, message: "appinfo mist BasisschemaXsdVersie of BerichtXsdVersie",
                        line: 0, column: 0, path: "/schema/annotation/appinfo", isSchemaError: false)
                ])
        }
        return XsdVersie(basisschema: basisschema, bericht: bericht)
    }
}

/// CDT_XsdVersie: the XSD versions a message was built with.
public struct XsdVersie: Sendable, Hashable, Codable {
    public let basisschema: String
    public let bericht: String

    public init(basisschema: String, bericht: String) {
        self.basisschema = basisschema
        self.bericht = bericht
    }
}
