import ArgumentParser
import Berichten
import Foundation

/// `berichtd report`: regenerates the monitoring files and the auditors' reports from the store.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Maak de productiemonitoring (spool/monitoring) en de afwijzingsrapporten (spool/reports) opnieuw uit de opslag.",
        discussion: """
            Zonder periode: alle jaren met productie plus het jaar van de peildatum, en elke verwerkingsdag. \
            Met een periode: de monitoring van de jaren die de periode raakt (de bestanden zijn per jaar) en de rapporten \
            van de verwerkingsdagen in de periode. --van zonder --tot loopt tot de peildatum; --tot zonder --van begint op \
            1 januari van dat jaar. Met --gemeente alleen de bestanden van die gemeente (geen regiobestanden). \
            Exitcode 0 bij succes, 2 bij een gebruiksfout of als berichtd niet kon werken (configuratie, opslag, schijf).
            """
    )

    @OptionGroup var plaats: OpslagOpties

    @Option(name: .long, help: "Alleen deze gemeente (CBS-code, 4 cijfers).")
    var gemeente: String?

    @Option(name: .long, help: "Een kalendermaand (jjjj-mm).")
    var maand: String?

    @Option(name: .long, help: "Eerste dag (jjjj-mm-dd).")
    var van: String?

    @Option(name: .long, help: "Laatste dag (jjjj-mm-dd).")
    var tot: String?

    @Option(name: .long, help: "Peildatum voor actieve toewijzingen en prognoses (jjjj-mm-dd, standaard vandaag).")
    var peildatum: String?

    func validate() throws {
        _ = try bereik(peildatum: try gekozenPeildatum())
    }

    func run() throws {
        let peil = try gekozenPeildatum()
        let keuze = try bereik(peildatum: peil)
        let spoolMap = Spool(root: plaats.spool)
        let opslagPad = plaats.opslag ?? spoolMap.defaultStorePath
        guard FileManager.default.fileExists(atPath: opslagPad) else {
            Uitvoer.fout("berichtd report: geen opslag in \(opslagPad); verwerk eerst berichten met berichtd process")
            throw ExitCode(2)
        }
        do {
            guard let regio = try Configuratie.laad(plaats.config) else { throw ExitCode(2) }
            let monitoring = Monitoring(opslag: try Berichtenopslag(pad: opslagPad), config: regio, spool: spoolMap)
            let bijwerking = try monitoring.genereer(keuze, peildatum: peil)
            Uitvoer.regel(
                "peildatum \(peil); \(bijwerking.monitoring.count) monitoringbestand(en) in \(spoolMap.root)/monitoring, "
                    + "\(bijwerking.rapporten.count) rapportbestand(en) in \(spoolMap.root)/reports")
        } catch let code as ExitCode {
            throw code
        } catch {
            Uitvoer.fout("berichtd report: \(error)")
            throw ExitCode(2)
        }
    }

    private func gekozenPeildatum() throws -> Datum {
        guard let peildatum else { return Verwerker.systeemdatum() }
        return try datum(peildatum, optie: "--peildatum")
    }

    private func bereik(peildatum: Datum) throws -> Rapportbereik {
        if let gemeente, !(gemeente.count == 4 && gemeente.allSatisfy(\.isASCII) && gemeente.allSatisfy(\.isNumber)) {
            throw ValidationError(
                "--gemeente \(gemeente): verwacht een CBS-gemeentecode van 4 cijfers, bijvoorbeeld 0321")
        }
        var periode: Periode?
        if let maand {
            guard van == nil, tot == nil else { throw ValidationError("--maand gaat niet samen met --van of --tot") }
            guard let eerste = Datum(maand + "-01") else { throw ValidationError("--maand \(maand): verwacht jjjj-mm") }
            periode = Periode(begindatum: eerste, einddatum: eerste.laatsteVanMaand)
        } else if van != nil || tot != nil {
            let einde = try tot.map { try datum($0, optie: "--tot") }
            let begin = try van.map { try datum($0, optie: "--van") }
            let eerste = begin ?? Datum(jaar: (einde ?? peildatum).jaar, maand: 1, dag: 1)!
            let laatste = einde ?? peildatum
            guard eerste <= laatste else {
                throw ValidationError(
                    "de periode \(eerste) t/m \(laatste) is leeg (--van ligt na --tot of na de peildatum)")
            }
            periode = Periode(begindatum: eerste, einddatum: laatste)
        }
        return Rapportbereik(gemeente: gemeente, periode: periode)
    }

    private func datum(_ tekst: String, optie: String) throws -> Datum {
        guard let datum = Datum(tekst) else { throw ValidationError("\(optie) \(tekst): verwacht jjjj-mm-dd") }
        return datum
    }
}
