/// Builds a ``Declaratiebericht`` from the element stream of a 323.
struct DeclaratieOpbouw: BerichtOpbouw {
    private var header = HeaderOpbouw()
    private var declaratieNummer: String?
    private var periodeBegin: String?
    private var periodeEind: String?
    private var dagtekening: String?
    private var totaalBedrag: String?
    private var totaalDebetCredit: String?
    private var declaratiePositie = Bronpositie(pad: "/Bericht/Declaratie", regel: 0)
    private var clienten: [DeclaratieClient] = []
    /// The open Client: its Bsn, prestaties and position (kept as separate fields so that
    /// appending a prestatie never copies the array).
    private var inClient = false
    private var clientBsn: String?
    private var clientPrestaties: [Prestatie] = []
    private var clientPositie = Bronpositie(pad: "/Bericht/Declaratie/Clienten/Client", regel: 0)
    private var prestatie: PrestatieOpbouw?
    var fout: BerichtOpbouwFout?

    mutating func start(_ naam: Element, parent: Element, positie: () -> Bronpositie) {
        switch naam {
        case .header: header.positie = positie()
        case .declaratie: declaratiePositie = positie()
        case .client:
            inClient = true
            clientBsn = nil
            clientPrestaties = []
            clientPositie = positie()
        case .prestatie: prestatie = PrestatieOpbouw(positie: positie())
        default: break
        }
    }

    mutating func verwerkEinde(_ naam: Element, parent: Element, tekst: Tekst) throws(BerichtOpbouwFout) {
        if prestatie != nil {
            if naam == .prestatie {
                if let gebouwd = try prestatie?.prestatie(), inClient { clientPrestaties.append(gebouwd) }
                prestatie = nil
            } else {
                prestatie?.neem(naam, parent: parent, tekst: tekst)
            }
            return
        }
        switch (parent, naam) {
        case (.header, _), (.berichtIdentificatie, _), (.xsdVersie, _):
            header.neem(naam, parent: parent, tekst: tekst)
        case (.declaratie, .declaratieNummer): declaratieNummer = tekst.string
        case (.declaratiePeriode, .begindatum): periodeBegin = tekst.string
        case (.declaratiePeriode, .einddatum): periodeEind = tekst.string
        case (.declaratie, .declaratieDagtekening): dagtekening = tekst.string
        case (.totaalIngediendBedrag, .totaalBedrag): totaalBedrag = tekst.string
        case (.totaalIngediendBedrag, .debetCredit): totaalDebetCredit = tekst.string
        case (.client, .bsn): if inClient { clientBsn = tekst.string }
        case (.clienten, .client):
            if inClient {
                let prestaties = clientPrestaties
                clientPrestaties = []
                clienten.append(
                    DeclaratieClient(
                        bsn: try vereist(clientBsn, "Client/Bsn"), prestaties: prestaties, positie: clientPositie))
            }
            inClient = false
        default: break
        }
    }

    func resultaat(soort: BerichtSoort) throws(BerichtOpbouwFout) -> Declaratiebericht {
        if let fout { throw fout }
        let declaratie = Declaratie(
            declaratieNummer: try vereist(declaratieNummer, "Declaratie/DeclaratieNummer"),
            declaratiePeriode: Periode(
                begindatum: try vereistDatum(periodeBegin, "Declaratie/DeclaratiePeriode/Begindatum"),
                einddatum: try vereistDatum(periodeEind, "Declaratie/DeclaratiePeriode/Einddatum")),
            declaratieDagtekening: try vereistDatum(dagtekening, "Declaratie/DeclaratieDagtekening"),
            totaalIngediendBedrag: BedragMetDC(
                bedrag: try vereistGetal(totaalBedrag, "Declaratie/TotaalIngediendBedrag/TotaalBedrag"),
                debetCredit: try vereistCode(totaalDebetCredit, "Declaratie/TotaalIngediendBedrag/DebetCredit")),
            positie: declaratiePositie
        )
        return Declaratiebericht(soort: soort, header: try header.header(), declaratie: declaratie, clienten: clienten)
    }
}

private struct PrestatieOpbouw {
    let positie: Bronpositie
    var referentieNummer: String?
    var vorigReferentieNummer: String?
    var toewijzingNummer: Getalveld?
    var productCategorie: String?
    var productCode: String?
    var begindatum: Datumveld?
    var einddatum: Datumveld?
    var geleverdVolume: Getalveld?
    var eenheid: String?
    var productTarief: Getalveld?
    var bedrag: Getalveld?
    var debetCredit: String?

    mutating func neem(_ naam: Element, parent: Element, tekst: Tekst) {
        switch (parent, naam) {
        case (.productReferentie, .referentieNummer): referentieNummer = tekst.string
        case (.productReferentie, .vorigReferentieNummer): vorigReferentieNummer = tekst.string
        case (.prestatie, .toewijzingNummer): toewijzingNummer = tekst.getal
        case (.prestatie, .productCategorie): productCategorie = tekst.string
        case (.prestatie, .productCode): productCode = tekst.string
        case (.productPeriode, .begindatum): begindatum = tekst.datum
        case (.productPeriode, .einddatum): einddatum = tekst.datum
        case (.prestatie, .geleverdVolume): geleverdVolume = tekst.getal
        case (.prestatie, .eenheid): eenheid = tekst.string
        case (.prestatie, .productTarief): productTarief = tekst.getal
        case (.ingediendBedrag, .bedrag): bedrag = tekst.getal
        case (.ingediendBedrag, .debetCredit): debetCredit = tekst.string
        default: break
        }
    }

    func prestatie() throws(BerichtOpbouwFout) -> Prestatie {
        return Prestatie(
            referentieNummer: try vereist(referentieNummer, "Prestatie/ProductReferentie/ReferentieNummer"),
            vorigReferentieNummer: vorigReferentieNummer,
            toewijzingNummer: try vereistGetal(toewijzingNummer, "Prestatie/ToewijzingNummer"),
            productCategorie: try vereist(productCategorie, "Prestatie/ProductCategorie"),
            productCode: try vereist(productCode, "Prestatie/ProductCode"),
            productPeriode: Periode(
                begindatum: try vereistDatum(begindatum, "Prestatie/ProductPeriode/Begindatum"),
                einddatum: try vereistDatum(einddatum, "Prestatie/ProductPeriode/Einddatum")),
            geleverdVolume: try vereistGetal(geleverdVolume, "Prestatie/GeleverdVolume"),
            eenheid: try vereistCode(eenheid, "Prestatie/Eenheid"),
            productTarief: try optioneelGetal(productTarief, "Prestatie/ProductTarief"),
            ingediendBedrag: BedragMetDC(
                bedrag: try vereistGetal(bedrag, "Prestatie/IngediendBedrag/Bedrag"),
                debetCredit: try vereistCode(debetCredit, "Prestatie/IngediendBedrag/DebetCredit")),
            positie: positie
        )
    }
}
