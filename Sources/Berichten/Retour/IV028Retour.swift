/// The retours IV028 prescribes for the 301, 305 and 307 (302, 306, 308): the heen-message's
/// Header with the retour's own identification; only that Header when the message is accepted
/// (no RetourCodes) or rejected on level 2 or in its Header; otherwise the Header with 0200 and
/// the whole Client as it was sent, every class with its RetourCodes.
enum IV028Retour {
    /// Codes per class of the client; classes without an entry get 0200.
    typealias Klassecodes = [Klassedoel: [RetourCode]]

    static func schrijf(
        heen: BerichtHeader, soort heenSoort: BerichtSoort, identiteit: RetourIdentiteit,
        headerCodes: [RetourCode]?, client: (bron: XMLStreamReader, codes: Klassecodes)?
    ) throws(XMLReadError) -> [UInt8] {
        guard let soort = heenSoort.antwoord else { return [] }
        let m = soort.kortenaam
        let b = soort.standaard.rawValue
        var xml = XMLSchrijver()
        xml.begin("\(m):Bericht", namespaces: XMLSchrijver.namespaces(soort))
        xml.begin("\(m):Header")
        xml.heenHeader(m, b, berichtCode: soort.berichtCode, heen)
        xml.element("\(m):IdentificatieRetour", identiteit.identificatie)
        xml.element("\(m):DagtekeningRetour", identiteit.dagtekening.description)
        xml.xsdVersie(m, b, "XsdVersieRetour", identiteit.xsdVersie)
        if let headerCodes { xml.retourCodes(m, headerCodes) }
        xml.end()
        if let client {
            try kopieerClient(client.bron, heenSoort: heenSoort, naar: &xml, m: m, b: b, codes: client.codes)
        }
        xml.end()
        return xml.bytes
    }

    /// Copies the Client subtree of the heen-message into the retour's namespace, adding
    /// RetourCodes as the last child of every class (``Klasseteller`` names them).
    private static func kopieerClient(
        _ bron: XMLStreamReader, heenSoort: BerichtSoort, naar xml: inout XMLSchrijver, m: String, b: String,
        codes: Klassecodes
    ) throws(XMLReadError) {
        var depth = 0
        var inClient = false
        var teller = Klasseteller()
        var pending: String?
        var text = ""
        var classes: [Klassedoel?] = []
        while let event = try bron.next() {
            switch event {
            case .startElement(let name):
                depth += 1
                if depth == 2, name.localName == "Client" { inClient = true }
                guard inClient else { continue }
                if let open = pending { xml.begin(open) }
                let prefix = name.namespaceURI == heenSoort.namespace ? m : b
                pending = "\(prefix):\(name.localName)"
                text = ""
                classes.append(prefix == m ? teller.begin(name.localName) : nil)
            case .text(let value):
                if inClient { text += value }
            case .endElement(let name):
                defer { depth -= 1 }
                guard inClient else { continue }
                guard let doel = classes.popLast() else { continue }
                if let open = pending {
                    pending = nil
                    if doel == nil {
                        xml.element(open, text)
                        if depth == 2 { inClient = false }
                        continue
                    }
                    xml.begin(open)
                }
                if let doel { xml.retourCodes(m, codes[doel] ?? [.geenOpmerking]) }
                teller.einde(name.localName)
                xml.end()
                if depth == 2 { inClient = false }
            }
        }
    }

    /// Which class an element of the heen-namespace opens, counted in document order the way
    /// the model builders count them (so a finding's ``Klassedoel`` lands on its element).
    struct Klasseteller {
        private var relatie = -1
        private var contact = -1
        private var product = -1
        private var inRelatie = false

        mutating func begin(_ naam: String) -> Klassedoel? {
            switch naam {
            case "Client": return .client
            case "Relatie":
                relatie += 1
                inRelatie = true
                return .relatie(relatie)
            case "Contact":
                if inRelatie { return .relatieContact(relatie) }
                contact += 1
                return .contact(contact)
            case "ToegewezenProduct":
                product += 1
                return .toegewezenProduct(product)
            case "StartProduct", "StopProduct":
                product += 1
                return .zorgmeldingproduct(product)
            default: return nil
            }
        }

        mutating func einde(_ naam: String) {
            if naam == "Relatie" { inRelatie = false }
        }
    }
}
