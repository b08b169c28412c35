import Berichten
import Testing

@Suite("Berichten lezen: model, herkenning en slechte invoer")
struct BerichtlezerTests {
    @Test("een 301 wordt volledig in het model gelezen")
    func reads301() throws {
        guard case .toewijzing(let bericht) = try TestOmgeving.bericht("geldig/jw301.xml") else {
            Issue.record("geen toewijzing")
            return
        }
        #expect(bericht.soort == BerichtSoort(.ijw, .toewijzing))
        #expect(bericht.gemeente == "0356")
        #expect(bericht.aanbieder == "41000001")
        #expect(bericht.client.bsn == "999900006")
        let product = try #require(bericht.client.toegewezenProducten.first)
        #expect(product.toewijzingNummer == 1001)
        #expect(product.product == Product(categorie: "45", code: "45A07"))
        #expect(product.omvang == Omvang(volume: 8, eenheid: .uur, frequentie: .perWeek))
        #expect(product.ingangsdatum == Datum("2026-01-01"))
        #expect(product.einddatum == Datum("2026-12-31"))
        #expect(product.positie.pad == "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]")
    }

    @Test("een 323 wordt volledig in het model gelezen, bedragen in eurocent")
    func reads323() throws {
        guard case .declaratie(let bericht) = try TestOmgeving.bericht("geldig/jw323.xml") else {
            Issue.record("geen declaratie")
            return
        }
        #expect(bericht.aanbieder == "41000001")
        #expect(bericht.gemeente == "0356")
        #expect(
            bericht.declaratie.declaratiePeriode
                == Periode(begindatum: Datum("2026-09-01")!, einddatum: Datum("2026-09-30")!))
        #expect(bericht.declaratie.totaalIngediendBedrag == BedragMetDC(bedrag: 232_000, debetCredit: .debet))
        let prestatie = try #require(bericht.clienten.first?.prestaties.first)
        #expect(prestatie.geleverdVolume == 32)
        #expect(prestatie.productTarief == 7250)
        #expect(prestatie.ingediendBedrag.getekend == 232_000)
        #expect(prestatie.positie.pad == "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]")
    }

    @Test("iWmo-berichten worden herkend", arguments: ["geldig/wmo301.xml", "geldig/wmo323.xml"])
    func readsWmo(_ file: String) throws {
        #expect(try TestOmgeving.bericht(file).soort.standaard == .iwmo)
    }

    @Test("UTF-16 en UTF-8 met BOM zijn geldige XML", arguments: ["invoer/utf16.xml", "invoer/utf8-bom.xml"])
    func encodings(_ file: String) throws {
        let bericht = try TestOmgeving.bericht(file)
        #expect(Berichtinhoud.controleer(bericht).isEmpty)
    }

    /// Each bad input gives one specific, readable reason.
    @Test(
        "slechte invoer wordt geweigerd met een specifieke reden",
        arguments: [
            ("invoer/leeg.xml", "leeg", "leeg"),
            ("invoer/geen-xml.xml", "geen-xml", "begint niet met XML"),
            ("invoer/afgebroken.xml", "afgekapt", "houdt midden in het XML-document op"),
            ("invoer/billion-laughs.xml", "doctype", "DOCTYPE"),
            ("invoer/xxe-bestand.xml", "doctype", "DOCTYPE"),
            ("invoer/xxe-http.xml", "doctype", "DOCTYPE"),
            ("invoer/onbekende-namespace.xml", "namespace", "onbekende namespace"),
            ("invoer/release2-303.xml", "release", "release 2.3"),
            ("invoer/release31-jw301.xml", "release", "release 3.1"),
        ])
    func badInput(_ file: String, _ code: String, _ fragment: String) throws {
        guard case .geweigerd(let weigering) = try TestOmgeving.lees(file) else {
            Issue.record("\(file) niet geweigerd")
            return
        }
        #expect(weigering.code == code)
        #expect(weigering.toelichting.contains(fragment), "\(weigering.toelichting)")
    }

    @Test("een 2.x-303 noemt de opvolger 323")
    func release2Explains() throws {
        guard case .geweigerd(let weigering) = try TestOmgeving.lees("invoer/release2-303.xml") else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(weigering.toelichting.contains("323"))
        #expect(weigering.toelichting.contains("2020"))
    }

    @Test("BerichtCode die niet bij de namespace past: XSD-afkeuring met uitleg")
    func berichtCodeMismatch() throws {
        guard case .xsdOngeldig(let afkeuring) = try TestOmgeving.lees("invoer/berichtcode-mismatch.xml") else {
            Issue.record("niet afgekeurd")
            return
        }
        #expect(afkeuring.soort == BerichtSoort(.ijw, .toewijzing))
        #expect(
            afkeuring.toelichtingen.contains {
                $0.contains("BerichtCode 490") && $0.contains("JW323") && $0.contains("436")
            })
    }

    @Test("een bestand boven de groottegrens wordt vóór het parsen geweigerd")
    func tooLarge() throws {
        let lezer = Berichtlezer(schemas: TestOmgeving.schemas, limits: XMLLimits(maximumBytes: 1000))
        guard case .geweigerd(let weigering) = try lezer.lees(path: TestOmgeving.pad("geldig/jw323.xml")) else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(weigering.code == "te-groot")
        #expect(weigering.toelichting.contains("OP179"))
    }

    @Test("een niet-bestaand bestand wordt netjes gemeld")
    func missingFile() throws {
        guard case .geweigerd(let weigering) = try TestOmgeving.lees("bestaat-niet.xml") else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(weigering.code == "onleesbaar")
    }
}

@Suite("Datum")
struct DatumTests {
    @Test func parsesAndRejects() {
        #expect(Datum("2026-02-29") == nil)
        #expect(Datum("2024-02-29") != nil)
        #expect(Datum("2026-1-01") == nil)
        #expect(Datum("2026-10-05")?.nederlands == "05-10-2026")
    }

    @Test func dayNumbersRoundTrip() {
        for number in stride(from: -1000, to: 30000, by: 37) {
            #expect(Datum(dagnummer: number).dagnummer == number)
        }
        #expect(Datum("1970-01-01")?.dagnummer == 0)
        #expect(Datum("2026-11-23")?.isoWeekdag == 1)
    }
}
