import ArgumentParser

/// The options `process` and `run` share: spool, region config and store, the XSDs, and how long
/// an input must be left alone before it is taken.
struct SpoolOpties: ParsableArguments {
    @OptionGroup var plaats: OpslagOpties

    @Option(name: .long, help: "Map met de XSD's (ijw-3.2/, iwmo-3.2/).")
    var xsd: String?

    @Option(
        name: .long,
        help:
            "Seconden dat een bestand onveranderd moet zijn voordat het wordt opgepakt (het kan nog geschreven worden)."
    )
    var rust: Double = 2

    @Option(
        name: .long,
        help:
            "Pogingen per bestand (storingen van het bestand zelf, of berichtd die erop stopte) voordat het apart wordt gezet in spool/rejected/."
    )
    var maxPogingen: Int = 3

    var spool: String { plaats.spool }
    var config: String { plaats.config }
    var opslag: String? { plaats.opslag }
}
