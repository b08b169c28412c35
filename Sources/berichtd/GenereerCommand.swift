import ArgumentParser
import Berichten
import Foundation
import Generator

/// `berichtd genereer`: writes realistic, valid 301s and 323s for the region, for tests and
/// the benchmark. The same seed always gives the same bytes.
struct GenereerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "genereer",
        abstract: "Genereer geldige 301's en bijpassende 323's voor de regio (testdata en benchmark).",
        discussion: """
            Schrijft <uit>/301/*.xml (één per cliënt), <uit>/323/<jjjj-mm>/*.xml (per aanbieder, gemeente en wet per maand, \
            gesplitst bij --prestaties-per-bestand of --max-bytes), <uit>/verwachting.tsv (elke opzettelijk foute prestatie \
            met regel en retourcode) en <uit>/samenvatting.txt. Verwerk eerst de 301's, daarna de 323's maand voor maand.
            """
    )

    @Option(name: .long, help: "Uitvoermap (leeg of nog niet bestaand).")
    var uit: String

    @Option(name: .long, help: "De regioconfiguratie.")
    var config = "config/regio.toml"

    @Option(name: .long, help: "Aantal cliënten (elk één 301).")
    var clienten = 100

    @Option(name: .long, help: "Aantal declaratiemaanden.")
    var maanden = 1

    @Option(name: .long, help: "Eerste declaratiemaand (JJJJ-MM).")
    var vanaf = Generatieopdracht.standaardEersteMaand.description

    @Option(name: .customLong("prestaties-per-bestand"), help: "Hoogstens zoveel prestaties per 323.")
    var prestatiesPerBestand: Int?

    @Option(name: .customLong("max-bytes"), help: "Hoogstens zoveel bytes per 323 (ook 5MB, 25MB, 24MiB).")
    var maxBytes: String?

    @Option(name: .long, help: "Aandeel opzettelijk foute prestaties, 0…1 (tarief 0611, volume 9321, periode 9307).")
    var foutaandeel = 0.0

    @Option(name: .long, help: "Seed van de generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Alleen deze wet: ijw of iwmo (herhaalbaar).")
    var wet: [String] = []

    @Option(name: .long, help: "Alleen deze aanbieder (AGB-code, herhaalbaar).")
    var aanbieder: [String] = []

    @Option(name: .long, help: "Alleen deze gemeente (CBS-code, herhaalbaar).")
    var gemeente: [String] = []

    @Option(name: .customLong("max-producten"), help: "Hoogstens zoveel toegewezen producten per cliënt.")
    var maxProducten = 3

    @Flag(
        name: .customLong("start-stop"),
        help: "Schrijf ook de start zorg (305) en stop zorg (307) van de aanbieders, met realistische wachttijden.")
    var startStop = false

    func run() throws {
        guard let eersteMaand = Maand(vanaf) else { throw ValidationError("--vanaf verwacht JJJJ-MM, niet '\(vanaf)'") }
        var wetten: Set<Wet> = []
        for naam in wet {
            guard let standaard = Standaard(rawValue: naam.lowercased()) else {
                throw ValidationError("--wet verwacht ijw of iwmo, niet '\(naam)'")
            }
            wetten.insert(standaard.wet)
        }
        let bytes = try maxBytes.map { tekst throws in
            guard let waarde = Self.grootte(tekst) else {
                throw ValidationError("--max-bytes: geen grootte: '\(tekst)'")
            }
            return waarde
        }
        guard let regio = try Configuratie.laad(config) else { throw ExitCode(2) }
        let opdracht = Generatieopdracht(
            clienten: clienten, maanden: maanden, eersteMaand: eersteMaand, prestatiesPerBestand: prestatiesPerBestand,
            maxBytesPerBestand: bytes, foutaandeel: foutaandeel, seed: seed, wetten: wetten, aanbieders: Set(aanbieder),
            gemeenten: Set(gemeente), maxProductenPerClient: maxProducten, startStop: startStop)
        let verslag: Generatieverslag
        do {
            verslag = try Berichtgenerator(config: regio, opdracht: opdracht).schrijf(naar: uit)
        } catch {
            Uitvoer.fout("berichtd genereer: \(error)")
            throw ExitCode(2)
        }
        Uitvoer.regel(
            "gegenereerd in \(uit): \(verslag.clienten) cliënt(en), \(verslag.toewijzingbestanden.count) 301's "
                + "(\(verslag.toegewezenProducten) producten), \(verslag.declaratiebestanden.count) 323's met \(verslag.prestaties) "
                + "prestaties (\(verslag.verwachteFouten.count) opzettelijk fout), \(Notatie.aantal(verslag.bytes323)) bytes aan 323's"
        )
        if startStop {
            Uitvoer.regel(
                "start/stop: \(verslag.starts) start(s) en \(verslag.stops) stop(s) in "
                    + "\(verslag.zorgmeldingbestanden.count) 305/307's")
        }
        if let grootste = verslag.declaratiebestanden.max(by: { $0.bytes < $1.bytes }) {
            Uitvoer.regel(
                "grootste 323: \(grootste.pad) (\(Notatie.aantal(grootste.bytes)) bytes, \(grootste.prestaties) prestaties)"
            )
        }
        if let laatste = verslag.laatsteDagtekening, laatste > Verwerker.systeemdatum() {
            Uitvoer.fout(
                "let op: de laatste Dagtekening (\(laatste)) ligt na vandaag; process wijst zulke berichten af "
                    + "(TR135, 8848). Kies een eerdere --vanaf.")
        }
    }

    /// `25000000`, `25MB` (10⁶), `24MiB` (2²⁰), `512kB`, `512KiB`.
    static func grootte(_ tekst: String) -> Int? {
        let eenheden: [(String, Int)] = [
            ("KiB", 1 << 10), ("MiB", 1 << 20), ("kB", 1000), ("KB", 1000), ("MB", 1_000_000), ("B", 1),
        ]
        for (achtervoegsel, factor) in eenheden where tekst.hasSuffix(achtervoegsel) {
            return Int(tekst.dropLast(achtervoegsel.count).trimmingCharacters(in: .whitespaces)).map { $0 * factor }
        }
        return Int(tekst)
    }
}
