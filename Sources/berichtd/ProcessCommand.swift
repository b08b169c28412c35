import ArgumentParser
import Berichten
import Daemon
import Foundation
import Logging

/// `berichtd process`: processes everything in `spool/in`, then exits.
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Verwerk alle berichten in spool/in (oudste eerst) en schrijf de retours naar spool/out.",
        discussion: """
            Exitcode 0 als de spool verwerkt is (afwijzingen zijn gewone uitkomsten); 2 als berichtd zelf niet kon werken \
            (configuratie, XSD, opslag of schijf).
            """
    )

    @OptionGroup var opties: SpoolOpties

    @Option(
        name: .long,
        help: "Zet eerst de voorbeeldberichten uit deze map in spool/in (alleen die nog niet verwerkt zijn).")
    var voorbeelden: String?

    func run() throws {
        let spoolMap = Spool(root: opties.spool)
        let opstart: Opstart
        do {
            opstart = try Opstart(
                spool: spoolMap, configPad: opties.config, xsdMap: try Installatie.xsdMap(opties.xsd),
                opslagPad: opties.opslag ?? spoolMap.defaultStorePath)
        } catch let fout as ConfigurationError {
            for probleem in fout.problemen { Uitvoer.fout(probleem) }
            Uitvoer.fout(
                "berichtd: de regioconfiguratie \(fout.pad) is ongeldig (\(fout.problemen.count) probleem/problemen)")
            throw ExitCode(2)
        } catch {
            Uitvoer.fout("berichtd process: \(error)")
            throw ExitCode(2)
        }
        let verwerker = opstart.verwerker
        if let voorbeelden {
            let (nieuw, bekend) = try Voorbeelden.zetKlaar(voorbeelden, spool: spoolMap, opslag: verwerker.opslag)
            Uitvoer.regel(
                "voorbeelden uit \(voorbeelden): \(nieuw) nieuw in \(spoolMap.inDirectory), \(bekend) al eerder verwerkt"
            )
        }
        var logger = Logger(label: "berichtd") { label in JournaldLogHandler(label: label, metPrioriteit: false) }
        logger.logLevel = .warning
        let maximum = max(1, opties.maxPogingen)
        let ronde = Verwerkingsronde(
            verwerker: verwerker, logger: logger, metingen: nil, maximumPogingen: maximum, groep: opties.groep)
        // A file that fails on its own ends a pass (nothing overtakes it); the next pass tries
        // it again, until it succeeds or has used its attempts and is set aside.
        var resultaat = Verwerkingsronde.Resultaat()
        for _ in 0...maximum {
            let ronde = ronde.draai(rustSeconden: opties.rust, doorgaan: { true }) { uitkomst, _ in
                Uitvoer.regel(uitkomst.description)
            }
            resultaat.voegToe(ronde)
            guard ronde.mislukt > 0, ronde.storing == nil else { break }
        }
        Uitvoer.regel(Samenvatting.tekst(resultaat, spool: spoolMap))
        for overgeslagen in resultaat.overgeslagen {
            Uitvoer.fout(
                "berichtd process: blijft in \(spoolMap.inDirectory) staan (kan niet worden verplaatst): \(overgeslagen)"
            )
        }
        if resultaat.onrustig > 0 {
            Uitvoer.regel(
                "\(resultaat.onrustig) bestand(en) in \(spoolMap.inDirectory) veranderden de laatste \(opties.rust) s nog "
                    + "en zijn blijven staan voor een volgende keer (--rust)")
        }
        if resultaat.verwerkt > 0 {
            do {
                try Monitoring(verwerker: verwerker).werkBij()
            } catch {
                Uitvoer.fout(
                    "berichtd process: monitoring en afwijzingsrapport bijwerken mislukt (berichtd report maakt ze opnieuw): \(error)"
                )
            }
        }
        withExtendedLifetime(opstart.slot) {}
        if resultaat.mislukt > 0 || resultaat.storing != nil {
            if let storing = resultaat.storing { Uitvoer.fout("berichtd process: storing: \(storing.omschrijving)") }
            Uitvoer.fout(
                "berichtd process: niet alles is verwerkt; wat overbleef staat in \(spoolMap.workDirectory) of \(spoolMap.inDirectory) "
                    + "en wordt de volgende keer opnieuw geprobeerd")
            throw ExitCode(2)
        }
    }
}

/// Loading the region config for a command, with its problems on stderr.
enum Configuratie {
    static func laad(_ pad: String) throws -> Regioconfiguratie? {
        switch ConfiguratieLader.laad(pad: pad) {
        case .geladen(let configuratie):
            return configuratie
        case .ongeldig(let problemen):
            for probleem in problemen { Uitvoer.fout("\(probleem)") }
            Uitvoer.fout("berichtd: de regioconfiguratie \(pad) is ongeldig (\(problemen.count) probleem/problemen)")
            return nil
        case .onleesbaar(let probleem):
            Uitvoer.fout("berichtd: \(probleem)")
            return nil
        }
    }
}

/// Puts the bundled example messages into `spool/in`, in name order, skipping those the
/// store already processed.
enum Voorbeelden {
    static func zetKlaar(_ map: String, spool: Spool, opslag: Berichtenopslag) throws -> (nieuw: Int, bekend: Int) {
        let namen = try FileManager.default.contentsOfDirectory(atPath: map).filter { $0.hasSuffix(".xml") }.sorted()
        var nieuw = 0
        var bekend = 0
        let start = Date().addingTimeInterval(-Double(namen.count) - 10)
        for (index, naam) in namen.enumerated() {
            let bron = map + "/" + naam
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: bron)))
            if try opslag.bericht(inhoud: SHA256.hex(bytes)) != nil {
                bekend += 1
                continue
            }
            let doel = spool.inDirectory + "/" + naam
            try Spool.writeAtomically(bytes, naar: doel)
            try FileManager.default.setAttributes(
                [.modificationDate: start.addingTimeInterval(Double(index))], ofItemAtPath: doel)
            nieuw += 1
        }
        return (nieuw, bekend)
    }
}

/// The short summary `process` prints at the end.
enum Samenvatting {
    static func tekst(_ resultaat: Verwerkingsronde.Resultaat, spool: Spool) -> String {
        if resultaat.isLeeg { return "niets te doen: geen bestanden in \(spool.inDirectory)" }
        let delen = resultaat.perSoort.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            "\($0.value) \($0.key.rawValue)"
        }
        .joined(separator: ", ")
        var tekst = "verwerkt: \(resultaat.verwerkt) bericht(en)"
        if !delen.isEmpty { tekst += ": \(delen)" }
        tekst += "; \(resultaat.retours) retour(s) in \(spool.outDirectory)"
        if resultaat.vastgelopen > 0 {
            tekst += "; \(resultaat.vastgelopen) apart gezet omdat berichtd er herhaaldelijk op stopte"
        }
        if !resultaat.overgeslagen.isEmpty { tekst += "; \(resultaat.overgeslagen.count) niet te verplaatsen" }
        return tekst
    }
}
