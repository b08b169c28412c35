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
    private var client: (bsn: String?, prestaties: [Prestatie], positie: Bronpositie)?
    private var prestatie: PrestatieOpbouw?
    private var fout: BerichtOpbouwFout?

    mutating func start(_ naam: String, parent: String, positie: () -> Bronpositie) {
        switch naam {
        case "Header": header.positie = positie()
        case "Declaratie": declaratiePositie = positie()
        case "Client": client = (nil, [], positie())
        case "Prestatie": prestatie = PrestatieOpbouw(positie: positie())
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
        if var opbouw = prestatie {
            if naam == "Prestatie" {
                client?.prestaties.append(try opbouw.prestatie())
                prestatie = nil
            } else {
                opbouw.neem(naam, parent: parent, tekst: tekst)
                prestatie = opbouw
            }
            return
        }
        switch (parent, naam) {
        case ("Header", _), ("BerichtIdentificatie", _), ("XsdVersie", _):
            header.neem(naam, parent: parent, tekst: tekst)
        case ("Declaratie", "DeclaratieNummer"): declaratieNummer = tekst
        case ("DeclaratiePeriode", "Begindatum"): periodeBegin = tekst
        case ("DeclaratiePeriode", "Einddatum"): periodeEind = tekst
        case ("Declaratie", "DeclaratieDagtekening"): dagtekening = tekst
        case ("TotaalIngediendBedrag", "TotaalBedrag"): totaalBedrag = tekst
        case ("TotaalIngediendBedrag", "DebetCredit"): totaalDebetCredit = tekst
        case ("Client", "Bsn"): client?.bsn = tekst
        case ("Clienten", "Client"):
            if let client {
                clienten.append(DeclaratieClient(
                    bsn: try vereist(client.bsn, "Client/Bsn"), prestaties: client.prestaties, positie: client.positie))
            }
            client = nil
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
    var toewijzingNummer: String?
    var productCategorie: String?
    var productCode: String?
    var begindatum: String?
    var einddatum: String?
    var geleverdVolume: String?
    var eenheid: String?
    var productTarief: String?
    var bedrag: String?
    var debetCredit: String?

    mutating func neem(_ naam: String, parent: String, tekst: String) {
        switch (parent, naam) {
        case ("ProductReferentie", "ReferentieNummer"): referentieNummer = tekst
        case ("ProductReferentie", "VorigReferentieNummer"): vorigReferentieNummer = tekst
        case ("Prestatie", "ToewijzingNummer"): toewijzingNummer = tekst
        case ("Prestatie", "ProductCategorie"): productCategorie = tekst
        case ("Prestatie", "ProductCode"): productCode = tekst
        case ("ProductPeriode", "Begindatum"): begindatum = tekst
        case ("ProductPeriode", "Einddatum"): einddatum = tekst
        case ("Prestatie", "GeleverdVolume"): geleverdVolume = tekst
        case ("Prestatie", "Eenheid"): eenheid = tekst
        case ("Prestatie", "ProductTarief"): productTarief = tekst
        case ("IngediendBedrag", "Bedrag"): bedrag = tekst
        case ("IngediendBedrag", "DebetCredit"): debetCredit = tekst
        default: break
        }
    }

    func prestatie() throws(BerichtOpbouwFout) -> Prestatie {
        let element = "Prestatie"
        return Prestatie(
            referentieNummer: try vereist(referentieNummer, element + "/ProductReferentie/ReferentieNummer"),
            vorigReferentieNummer: vorigReferentieNummer,
            toewijzingNummer: try vereistGetal(toewijzingNummer, element + "/ToewijzingNummer"),
            productCategorie: try vereist(productCategorie, element + "/ProductCategorie"),
            productCode: try vereist(productCode, element + "/ProductCode"),
            productPeriode: Periode(
                begindatum: try vereistDatum(begindatum, element + "/ProductPeriode/Begindatum"),
                einddatum: try vereistDatum(einddatum, element + "/ProductPeriode/Einddatum")),
            geleverdVolume: try vereistGetal(geleverdVolume, element + "/GeleverdVolume"),
            eenheid: try vereistCode(eenheid, element + "/Eenheid"),
            productTarief: try optioneelGetal(productTarief, element + "/ProductTarief"),
            ingediendBedrag: BedragMetDC(
                bedrag: try vereistGetal(bedrag, element + "/IngediendBedrag/Bedrag"),
                debetCredit: try vereistCode(debetCredit, element + "/IngediendBedrag/DebetCredit")),
            positie: positie
        )
    }
}
