import ArgumentParser
import Berichten

/// `berichtd config …`: tools for the region configuration.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Werk met de regioconfiguratie (regio.toml en de CSV-bestanden).",
        subcommands: [ConfigCheckCommand.self]
    )
}

/// `berichtd config check [PAD]`: loads the region configuration and prints every problem as
/// `bestand:regel: melding`, or a short summary when it is valid.
struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer een regioconfiguratie en noem elk probleem met bestand en regel.",
        discussion: "Exitcode 0: geldig; 1: minstens één probleem; 2: het TOML-bestand is niet leesbaar."
    )

    @Argument(help: "Het TOML-bestand van de regio.")
    var pad = "config/regio.toml"

    func run() throws {
        switch ConfiguratieLader.laad(pad: pad) {
        case .geladen(let regio):
            Uitvoer.regel(Self.samenvatting(regio, pad: pad))
        case .ongeldig(let problemen):
            for probleem in problemen { Uitvoer.regel(probleem.description) }
            Uitvoer.regel(problemen.count == 1 ? "1 probleem gevonden" : "\(problemen.count) problemen gevonden")
            throw ExitCode(1)
        case .onleesbaar(let probleem):
            Uitvoer.fout("berichtd config check: \(probleem)")
            throw ExitCode(2)
        }
    }

    /// The region's name and how many of everything it holds.
    static func samenvatting(_ regio: Regioconfiguratie, pad: String) -> String {
        let tellingen: [(String, Int)] = [
            ("gemeenten", regio.gemeenten.count),
            ("segmenten", regio.segmenten.count),
            ("producten", regio.producten.count),
            ("aanbieders", regio.aanbieders.count),
            ("contracten", regio.contracten.count),
            ("tarieven", regio.tarieven.count),
            ("plafonds", regio.plafonds.count),
            ("lokale regels", regio.lokaleRegels.count),
            ("CBS-gemeentecodes", regio.gemeentecodes.count),
        ]
        let breedte = tellingen.map(\.0.count).max() ?? 0
        let regels = tellingen.map { naam, aantal in
            "  " + naam + String(repeating: " ", count: breedte - naam.count) + "  " + String(aantal)
        }
        return (["\(pad): geldig — \(regio.naam)"] + regels).joined(separator: "\n")
    }
}
