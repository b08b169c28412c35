/// Writes the 306 (retour on a 305) and the 308 (retour on a 307) the way IV028 prescribes for
/// every retour of this kind, as the 302: only a Header when the message is accepted (no
/// RetourCodes) or rejected on level 2 or in its Header; otherwise the Header with 0200 and the
/// whole Client as it was sent, Client and every StartProduct/StopProduct with its RetourCodes.
enum Retour306en308 {
    /// Codes per class; classes without an entry get 0200.
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

    /// Copies the Client subtree into the retour's namespace, adding RetourCodes as the last
    /// child of Client and of every StartProduct/StopProduct.
    private static func kopieerClient(
        _ bron: XMLStreamReader, heenSoort: BerichtSoort, naar xml: inout XMLSchrijver, m: String, b: String,
        codes: Klassecodes
    ) throws(XMLReadError) {
        var depth = 0
        var inClient = false
        var product = -1
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
                var doel: Klassedoel?
                if prefix == m {
                    switch name.localName {
                    case "Client": doel = .client
                    case "StartProduct", "StopProduct":
                        product += 1
                        doel = .zorgmeldingproduct(product)
                    default: break
                    }
                }
                classes.append(doel)
            case .text(let value):
                if inClient { text += value }
            case .endElement:
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
                xml.end()
                if depth == 2 { inClient = false }
            }
        }
    }
}
