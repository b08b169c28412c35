import ArgumentParser

/// The options `process` and `run` share: where the spool, the region config, the XSDs and the store
/// are, and how long an input must be left alone before it is taken.
struct SpoolOpties: ParsableArguments {
    @Option(name: .long, help: "De spoolmap.")
    var spool = "spool"

    @Option(name: .long, help: "De regioconfiguratie.")
    var config = "config/regio.toml"

    @Option(name: .long, help: "Map met de XSD's (ijw-3.2/, iwmo-3.2/).")
    var xsd: String?

    @Option(name: .long, help: "Het opslagbestand (standaard <spool>/state/berichtd.sqlite).")
    var opslag: String?

    @Option(name: .long, help: "Seconden dat een bestand onveranderd moet zijn voordat het wordt opgepakt (het kan nog geschreven worden).")
    var rust: Double = 2
}
