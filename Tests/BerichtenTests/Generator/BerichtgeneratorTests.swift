import Berichten
import Foundation
import Testing

@testable import Generator

/// The generator (`berichtd genereer`): deterministic, valid on levels 1 and 2, and processing
/// its output rejects exactly the prestaties it made wrong, with the intended retourcodes.
@Suite("Generator: geldige 301's en 323's voor de regio", .serialized)
struct BerichtgeneratorTests {
    static let config: Regioconfiguratie = {
        ConfiguratieLader.laad(pad: TestOmgeving.root + "/config/regio.toml").configuratie!
    }()

    static let opdracht = Generatieopdracht(
        clienten: 40, maanden: 3, prestatiesPerBestand: 4, foutaandeel: 0.15, seed: 20_261_123)

    /// Generates into a fresh temporary directory.
    static func genereer(_ opdracht: Generatieopdracht = opdracht) throws -> (String, Generatieverslag) {
        let map = NSTemporaryDirectory() + "berichtd-genereer-" + UUID().uuidString
        let verslag = try Berichtgenerator(config: config, opdracht: opdracht).schrijf(naar: map)
        return (map, verslag)
    }

    static func alleBestanden(_ verslag: Generatieverslag) -> [String] {
        verslag.toewijzingbestanden + verslag.declaratiebestanden.map(\.pad) + ["verwachting.tsv", "samenvatting.txt"]
    }

    @Test("zelfde seed geeft dezelfde bytes, een andere seed andere")
    func sameSeedSameBytes() throws {
        let (a, verslagA) = try Self.genereer()
        let (b, verslagB) = try Self.genereer()
        var andere = Self.opdracht
        andere.seed += 1
        let (c, _) = try Self.genereer(andere)
        defer { for map in [a, b, c] { try? FileManager.default.removeItem(atPath: map) } }
        #expect(Self.alleBestanden(verslagA) == Self.alleBestanden(verslagB))
        for pad in Self.alleBestanden(verslagA) {
            let inA = FileManager.default.contents(atPath: a + "/" + pad)
            #expect(inA != nil && inA == FileManager.default.contents(atPath: b + "/" + pad), "\(pad)")
        }
        let eersteA = FileManager.default.contents(atPath: a + "/" + verslagA.toewijzingbestanden[0])
        let alleC = try FileManager.default.subpathsOfDirectory(atPath: c).filter { $0.hasSuffix(".xml") }
        #expect(!alleC.contains { FileManager.default.contents(atPath: c + "/" + $0) == eersteA })
    }

