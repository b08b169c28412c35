package import Berichten

/// What the generator wrote: the files, their sizes and the faults it put in on purpose.
package struct Generatieverslag: Sendable {
    /// One generated 323.
    package struct Declaratiebestand: Sendable {
        /// Path relative to the output directory, e.g. `323/2025-11/0001-jw323-41000001-0321-2025-11.xml`.
        package let pad: String
        package let maand: Maand
        package let prestaties: Int
        package let foutief: Int
        package let bytes: Int
    }

    /// A prestatie that must be rejected, and with which rule and retourcode.
    package struct VerwachteFout: Sendable, Hashable {
        package let bestand: String
        package let referentieNummer: String
        package let bsn: String
        package let soort: Foutsoort
    }

    package internal(set) var clienten = 0
    package internal(set) var toegewezenProducten = 0
    /// Paths of the 301s, relative to the output directory, in processing order.
    package internal(set) var toewijzingbestanden: [String] = []
    package internal(set) var bytes301 = 0
    package internal(set) var declaratiebestanden: [Declaratiebestand] = []
    package internal(set) var verwachteFouten: [VerwachteFout] = []
    /// Paths of the 305s and 307s (with `startStop`), in processing order.
    package internal(set) var zorgmeldingbestanden: [String] = []
    package internal(set) var starts = 0
    package internal(set) var stops = 0
    /// Days from Ingangsdatum to the Begindatum of every generated start.
    package internal(set) var wachtdagen: [Int] = []
    /// Latest Dagtekening in the generated messages: `process` rejects messages dated after today (TR135).
    package internal(set) var laatsteDagtekening: Datum?

    package var prestaties: Int { declaratiebestanden.reduce(0) { $0 + $1.prestaties } }
    package var bytes323: Int { declaratiebestanden.reduce(0) { $0 + $1.bytes } }

    /// `key=value` lines (`samenvatting.txt`), easy to read from a shell script.
    package var samenvatting: String {
        var regels = [
            "clienten=\(clienten)",
            "toewijzingen=\(toewijzingbestanden.count)",
            "toegewezen_producten=\(toegewezenProducten)",
            "bytes_301=\(bytes301)",
            "declaraties=\(declaratiebestanden.count)",
            "prestaties=\(prestaties)",
            "foutief=\(verwachteFouten.count)",
            "bytes_323=\(bytes323)",
        ]
        for soort in Foutsoort.allCases {
            regels.append("foutief_\(soort.rawValue)=\(verwachteFouten.filter { $0.soort == soort }.count)")
        }
        if let grootste = declaratiebestanden.max(by: { ($0.bytes, $1.pad) < ($1.bytes, $0.pad) }) {
            regels += [
                "grootste_323=\(grootste.pad)", "grootste_323_bytes=\(grootste.bytes)",
                "grootste_323_prestaties=\(grootste.prestaties)",
            ]
        }
        let maanden = Set(declaratiebestanden.map(\.maand)).sorted()
        regels.append("maanden=\(maanden.map(\.description).joined(separator: " "))")
        for maand in maanden {
            let bestanden = declaratiebestanden.filter { $0.maand == maand }
            regels.append("maand_\(maand)_bestanden=\(bestanden.count)")
            regels.append("maand_\(maand)_prestaties=\(bestanden.reduce(0) { $0 + $1.prestaties })")
            regels.append("maand_\(maand)_foutief=\(bestanden.reduce(0) { $0 + $1.foutief })")
            regels.append("maand_\(maand)_bytes=\(bestanden.reduce(0) { $0 + $1.bytes })")
        }
        if !zorgmeldingbestanden.isEmpty {
            let gesorteerd = wachtdagen.sorted()
            regels += [
                "start_stop_bestanden=\(zorgmeldingbestanden.count)", "starts=\(starts)", "stops=\(stops)",
                "wachtdagen_mediaan=\(gesorteerd.isEmpty ? 0 : gesorteerd[(gesorteerd.count + 1) / 2 - 1])",
            ]
        }
        if let laatsteDagtekening { regels.append("laatste_dagtekening=\(laatsteDagtekening)") }
        return regels.joined(separator: "\n") + "\n"
    }

    /// Tab-separated list of the deliberate faults (`verwachting.tsv`).
    package var verwachting: String {
        var tekst = "bestand\treferentienummer\tbsn\tregel\tretourcode\tfout\n"
        for fout in verwachteFouten {
            tekst +=
                "\(fout.bestand)\t\(fout.referentieNummer)\t\(fout.bsn)\t\(fout.soort.regel.code)\t"
                + "\(fout.soort.retourCode.rawValue)\t\(fout.soort.rawValue)\n"
        }
        return tekst
    }
}
