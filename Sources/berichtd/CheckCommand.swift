import ArgumentParser
import Berichten
import Foundation

/// `berichtd check FILE…`: validates messages without changing the spool or any state.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer berichten op XSD (niveau 1) en berichtinhoud (niveau 2), zonder iets te wijzigen.",
        discussion:
            "Exitcode 0: alle bestanden geldig; 1: minstens één bestand ongeldig of geweigerd; 2: gebruiks- of I/O-fout."
    )

    @Argument(help: "Een of meer XML-bestanden.")
    var bestanden: [String]

    @Flag(name: .long, help: "Uitvoer als JSON (een array met een verslag per bestand).")
    var json = false

    @Option(name: .long, help: "Map met de XSD's (ijw-3.2/, iwmo-3.2/).")
    var xsd: String?

    @Option(name: .customLong("max-bytes"), help: "Grootste toegestane bestand in bytes (standaard 25 MiB, OP179).")
    var maxBytes: Int = XMLLimits.standard.maximumBytes

    func run() throws {
        let lezer: Berichtlezer
        do {
            let schemas = SchemaBibliotheek(directory: try Installatie.xsdMap(xsd))
            try schemas.laadAlles()
            lezer = Berichtlezer(schemas: schemas, limits: XMLLimits(maximumBytes: maxBytes))
        } catch {
            Uitvoer.fout("berichtd check: \(error)")
            throw ExitCode(2)
        }
        var verslagen: [Controleverslag] = []
        var ioFout = false
        for bestand in bestanden {
            do {
                let verslag = try Controleverslag.controleer(bestand: bestand, lezer: lezer)
                if verslag.weigering?.code == "onleesbaar" { ioFout = true }
                verslagen.append(verslag)
                if !json { Uitvoer.regel(Controleweergave.tekst(verslag)) }
            } catch {
                Uitvoer.fout("berichtd check: \(error)")
                throw ExitCode(2)
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(verslagen)
            Uitvoer.regel(String(decoding: data, as: UTF8.self))
        }
        if ioFout { throw ExitCode(2) }
        if verslagen.contains(where: { $0.uitkomst != .geldig }) { throw ExitCode(1) }
    }
}
