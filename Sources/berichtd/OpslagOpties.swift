import ArgumentParser

/// Where berichtd finds its spool, the region config and the store: shared by `process`, `run`
/// and `report`.
struct OpslagOpties: ParsableArguments {
    @Option(name: .long, help: "De spoolmap.")
    var spool = "spool"

    @Option(name: .long, help: "De regioconfiguratie.")
    var config = "config/regio.toml"

    @Option(name: .long, help: "Het opslagbestand (standaard <spool>/state/berichtd.sqlite).")
    var opslag: String?
}
