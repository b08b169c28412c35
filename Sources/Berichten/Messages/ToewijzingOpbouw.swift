/// Builds a ``Toewijzingbericht`` from the element stream of a 301.
struct ToewijzingOpbouw: BerichtOpbouw {
    private var header = HeaderOpbouw()
    private var bsn: String?
    private var geboortedatum = GeboortedatumOpbouw()
    private var naam = NaamOpbouw()
    private var communicatieVorm: String?
    private var communicatieTaal: String?
    private var clientPositie = Bronpositie(pad: "/Bericht/Client", regel: 0)
    private var relaties: [Relatie] = []
    private var contacten: [Contact] = []
    private var producten: [ToegewezenProduct] = []
    private var relatie: RelatieOpbouw?
    private var contact: ContactOpbouw?
    private var product: ToegewezenProductOpbouw?
    var fout: BerichtOpbouwFout?

    mutating func start(_ naam: Element, parent: Element, positie: () -> Bronpositie) {
        switch naam {
        case .header: header.positie = positie()
        case .client: clientPositie = positie()
        case .relatie: relatie = RelatieOpbouw(positie: positie())
        case .contact: contact = ContactOpbouw(positie: positie())
        case .toegewezenProduct: product = ToegewezenProductOpbouw(positie: positie())
        case .partnernaam:
            if relatie != nil { relatie?.naam.heeftPartnernaam = true } else { self.naam.heeftPartnernaam = true }
        case .huis: contact?.heeftHuis = true
        case .telefoon: contact?.heeftTelefoon = true
        default: break
        }
    }

    mutating func verwerkEinde(_ naam: Element, parent: Element, tekst: Tekst) throws(BerichtOpbouwFout) {
        if product != nil {
            switch (parent, naam) {
            case (.toegewezenProduct, .toegewezenProduct), (_, .toegewezenProduct):
                if let gebouwd = try product?.product() { producten.append(gebouwd) }
                product = nil
            default:
                product?.neem(naam, parent: parent, tekst: tekst)
            }
            return
        }
        switch (parent, naam) {
        case (.header, _), (.berichtIdentificatie, _), (.xsdVersie, _):
            header.neem(naam, parent: parent, tekst: tekst)
        case (.client, .bsn):
            bsn = tekst.string
        case (.geboortedatum, _):
            if relatie != nil {
                relatie?.geboortedatum.neem(naam, tekst: tekst)
            } else {
                geboortedatum.neem(naam, tekst: tekst)
            }
        case (.naam, .naamGebruik):
            if relatie != nil { relatie?.naam.naamGebruik = tekst.string } else { self.naam.naamGebruik = tekst.string }
        case (.communicatie, .vorm):
            communicatieVorm = tekst.string
        case (.communicatie, .taal):
            communicatieTaal = tekst.string
        case (.relatie, .nummer):
            relatie?.nummer = tekst.string
        case (_, .contact):
            guard let opbouw = contact else { return }
            let gebouwd = try opbouw.contact()
            contact = nil
            if relatie != nil { relatie?.contact = gebouwd } else { contacten.append(gebouwd) }
        case (.contact, .soort):
            contact?.soort = tekst.string
        case (.adres, .postcode):
            contact?.postcode = tekst.string
        case (.adres, .landCode):
            contact?.landCode = tekst.string
        case (.periode, .begindatum):
            contact?.periodeBegin = tekst.string
            contact?.heeftPeriode = true
        case (.periode, .einddatum):
            contact?.periodeEind = tekst.string
            contact?.heeftPeriode = true
        case (_, .relatie):
            if let opbouw = relatie { relaties.append(try opbouw.relatie()) }
            relatie = nil
        default:
            break
        }
    }

    func resultaat(soort: BerichtSoort) throws(BerichtOpbouwFout) -> Toewijzingbericht {
        if let fout { throw fout }
        let client = ToewijzingClient(
            bsn: try vereist(bsn, "Client/Bsn"),
            geboortedatum: try geboortedatum.geboortedatum("Client/Geboortedatum"),
            naam: try naam.naam("Client/Naam"),
            communicatie: try communicatieVorm.map { vorm throws(BerichtOpbouwFout) in
                Communicatie(vorm: vorm, taal: communicatieTaal)
            },
            relaties: relaties,
            contacten: contacten,
            toegewezenProducten: producten,
            positie: clientPositie
        )
        return Toewijzingbericht(soort: soort, header: try header.header(), client: client)
    }
}

private struct GeboortedatumOpbouw {
    var datum: String?
    var datumGebruik: String?

    mutating func neem(_ naam: Element, tekst: Tekst) {
        if naam == .datum { datum = tekst.string } else if naam == .datumGebruik { datumGebruik = tekst.string }
    }

    func geboortedatum(_ element: String) throws(BerichtOpbouwFout) -> Geboortedatum {
        Geboortedatum(datum: try vereistDatum(datum, element + "/Datum"), datumGebruik: datumGebruik)
    }

    var isLeeg: Bool { datum == nil && datumGebruik == nil }
}

