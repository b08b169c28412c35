import Berichten
import Testing

@Suite("XML-laag: streaming lezen en valideren")
struct XMLStreamReaderTests {
    @Test("events in documentvolgorde, met pad en regel")
    func eventsInOrder() throws {
        let xml = Array("<a xmlns=\"urn:x\">\n<b>een</b>\n<b>twee</b><c/></a>".utf8)
        let reader = try XMLStreamReader(bytes: xml, name: "test", repeatingElements: ["b"])
        var events: [XMLEvent] = []
        var paths: [String] = []
        while let event = try reader.next() {
            events.append(event)
            if case .startElement = event { paths.append(reader.currentPath) }
        }
        let a = XMLElementName(namespaceURI: "urn:x", localName: "a")
        let b = XMLElementName(namespaceURI: "urn:x", localName: "b")
        let c = XMLElementName(namespaceURI: "urn:x", localName: "c")
        #expect(
            events == [
                .startElement(a), .startElement(b), .text("een"), .endElement(b),
                .startElement(b), .text("twee"), .endElement(b), .startElement(c), .endElement(c), .endElement(a),
            ])
        #expect(paths == ["/a", "/a/b[1]", "/a/b[2]", "/a/c"])
        #expect(reader.isValid)
    }

    @Test("geen XML: fatale fout met regel en kolom")
    func malformed() throws {
        let reader = try XMLStreamReader(bytes: Array("<a>\n<b></a>".utf8), name: "kapot")
        #expect(throws: XMLReadError.self) { try reader.drain() }
        #expect(reader.diagnostics.first?.line == 2)
        #expect(reader.diagnostics.first?.severity == .fatal)
    }

    @Test("DOCTYPE wordt geweigerd, ook zonder entities")
    func doctypeRefused() throws {
        let reader = try XMLStreamReader(bytes: Array("<!DOCTYPE a []><a/>".utf8), name: "dtd")
        do {
            _ = try reader.drain()
            Issue.record("DOCTYPE geaccepteerd")
        } catch {
            guard case .doctypeRefused = error else { Issue.record("verkeerde fout \(error)"); return }
        }
    }

    @Test("groottegrens wordt vóór het parsen bewaakt")
    func sizeLimit() {
        #expect(throws: XMLReadError.self) {
            _ = try XMLStreamReader(
                bytes: Array(repeating: 32, count: 101), name: "groot", limits: XMLLimits(maximumBytes: 100))
        }
    }

    @Test("gecompileerd schema is deelbaar tussen gelijktijdige taken")
    func schemaSharedAcrossTasks() async throws {
        let schema = try TestOmgeving.schemas.schema(voor: BerichtSoort(.ijw, .declaratie))
        let pad = TestOmgeving.pad("geldig/jw323.xml")
        let geldig = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let reader = try XMLStreamReader(path: pad, schema: schema)
                    return try reader.drain()
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(geldig == Array(repeating: true, count: 8))
    }

    /// The export's constraints of level 1 ("berichtformaat (xsd)") on the 301 and 323: our XSDs
    /// enforce them; the valid messages (geldig/) are the passing cases.
    @Test(
        "CS015, CS025 en CS319 zijn XSD-fouten op het genoemde element",
        arguments: [
            ("invoer/CS015-jw301-subversie-1.xml", "/Bericht/Header/BerichtSubversie"),
            ("invoer/CS025-jw301-versie-2.xml", "/Bericht/Header/BerichtVersie"),
            ("invoer/CS319-jw323-declaratienummer.xml", "/Bericht/Declaratie/DeclaratieNummer"),
        ])
    func levelOneConstraints(_ file: String, _ pad: String) throws {
        let result = try TestOmgeving.lees(file)
        guard case .xsdOngeldig(let afkeuring) = result else {
            Issue.record("verwacht XSD-afkeuring, kreeg \(result)")
            return
        }
        #expect(afkeuring.diagnostics.map(\.path) == [pad], "\(afkeuring.diagnostics)")
    }

    @Test("XSD-fouten hebben regel en elementpad")
    func schemaDiagnosticsHavePosition() throws {
        let result = try TestOmgeving.lees("invoer/xsd-fout-jw301.xml")
        guard case .xsdOngeldig(let afkeuring) = result else {
            Issue.record("verwacht XSD-afkeuring, kreeg \(result)")
            return
        }
        let eerste = try #require(afkeuring.diagnostics.first)
        #expect(eerste.line > 0)
        #expect(eerste.path.hasPrefix("/Bericht/Client"))
        #expect(eerste.isSchemaError)
    }
}