    @Test("elk gegenereerd bericht is XSD-geldig en geldig op niveau 2; BSN's uniek en elfproef-geldig")
    func everyMessageIsValid() throws {
        let (map, verslag) = try Self.genereer()
        defer { try? FileManager.default.removeItem(atPath: map) }
        #expect(verslag.clienten == 40 && verslag.toewijzingbestanden.count == 40)
        #expect(verslag.declaratiebestanden.allSatisfy { $0.prestaties <= 4 && $0.prestaties >= 1 })
        var bsns = Set<String>()
        for pad in verslag.toewijzingbestanden + verslag.declaratiebestanden.map(\.pad) {
            let controle = try Controleverslag.controleer(bestand: map + "/" + pad, lezer: TestOmgeving.lezer)
            #expect(
                controle.uitkomst == .geldig, "\(pad): \(controle.bevindingen.map(\.description)) \(controle.xsdFouten)"
            )
            if case .gelezen(.toewijzing(let toewijzing)) = try TestOmgeving.lezer.lees(path: map + "/" + pad) {
                #expect(Elfproef.isGeldig(toewijzing.client.bsn))
                #expect(bsns.insert(toewijzing.client.bsn).inserted, "Bsn \(toewijzing.client.bsn) dubbel")
            }
        }
        #expect(bsns.count == 40)
    }

    @Test("bestanden blijven onder de gevraagde grootte")
    func sizeLimit() throws {
        let opdracht = Generatieopdracht(clienten: 300, maxBytesPerBestand: 40_000, seed: 5, aanbieders: ["41000001"])
        let (map, verslag) = try Self.genereer(opdracht)
        defer { try? FileManager.default.removeItem(atPath: map) }
        #expect(verslag.declaratiebestanden.count > 3)
        for bestand in verslag.declaratiebestanden {
            let grootte = try FileManager.default.attributesOfItem(atPath: map + "/" + bestand.pad)[.size] as? Int
            #expect(grootte == bestand.bytes)
            #expect(bestand.bytes <= 40_000, "\(bestand.pad): \(bestand.bytes) bytes")
        }
    }

    @Test("verwerken wijst precies de opzettelijk foute prestaties af, met de bedoelde retourcodes")
    func processingRejectsExactlyTheFaults() throws {
        let (map, verslag) = try Self.genereer()
        let spool = Spool(root: NSTemporaryDirectory() + "berichtd-genereer-spool-" + UUID().uuidString)
        defer {
            try? FileManager.default.removeItem(atPath: map)
            try? FileManager.default.removeItem(atPath: spool.root)
        }
        try spool.createDirectories()
        let verwerker = Verwerker(
            lezer: TestOmgeving.lezer, config: Self.config, opslag: try Berichtenopslag(pad: spool.defaultStorePath),
            spool: spool, vandaag: { Datum(jaar: 2026, maand: 11, dag: 23)! })
        func verwerk(_ pad: String) throws -> Verwerkingsuitkomst {
            let doel = spool.inDirectory + "/" + (pad as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: map + "/" + pad, toPath: doel)
            return try verwerker.verwerk(try spool.claim(doel))
        }
        for pad in verslag.toewijzingbestanden {
            let uitkomst = try verwerk(pad)
            #expect(uitkomst.soort == .geaccepteerd && uitkomst.bevindingen.isEmpty, "\(pad): \(uitkomst)")
        }
        let verwacht = Set(verslag.verwachteFouten.map { "\($0.referentieNummer) \($0.soort.retourCode.rawValue)" })
        var afgewezen = Set<String>()
        for bestand in verslag.declaratiebestanden {
            let uitkomst = try verwerk(bestand.pad)
            #expect(
                uitkomst.soort == (bestand.foutief > 0 ? .gedeeltelijk : .geaccepteerd), "\(bestand.pad): \(uitkomst)")
            #expect(uitkomst.bevindingen.filter(\.isSignaal).isEmpty, "\(bestand.pad): \(uitkomst)")
            let retour = try #require(uitkomst.retourBestand)
            afgewezen.formUnion(try Self.afgewezenPrestaties(spool.outDirectory + "/" + retour))
        }
        #expect(afgewezen == verwacht)
        #expect(Set(verslag.verwachteFouten.map(\.soort)) == Set(Foutsoort.allCases))
        let aandeel = Double(verslag.verwachteFouten.count) / Double(verslag.prestaties)
        #expect(abs(aandeel - Self.opdracht.foutaandeel) <= 1.0 / Double(verslag.prestaties), "aandeel \(aandeel)")
    }

    /// `ReferentieNummer RetourCode` of every prestatie listed in a 325.
    static func afgewezenPrestaties(_ pad: String) throws -> Set<String> {
        let reader = try XMLStreamReader(path: pad)
        var namen: [String] = []
        var referentie = ""
        var uit = Set<String>()
        while let event = try reader.next() {
            switch event {
            case .startElement(let naam): namen.append(naam.localName)
            case .endElement: namen.removeLast()
            case .text(let tekst):
                guard namen.contains("Prestatie") else { continue }
                if namen.last == "ReferentieNummer" { referentie = tekst }
                if namen.last == "RetourCode" { uit.insert("\(referentie) \(tekst)") }
            }
        }
        return uit
    }
}
