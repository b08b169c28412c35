import Foundation

/// Reads one file as an iJw/iWmo 3.2 message: recognises it by its root namespace, validates
/// it against our XSD and builds the model, all in one streaming pass.
public struct Berichtlezer: Sendable {
    public let schemas: SchemaBibliotheek
    public let limits: XMLLimits
    /// Inputs of at least this many bytes are parsed on a second thread while this one builds
    /// the model (see ``Gebeurtenisstroom``); smaller ones are not worth a thread.
    public let parallelVanafBytes: Int

    public init(schemas: SchemaBibliotheek, limits: XMLLimits = .standard, parallelVanafBytes: Int = 1 << 20) {
        self.schemas = schemas
        self.limits = limits
        self.parallelVanafBytes = parallelVanafBytes
    }

    /// Reads the file at `path`. Only a missing or broken XSD installation throws.
    public func lees(path: String) throws(XMLSchemaError) -> Leesresultaat {
        let resultaat = try lees { (schema, repeating) throws(XMLReadError) in
            try XMLStreamReader(path: path, schema: schema, limits: limits, repeatingElements: repeating)
        }
        // libxml2 reading a file names what it makes of the bytes after a NUL, not the NUL; read
        // from memory (as the spool does) the reason names it. Same input, same reason.
        guard case .geweigerd = resultaat, let bytes = nulBytes(path) else { return resultaat }
        return try lees(bytes: bytes, naam: path)
    }

    /// The file's bytes when it is within the size limit and holds a NUL byte.
    private func nulBytes(_ path: String) -> [UInt8]? {
        guard let grootte = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            grootte <= limits.maximumBytes, let data = FileManager.default.contents(atPath: path),
            data.contains(0)
        else { return nil }
        return Array(data)
    }

    /// Reads a message held in memory.
    public func lees(bytes: [UInt8], naam: String) throws(XMLSchemaError) -> Leesresultaat {
        try lees { (schema, repeating) throws(XMLReadError) in
            try XMLStreamReader(bytes: bytes, name: naam, schema: schema, limits: limits, repeatingElements: repeating)
        }
    }

    private static let herhalend: Set<String> = [
        "Client", "Prestatie", "ToegewezenProduct", "Relatie", "Contact", "StartProduct", "StopProduct",
    ]

    private func lees(
        _ open: (XMLSchema?, Set<String>) throws(XMLReadError) -> XMLStreamReader
    ) throws(XMLSchemaError) -> Leesresultaat {
        let herkenning: NamespaceHerkenning
        do {
            let sniffer = try open(nil, [])
            guard let root = try Self.rootElement(sniffer) else {
                return .geweigerd(Weigering(code: "geen-xml", toelichting: "het bestand bevat geen XML-element"))
            }
            herkenning = NamespaceHerkenning(namespace: root.namespaceURI)
            if root.localName != "Bericht", case .ondersteund = herkenning {
                return .geweigerd(
                    Weigering(
                        code: "root",
                        toelichting:
                            "het root-element heet \(root.localName); een iStandaarden-bericht begint met Bericht"))
            }
        } catch {
            return .geweigerd(Self.weigering(error))
        }
        if let reden = herkenning.weigering {
            let code = if case .andereRelease = herkenning { "release" } else { "namespace" }
            return .geweigerd(Weigering(code: code, toelichting: reden))
        }
        guard case .ondersteund(let soort) = herkenning else {
            return .geweigerd(Weigering(code: "namespace", toelichting: "onbekend bericht"))
        }
        let schema = try schemas.schema(voor: soort)
        do {
            let reader = try open(
                schema, soort.type == .declaratie ? Self.herhalend : Self.herhalend.subtracting(["Client"]))
            switch soort.type {
            case .toewijzing:
                var opbouw = ToewijzingOpbouw()
                let header = try stroom(reader, &opbouw)
                return resultaat(reader, soort, header) { () throws(BerichtOpbouwFout) in
                    .toewijzing(try opbouw.resultaat(soort: soort))
                }
            case .declaratie:
                var opbouw = DeclaratieOpbouw()
                let header = try stroom(reader, &opbouw)
                return resultaat(reader, soort, header) { () throws(BerichtOpbouwFout) in
                    .declaratie(try opbouw.resultaat(soort: soort))
                }
            case .startZorg, .stopZorg:
                var opbouw = ZorgmeldingOpbouw()
                let header = try stroom(reader, &opbouw)
                return resultaat(reader, soort, header) { () throws(BerichtOpbouwFout) in
                    .zorgmelding(try opbouw.resultaat(soort: soort))
                }
            case .toewijzingRetour, .declaratieAntwoord, .startZorgRetour, .stopZorgRetour:
                return .geweigerd(Weigering(code: "namespace", toelichting: herkenning.weigering ?? soort.naam))
            }
        } catch {
            return .geweigerd(Self.weigering(error))
        }
    }

