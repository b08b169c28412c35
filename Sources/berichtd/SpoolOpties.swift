import ArgumentParser

/// The options `process` and `run` share: where the spool, the region config, the XSDs and the store are.
struct SpoolOpties: ParsableArguments {
    @Option(name: .long, help: "De spoolmap.")
    var spool = "spool"

    @Option(name: .long, help: "De regioconfiguratie.")
    var config = "config/regio.toml"

    @Option(name: .long, help: "Map met de XSD's (ijw-3.2/, iwmo-3.2/).")
    var xsd: String?

    @Option(name: .long, help: "Het opslagbestand (standaard <spool>/state/berichtd.sqlite).")
    var opslag: String?
}
