import ArgumentParser
import Berichten
import Daemon
import Foundation
import Logging
import Prometheus
import Synchronization

/// `berichtd run`: the service under systemd.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Draai als dienst: bewaak spool/in en verwerk elk nieuw bericht (systemd Type=notify).",
        discussion: """
            SIGTERM/SIGINT: het bericht in behandeling wordt afgemaakt, daarna stopt berichtd (exitcode 0). \
            SIGHUP: de regioconfiguratie wordt opnieuw geladen; een ongeldige wordt gemeld en de oude blijft in gebruik. \
            Exitcode 2 als berichtd niet kan starten (configuratie, XSD, opslag, een andere berichtd op dezelfde spool).
            """
    )

    @OptionGroup var opties: SpoolOpties

    @Option(
        name: .long,
        help:
            "Prometheus-tekstbestand voor node_exporter (standaard <spool>/state/berichtd.prom; 'uit' om het niet te schrijven)."
    )
    var metrics: String?

    @Option(name: .long, help: "Seconden tussen twee volledige scans van spool/in (naast inotify).")
    var herscan: Double = 30

    @Option(
        name: .long,
        help: "Minimaal aantal seconden tussen twee keer monitoring en afwijzingsrapport bijwerken (0: na elke ronde).")
    var monitoringInterval: Double = 30

    @Option(name: .long, help: "Logniveau: trace, debug, info, notice, warning, error.")
    var logniveau: String = "info"

    func run() throws {
        let niveau = Logger.Level(rawValue: logniveau) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = JournaldLogHandler(label: label)
            handler.logLevel = niveau
            return handler
        }
        let logger = Logger(label: "berichtd")
        let spoolMap = Spool(root: opties.spool)
        let registry = PrometheusCollectorRegistry()
        let metricsPad = metrics ?? spoolMap.stateDirectory + "/berichtd.prom"
        let textfile = metricsPad == "uit" ? nil : PrometheusTextfile(registry: registry, pad: metricsPad)
        // Signals are taken over first, so a SIGTERM during start-up also ends cleanly.
        let houder = ServiceHolder()
        let signalen = SignalHandler(
            stop: { signaal in
                logger.notice(
                    "stopverzoek ontvangen; het bericht in behandeling wordt afgemaakt",
                    metadata: ["signaal": "\(signaal)"])
                houder.stop()
            },
            herlaad: {
                logger.notice("SIGHUP: regioconfiguratie wordt opnieuw geladen")
                houder.dienst?.herlaad()
            })
        let dienst: Service
        do {
            var instellingen = Service.Instellingen(
                spool: spoolMap, configPad: opties.config, xsdMap: try Installatie.xsdMap(opties.xsd),
                opslagPad: opties.opslag ?? spoolMap.defaultStorePath)
            instellingen.rustSeconden = opties.rust
            instellingen.maximumPogingen = max(1, opties.maxPogingen)
            instellingen.groep = opties.groep
            instellingen.herscanSeconden = herscan
            instellingen.monitoringSeconden = monitoringInterval
            dienst = try Service(
                instellingen, logger: logger, metingen: textfile.map { ServiceMetrics(factory: $0.factory) },
                textfile: textfile,
                naRonde: Monitoring.naRonde)
        } catch {
            logger.critical("berichtd kan niet starten", metadata: ["reden": "\(error)"])
            throw ExitCode(2)
        }
        houder.zet(dienst)
        dienst.draai()
        withExtendedLifetime(signalen) {}
    }
}

/// The service once it is loaded, for the signal handlers that are installed before it.
final class ServiceHolder: Sendable {
    private let toestand = Mutex<(dienst: Service?, stop: Bool)>((nil, false))

    var dienst: Service? { toestand.withLock { $0.dienst } }

    func zet(_ dienst: Service) {
        if toestand.withLock({
            $0.dienst = dienst; return $0.stop
        }) {
            dienst.stop()
        }
    }

    func stop() {
        toestand.withLock {
            $0.stop = true; return $0.dienst
        }?.stop()
    }
}
