import ArgumentParser
import Berichten

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

    @Option(
        name: .customLong("groep-bestanden"),
        help:
            "Hoogstens zoveel kleine bestanden (tot 1 MiB) die klaarstaan samen in één transactie vastleggen (groepscommit; 1: elk bestand apart)."
    )
    var groepBestanden: Int = 64

    @Option(
        name: .customLong("groep-ms"),
        help: "Hoogstens zoveel milliseconden beoordelen voordat een groep wordt vastgelegd en haar retours uitgaan."
    )
    var groepMs: Int = 100

    var groep: Groepscommit {
        Groepscommit(maximumBestanden: max(1, groepBestanden), maximumDuur: .milliseconds(max(0, groepMs)))
    }

    var spool: String { plaats.spool }
    var config: String { plaats.config }
    var opslag: String? { plaats.opslag }
}
