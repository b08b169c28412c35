import Berichten

/// Writes a generated 323 declaratie. The clients are written first into their own buffer, so
/// that the file can be closed as soon as the size limit is near and the total (which comes
/// before the clients) is known.
struct Declaratieschrijver {
    let soort: BerichtSoort
    private let m: String
    private let b: String
    private(set) var clienten = XMLRegels(capaciteit: 1 << 16)
    private(set) var aantalPrestaties = 0
    private(set) var totaal: Int64 = 0

    init(wet: Wet) {
        soort = BerichtSoort(wet.standaard, .declaratie)
        m = soort.kortenaam
        b = soort.standaard.rawValue
        clienten.begin(opDiepte: 3)
    }

    /// Bytes of everything outside the clients, a little generously.
    static let kopruimte = 2048

    /// The client's lines, to be measured before they are added.
    func regels(_ client: GegenereerdeDeclaratieClient) -> XMLRegels {
        var xml = XMLRegels(capaciteit: 1024 * client.prestaties.count)
        xml.begin(opDiepte: 3)
        xml.open("\(m):Client")
        xml.element("\(m):Bsn", client.bsn)
        xml.open("\(m):Prestaties")
        for p in client.prestaties {
            xml.open("\(m):Prestatie")
            xml.open("\(m):ProductReferentie")
            xml.element("\(b):ReferentieNummer", p.referentieNummer)
            xml.sluit("\(m):ProductReferentie")
            xml.element("\(m):ToewijzingNummer", p.toewijzingNummer)
            xml.element("\(m):ProductCategorie", p.categorie)
            xml.element("\(m):ProductCode", p.code)
            xml.open("\(m):ProductPeriode")
            xml.element("\(b):Begindatum", p.periode.begindatum)
            xml.element("\(b):Einddatum", p.periode.einddatum)
            xml.sluit("\(m):ProductPeriode")
            xml.element("\(m):GeleverdVolume", p.volume)
            xml.element("\(m):Eenheid", p.eenheid.rawValue)
            xml.element("\(m):ProductTarief", p.tarief)
            xml.open("\(m):IngediendBedrag")
            xml.element("\(b):Bedrag", p.bedrag)
            xml.element("\(b):DebetCredit", "D")
            xml.sluit("\(m):IngediendBedrag")
            xml.sluit("\(m):Prestatie")
        }
        xml.sluit("\(m):Prestaties")
        xml.sluit("\(m):Client")
        return xml
    }

    mutating func voegToe(_ client: GegenereerdeDeclaratieClient, _ regels: XMLRegels) {
        clienten.voegToe(regels)
        aantalPrestaties += client.prestaties.count
        totaal += client.prestaties.reduce(0) { $0 + $1.bedrag }
    }

    var isLeeg: Bool { aantalPrestaties == 0 }
    var geschatteGrootte: Int { clienten.count + Self.kopruimte }

    struct Kop {
        let afzender: String
        let ontvanger: String
        let identificatie: String
        let dagtekening: Datum
        let declaratieNummer: String
        let periode: Periode
        let xsdVersie: XsdVersie
    }

    /// The whole document.
    func bericht(_ kop: Kop) -> [UInt8] {
        var xml = XMLRegels(capaciteit: clienten.count + Self.kopruimte)
        xml.kop(
            soort, afzender: kop.afzender, ontvanger: kop.ontvanger, identificatie: kop.identificatie,
            dagtekening: kop.dagtekening, xsdVersie: kop.xsdVersie)
        xml.open("\(m):Declaratie")
        xml.element("\(m):DeclaratieNummer", kop.declaratieNummer)
        xml.open("\(m):DeclaratiePeriode")
        xml.element("\(b):Begindatum", kop.periode.begindatum)
        xml.element("\(b):Einddatum", kop.periode.einddatum)
        xml.sluit("\(m):DeclaratiePeriode")
        xml.element("\(m):DeclaratieDagtekening", kop.dagtekening)
        xml.open("\(m):TotaalIngediendBedrag")
        xml.element("\(b):TotaalBedrag", totaal)
        xml.element("\(b):DebetCredit", "D")
        xml.sluit("\(m):TotaalIngediendBedrag")
        xml.open("\(m):Clienten")
        xml.voegToe(clienten)
        xml.sluit("\(m):Clienten")
        xml.sluit("\(m):Declaratie")
        xml.sluit("\(m):Bericht")
        return xml.bytes
    }
}
