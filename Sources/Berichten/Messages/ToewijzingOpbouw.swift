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
    private var fout: BerichtOpbouwFout?

    mutating func start(_ naam: String, parent: String, positie: () -> Bronpositie) {
        switch naam {
        case "Header": header.positie = positie()
        case "Client": clientPositie = positie()
        case "Relatie": relatie = RelatieOpbouw(positie: positie())
        case "Contact": contact = ContactOpbouw(positie: positie())
        case "ToegewezenProduct": product = ToegewezenProductOpbouw(positie: positie())
        case "Partnernaam":
            if relatie != nil { relatie?.naam.heeftPartnernaam = true } else { self.naam.heeftPartnernaam = true }
        case "Huis": contact?.heeftHuis = true
        case "Telefoon": contact?.heeftTelefoon = true
        default: break
        }
    }

    mutating func einde(_ naam: String, parent: String, tekst: String) {
        if fout != nil { return }
        do {
            try verwerkEinde(naam, parent: parent, tekst: tekst)
        } catch {
            fout = error
        }
    }

    private mutating func verwerkEinde(_ naam: String, parent: String, tekst: String) throws(BerichtOpbouwFout) {
        if var opbouw = product {
            switch (parent, naam) {
            case ("ToegewezenProduct", "ToegewezenProduct"), (_, "ToegewezenProduct"):
                producten.append(try opbouw.product())
                product = nil
            default:
                opbouw.neem(naam, parent: parent, tekst: tekst)
                product = opbouw
            }
            return
        }
        switch (parent, naam) {
        case ("Header", _), ("BerichtIdentificatie", _), ("XsdVersie", _):
            header.neem(naam, parent: parent, tekst: tekst)
        case ("Client", "Bsn"):
            bsn = tekst
        case ("Geboortedatum", _):
            if relatie != nil { relatie?.geboortedatum.neem(naam, tekst: tekst) } else { geboortedatum.neem(naam, tekst: tekst) }
        case ("Naam", "NaamGebruik"):
            if relatie != nil { relatie?.naam.naamGebruik = tekst } else { self.naam.naamGebruik = tekst }
        case ("Communicatie", "Vorm"):
            communicatieVorm = tekst
        case ("Communicatie", "Taal"):
            communicatieTaal = tekst
        case ("Relatie", "Nummer"):
            relatie?.nummer = tekst
        case (_, "Contact"):
            guard let opbouw = contact else { return }
            let gebouwd = try opbouw.contact()
            contact = nil
            if relatie != nil { relatie?.contact = gebouwd } else { contacten.append(gebouwd) }
        case ("Contact", "Soort"):
            contact?.soort = tekst
        case ("Adres", "Postcode"):
            contact?.postcode = tekst
        case ("Adres", "LandCode"):
            contact?.landCode = tekst
        case ("Periode", "Begindatum"):
            contact?.periodeBegin = tekst
            contact?.heeftPeriode = true
        case ("Periode", "Einddatum"):
            contact?.periodeEind = tekst
            contact?.heeftPeriode = true
        case (_, "Relatie"):
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
            communicatie: try communicatieVorm.map { vorm throws(BerichtOpbouwFout) in Communicatie(vorm: vorm, taal: communicatieTaal) },
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

    mutating func neem(_ naam: String, tekst: String) {
        if naam == "Datum" { datum = tekst } else if naam == "DatumGebruik" { datumGebruik = tekst }
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

    mutating func neem(_ naam: String, parent: String, tekst: String) {
        switch (parent, naam) {
        case ("ToegewezenProduct", "ToewijzingNummer"): toewijzingNummer = tekst
        case ("ToegewezenProduct", "ReferentieAanbieder"): referentieAanbieder = tekst
        case ("Product", "Categorie"): categorie = tekst
        case ("Product", "Code"): code = tekst
        case ("ToegewezenProduct", "Toewijzingsdatum"): toewijzingsdatum = tekst
        case ("ToegewezenProduct", "Toewijzingstijd"): toewijzingstijd = tekst
        case ("ToegewezenProduct", "Ingangsdatum"): ingangsdatum = tekst
        case ("ToegewezenProduct", "Einddatum"): einddatum = tekst
        case ("ToegewezenProduct", "RedenWijziging"): redenWijziging = tekst
        case ("Omvang", "Volume"): volume = tekst
        case ("Omvang", "Eenheid"): eenheid = tekst
        case ("Omvang", "Frequentie"): frequentie = tekst
        case ("ToegewezenProduct", "Budget"): budget = tekst
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
