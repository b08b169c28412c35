import Foundation
import TOMLKit

/// Builds a ``Regioconfiguratie`` from the text of `regio.toml` and the CSV files it names, and
/// collects every problem on the way. A value with a problem is left out, but its code stays
/// known, so that one mistake does not cascade into 'bestaat niet' at every reference to it.
struct Configuratieopbouw {
    /// The TOML file as the user named it.
    let pad: String
    let locator: TOMLLocator
    private let tekst: String
    var problemen = Probleemlijst()

    /// A product is identified by its law and code.
    struct Productsleutel: Hashable {
        let wet: Wet
        let code: String
    }

    var naam: String?
    /// The CSV files that were found, by their key in `[regio]`, as the problems name them.
    var csvBestanden: [String: String] = [:]

    var gemeenten: [Gemeente] = []
    /// Every `[[gemeente]]` code, also one with a problem, with its table.
    var gemeentesecties: [String: TOMLSectie] = [:]

    var segmenten: [Segment] = []
    var segmentIndex: [String: Segment] = [:]
    var segmentsecties: [String: TOMLSectie] = [:]

    var aanbieders: [Aanbieder] = []
    var aanbiedersecties: [String: TOMLSectie] = [:]

    var contracten: [Contract] = []
    /// Aanbieders with a contract that has a problem: their contract position is not known.
    var aanbiedersMetOnvolledigContract: Set<String> = []

    var plafonds: [Plafond] = []
    var lokaleRegels: [String: LokaleRegelInstelling] = [:]

    /// `nil` until the CSV file was read.
    var cbsCodes: Set<String>?
    var gemeentecodes: [CBSGemeentecode] = []

    var productenGelezen = false
    var bekendeProducten: Set<Productsleutel> = []
    var producten: [Productdefinitie] = []
    var productregels: [Productsleutel: Int] = [:]
    var productIndex: [Productsleutel: Productdefinitie] = [:]

    var tarievenGelezen = false
    var tarieven: [(tarief: Tarief, regel: Int)] = []
    /// Products named in some tariff row, also a row with a problem.
    var productenMetTarief: Set<Productsleutel> = []

    init(pad: String, tekst: String) {
        self.pad = pad
        self.tekst = tekst
        locator = TOMLLocator(tekst: tekst)
        problemen.registreer(bestand: pad)
    }

    /// `regio.toml`, for messages that refer to the TOML file.
    var tomlNaam: String { Spool.naam(pad) }

    /// Parses, reads, checks and assembles.
    mutating func bouw() -> Laadresultaat {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: tekst)
        } catch let fout as TOMLParseError {
            let begin = fout.source.begin
            problemen.meld(
                pad, begin.line > 0 ? begin.line : nil, "TOML-syntaxfout (kolom \(begin.column)): \(fout.description)")
            return .ongeldig(problemen.gesorteerd)
        } catch {
            problemen.meld(pad, nil, "TOML-syntaxfout: \(error)")
            return .ongeldig(problemen.gesorteerd)
        }

        controleerTopniveau(root)
        let regio = leesRegio(root)
        leesGemeenten(root)
        leesSegmenten(root)
        leesAanbieders(root)
        if let regio {
            leesProducten(regio)
            leesTarieven(regio)
            leesGemeentecodes(regio)
        }
        leesContracten(root)
        leesPlafonds(root)
        leesLokaleRegels(root)
        controleerGemeentenInCBS()
        controleerTariefdekking()
        controleerTariefoverlap()

        guard problemen.isEmpty, let naam else { return .ongeldig(problemen.gesorteerd) }
        return .geladen(
            Regioconfiguratie(
                naam: naam, gemeenten: gemeenten, segmenten: segmenten, producten: producten, aanbieders: aanbieders,
                contracten: contracten, tarieven: tarieven.map(\.tarief), plafonds: plafonds,
                lokaleRegels: lokaleRegels,
                gemeentecodes: gemeentecodes))
    }

    /// A path from `[regio]` as the user would open it: relative to the TOML file's directory.
    func bestand(_ relatief: String) -> String {
        if relatief.hasPrefix("/") { return relatief }
        let map = Spool.map(van: pad)
        return map.isEmpty ? relatief : (map as NSString).appendingPathComponent(relatief)
    }

    /// Reads the CSV file named by `sleutel` of `[regio]`; an unreadable file is reported there.
    mutating func leesCSV(_ sleutel: String, van regio: TOMLSectie, kolommen: [String]) -> CSVTabel? {
        guard let relatief = regio.tekst(sleutel, in: &problemen) else { return nil }
        let bestand = bestand(relatief)
        problemen.registreer(bestand: bestand)
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: bestand, isDirectory: &isMap), !isMap.boolValue,
            let data = FileManager.default.contents(atPath: bestand)
        else {
            regio.meld(
                "\(sleutel): bestand '\(bestand)' bestaat niet of is niet leesbaar", bij: sleutel, in: &problemen)
            return nil
        }
        csvBestanden[sleutel] = bestand
        return CSVTabel.lees(bestand: bestand, data: data, kolommen: kolommen, in: &problemen)
    }
}