    private func resultaat(
        _ reader: XMLStreamReader,
        _ soort: BerichtSoort,
        _ header: HeaderOpbouw,
        _ bouw: () throws(BerichtOpbouwFout) -> Bericht
    ) -> Leesresultaat {
        guard reader.isValid else {
            return .xsdOngeldig(
                XsdAfkeuring(
                    soort: soort,
                    afzender: header.afzender,
                    identificatie: header.identificatie,
                    toelichtingen: Self.headerToelichtingen(header, soort),
                    diagnostics: reader.diagnostics.filter { $0.severity != .warning }))
        }
        do {
            return .gelezen(try bouw())
        } catch {
            return .geweigerd(
                Weigering(
                    code: "model",
                    toelichting: "het bericht is XSD-geldig maar onvolledig voor verwerking: \(error)"))
        }
    }

    /// Feeds the reader's steps to a builder; returns what was seen of the header. Element
    /// names are mapped to ``Element`` once per distinct name; text becomes a `String` only for
    /// elements the builders keep. Large inputs are parsed on a second thread.
    private func stroom<O: BerichtOpbouw>(
        _ reader: XMLStreamReader, _ opbouw: inout O
    ) throws(XMLReadError) -> HeaderOpbouw {
        var verwerking = Stroomverwerking(opbouw)
        defer { opbouw = verwerking.opbouw }
        if reader.inputBytes >= parallelVanafBytes {
            try Self.parallel(reader, &verwerking)
        } else {
            try Self.sequentieel(reader, &verwerking)
        }
        return verwerking.header
    }

    private static func sequentieel<O: BerichtOpbouw>(
        _ reader: XMLStreamReader, _ verwerking: inout Stroomverwerking<O>
    ) throws(XMLReadError) {
        var elementen: [Element] = []
        while let stap = try reader.step() {
            switch stap {
            case .start:
                let id = Int(reader.localNameID)
                while elementen.count <= id {
                    elementen.append(Element(rawValue: reader.localName(Int32(elementen.count))) ?? .anders)
                }
                verwerking.start(elementen[id]) { Bronpositie(pad: reader.currentPath, regel: reader.line) }
            case .text:
                verwerking.tekst(uit: reader)
            case .end:
                verwerking.einde()
            }
        }
    }

    private static func parallel<O: BerichtOpbouw>(
        _ reader: XMLStreamReader, _ verwerking: inout Stroomverwerking<O>
    ) throws(XMLReadError) {
        let stroom = Gebeurtenisstroom.start(reader)
        while let blok = try stroom.volgende() {
            var element = 0
            var tekst = 0
            var positie = 0
            var begin = 0
            do {
                for soort in blok.soorten {
                    switch soort {
                    case 0:
                        let naam = blok.elementen[element]
                        element += 1
                        var bronpositie: Bronpositie?
                        if naam.heeftBronpositie {
                            bronpositie = blok.posities[positie]
                            positie += 1
                        }
                        // Builders only ask for the positions of ``Element/heeftBronpositie``.
                        verwerking.start(naam) { bronpositie ?? Bronpositie(pad: "/", regel: 0) }
                    case 1:
                        let einde = blok.tekstEinden[tekst]
                        tekst += 1
                        verwerking.tekst(blok.bytes[begin..<einde])
                        begin = einde
                    default:
                        verwerking.einde()
                    }
                }
            }
        }
    }

    private static func rootElement(_ reader: XMLStreamReader) throws(XMLReadError) -> XMLElementName? {
        while let event = try reader.next() {
            if case .startElement(let name) = event { return name }
        }
        return nil
    }

    /// Specific remarks when the header contradicts the namespace (the XSD only says "pattern").
    static func headerToelichtingen(_ header: HeaderOpbouw, _ soort: BerichtSoort) -> [String] {
        var remarks: [String] = []
        if let code = header.berichtCode, code != soort.berichtCode {
            let bedoeld = BerichtSoort.alle.first { $0.berichtCode == code }
            let hoort = bedoeld.map { " (die hoort bij \($0.naam))" } ?? ""
            remarks.append(
                "BerichtCode \(code)\(hoort) past niet bij de namespace van \(soort.naam): verwacht \(soort.berichtCode)"
            )
        }
        if let versie = header.berichtVersie, let subversie = header.berichtSubversie, versie != "3" || subversie != "2"
        {
            remarks.append(
                "BerichtVersie \(versie) en BerichtSubversie \(subversie) wijzen op release \(versie).\(subversie); "
                    + "een release 3.2-bericht heeft BerichtVersie 3 en BerichtSubversie 2")
        }
        return remarks
    }

    static func weigering(_ error: XMLReadError) -> Weigering {
        let code =
            switch error {
            case .unreadable: "onleesbaar"
            case .empty: "leeg"
            case .tooLarge: "te-groot"
            case .notWellFormed: "geen-xml"
            case .malformed(let malformation, _): malformation.code
            case .doctypeRefused: "doctype"
            case .entityReferenceRefused: "entity"
            }
        return Weigering(code: code, toelichting: error.description, diagnostics: error.diagnostics)
    }
}
