/// Builds a ``Zorgmeldingbericht`` from the element stream of a 305 or a 307.
struct ZorgmeldingOpbouw: BerichtOpbouw {
    private var header = HeaderOpbouw()
    private var bsn: String?
    private var datum: String?
    private var datumGebruik: String?
    private var clientPositie = Bronpositie(pad: "/Bericht/Client", regel: 0)
    private var producten: [Zorgmeldingproduct] = []
    private var product: ZorgmeldingproductOpbouw?
    var fout: BerichtOpbouwFout?

    mutating func start(_ naam: Element, parent: Element, positie: () -> Bronpositie) {
        switch naam {
        case .header: header.positie = positie()
        case .client: clientPositie = positie()
        case .startProduct, .stopProduct: product = ZorgmeldingproductOpbouw(positie: positie(), klasse: naam)
        default: break
        }
    }

    mutating func verwerkEinde(_ naam: Element, parent: Element, tekst: Tekst) throws(BerichtOpbouwFout) {
        if let opbouw = product {
            if naam == opbouw.klasse {
                producten.append(try opbouw.product())
                product = nil
            } else {
                product?.neem(naam, parent: parent, tekst: tekst)
            }
            return
        }
        switch (parent, naam) {
        case (.header, _), (.berichtIdentificatie, _), (.xsdVersie, _):
            header.neem(naam, parent: parent, tekst: tekst)
        case (.client, .bsn): bsn = tekst.string
        case (.geboortedatum, .datum): datum = tekst.string
        case (.geboortedatum, .datumGebruik): datumGebruik = tekst.string
        default: break
        }
    }

    func resultaat(soort: BerichtSoort) throws(BerichtOpbouwFout) -> Zorgmeldingbericht {
        if let fout { throw fout }
        let client = ZorgmeldingClient(
            bsn: try vereist(bsn, "Client/Bsn"),
            geboortedatum: Geboortedatum(
                datum: try vereistDatum(datum, "Client/Geboortedatum/Datum"), datumGebruik: datumGebruik),
            producten: producten, positie: clientPositie)
        return Zorgmeldingbericht(soort: soort, header: try header.header(), client: client)
    }
}

private struct ZorgmeldingproductOpbouw {
    let positie: Bronpositie
    let klasse: Element
    var toewijzingNummer: String?
    var categorie: String?
    var code: String?
    var toewijzingIngangsdatum: String?
    var begindatum: String?
    var redenBeeindiging: String?
    var einddatum: String?
    var statusAanlevering: String?

    mutating func neem(_ naam: Element, parent: Element, tekst: Tekst) {
        switch (parent, naam) {
        case (klasse, .toewijzingNummer): toewijzingNummer = tekst.string
        case (.product, .categorie): categorie = tekst.string
        case (.product, .code): code = tekst.string
        case (klasse, .toewijzingIngangsdatum): toewijzingIngangsdatum = tekst.string
        case (klasse, .begindatum): begindatum = tekst.string
        case (klasse, .redenBeeindiging): redenBeeindiging = tekst.string
        case (klasse, .einddatum): einddatum = tekst.string
        case (klasse, .statusAanlevering): statusAanlevering = tekst.string
        default: break
        }
    }

    func product() throws(BerichtOpbouwFout) -> Zorgmeldingproduct {
        let element = klasse.rawValue
        return Zorgmeldingproduct(
            toewijzingNummer: try optioneelGetal(toewijzingNummer, element + "/ToewijzingNummer"),
            product: categorie.map { Product(categorie: $0, code: code) },
            toewijzingIngangsdatum: try optioneleDatum(toewijzingIngangsdatum, element + "/ToewijzingIngangsdatum"),
            begindatum: try vereistDatum(begindatum, element + "/Begindatum"),
            redenBeeindiging: redenBeeindiging,
            einddatum: try optioneleDatum(einddatum, element + "/Einddatum"),
            statusAanlevering: try vereistCode(statusAanlevering, element + "/StatusAanlevering"),
            positie: positie)
    }
}
