/// Identification of a retour berichtd writes: its own Identificatie and Dagtekening, and the
/// XSD version it was built with (IV034).
public struct RetourIdentiteit: Sendable {
    public let identificatie: String
    public let dagtekening: Datum
    public let xsdVersie: XsdVersie

    public init(identificatie: String, dagtekening: Datum, xsdVersie: XsdVersie) {
        self.identificatie = identificatie
        self.dagtekening = dagtekening
        self.xsdVersie = xsdVersie
    }
}

extension XMLSchrijver {
    /// Namespaces of a message: `jw302`/`ijw` and so on.
    static func namespaces(_ soort: BerichtSoort) -> [(prefix: String, uri: String)] {
        [(soort.kortenaam, soort.namespace), (soort.standaard.rawValue, soort.basisschemaNamespace)]
    }

    mutating func retourCodes(_ prefix: String, _ codes: [RetourCode]) {
        begin("\(prefix):RetourCodes")
        for code in codes { element("\(prefix):RetourCode", code.rawValue) }
        end()
    }

    /// The seven heen-header elements, copied from the heenbericht with the retour's BerichtCode.
    mutating func heenHeader(_ m: String, _ b: String, berichtCode: String, _ header: BerichtHeader) {
        berichtKop(
            m, b, berichtCode: berichtCode, versie: (header.berichtVersie, header.berichtSubversie),
            afzender: header.afzender, ontvanger: header.ontvanger, identificatie: header.identificatie,
            dagtekening: header.dagtekening)
        xsdVersie(
            m, b, "XsdVersie", XsdVersie(basisschema: header.basisschemaXsdVersie, bericht: header.berichtXsdVersie))
    }

    /// BerichtCode to BerichtIdentificatie, the start every 3.2 Header shares (the 302 copies
    /// it from the 301, the 325 has its own).
    mutating func berichtKop(
        _ m: String, _ b: String, berichtCode: String, versie: (String, String), afzender: String,
        ontvanger: String, identificatie: String, dagtekening: Datum
    ) {
        element("\(m):BerichtCode", berichtCode)
        element("\(m):BerichtVersie", versie.0)
        element("\(m):BerichtSubversie", versie.1)
        element("\(m):Afzender", afzender)
        element("\(m):Ontvanger", ontvanger)
        begin("\(m):BerichtIdentificatie")
        element("\(b):Identificatie", identificatie)
        element("\(b):Dagtekening", dagtekening.description)
        end()
    }

    mutating func xsdVersie(_ m: String, _ b: String, _ naam: String, _ versie: XsdVersie) {
        begin("\(m):\(naam)")
        element("\(b):BasisschemaXsdVersie", versie.basisschema)
        element("\(b):BerichtXsdVersie", versie.bericht)
        end()
    }
}