private struct NaamOpbouw {
    var heeftPartnernaam = false
    var naamGebruik: String?

    func naam(_ element: String) throws(BerichtOpbouwFout) -> Naam {
        Naam(heeftPartnernaam: heeftPartnernaam, naamGebruik: try vereist(naamGebruik, element + "/NaamGebruik"))
    }
}

private struct RelatieOpbouw {
    let positie: Bronpositie
    var nummer: String?
    var geboortedatum = GeboortedatumOpbouw()
    var naam = NaamOpbouw()
    var contact: Contact?

    func relatie() throws(BerichtOpbouwFout) -> Relatie {
        Relatie(
            nummer: try vereist(nummer, "Relatie/Nummer"),
            geboortedatum: geboortedatum.isLeeg ? nil : try geboortedatum.geboortedatum("Relatie/Geboortedatum"),
            naam: try naam.naam("Relatie/Naam"),
            contact: try vereist(contact, "Relatie/Contact"),
            positie: positie
        )
    }
}

private struct ContactOpbouw {
    let positie: Bronpositie
    var soort: String?
    var heeftHuis = false
    var postcode: String?
    var landCode: String?
    var heeftTelefoon = false
    var heeftPeriode = false
    var periodeBegin: String?
    var periodeEind: String?

    func contact() throws(BerichtOpbouwFout) -> Contact {
        let heeftAdres = heeftHuis || postcode != nil || landCode != nil
        return Contact(
            soort: try vereist(soort, "Contact/Soort"),
            adres: heeftAdres ? Adres(heeftHuis: heeftHuis, postcode: postcode, landCode: landCode) : nil,
            heeftTelefoon: heeftTelefoon,
            periode: heeftPeriode
                ? OpenPeriode(
                    begindatum: try optioneleDatum(periodeBegin, "Contact/Periode/Begindatum"),
                    einddatum: try optioneleDatum(periodeEind, "Contact/Periode/Einddatum"))
                : nil,
            positie: positie
        )
    }
}

private struct ToegewezenProductOpbouw {
    let positie: Bronpositie
    var toewijzingNummer: String?
    var referentieAanbieder: String?
    var categorie: String?
    var code: String?
    var toewijzingsdatum: String?
    var toewijzingstijd: String?
    var ingangsdatum: String?
    var einddatum: String?
    var redenWijziging: String?
    var volume: String?
    var eenheid: String?
    var frequentie: String?
    var budget: String?

    mutating func neem(_ naam: Element, parent: Element, tekst: Tekst) {
        switch (parent, naam) {
        case (.toegewezenProduct, .toewijzingNummer): toewijzingNummer = tekst.string
        case (.toegewezenProduct, .referentieAanbieder): referentieAanbieder = tekst.string
        case (.product, .categorie): categorie = tekst.string
        case (.product, .code): code = tekst.string
        case (.toegewezenProduct, .toewijzingsdatum): toewijzingsdatum = tekst.string
        case (.toegewezenProduct, .toewijzingstijd): toewijzingstijd = tekst.string
        case (.toegewezenProduct, .ingangsdatum): ingangsdatum = tekst.string
        case (.toegewezenProduct, .einddatum): einddatum = tekst.string
        case (.toegewezenProduct, .redenWijziging): redenWijziging = tekst.string
        case (.omvang, .volume): volume = tekst.string
        case (.omvang, .eenheid): eenheid = tekst.string
        case (.omvang, .frequentie): frequentie = tekst.string
        case (.toegewezenProduct, .budget): budget = tekst.string
        default: break
        }
    }

    func product() throws(BerichtOpbouwFout) -> ToegewezenProduct {
        let element = "ToegewezenProduct"
        let tijdTekst = try vereist(toewijzingstijd, element + "/Toewijzingstijd")
        guard let tijd = Tijd(tijdTekst) else {
            throw BerichtOpbouwFout(element: element + "/Toewijzingstijd", waarde: tijdTekst)
        }
        var omvang: Omvang?
        if volume != nil || eenheid != nil || frequentie != nil {
            omvang = Omvang(
                volume: try vereistGetal(volume, element + "/Omvang/Volume"),
                eenheid: try vereistCode(eenheid, element + "/Omvang/Eenheid"),
                frequentie: try vereistCode(frequentie, element + "/Omvang/Frequentie"))
        }
        return ToegewezenProduct(
            toewijzingNummer: try vereistGetal(toewijzingNummer, element + "/ToewijzingNummer"),
            referentieAanbieder: referentieAanbieder,
            product: categorie.map { Product(categorie: $0, code: code) },
            toewijzingsdatum: try vereistDatum(toewijzingsdatum, element + "/Toewijzingsdatum"),
            toewijzingstijd: tijd,
            ingangsdatum: try vereistDatum(ingangsdatum, element + "/Ingangsdatum"),
            einddatum: try optioneleDatum(einddatum, element + "/Einddatum"),
            redenWijziging: redenWijziging.map(RedenWijziging.init(rawValue:)),
            omvang: omvang,
            budget: try optioneelGetal(budget, element + "/Budget"),
            positie: positie
        )
    }
}
