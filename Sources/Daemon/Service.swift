package import Berichten
import Foundation
package import Logging
import Synchronization

/// `berichtd run`: the long-running service. Watches `spool/in`, processes settled files in
/// arrival order, talks to systemd (READY, WATCHDOG, STATUS, RELOADING, STOPPING), reloads the
/// region config on SIGHUP, backs off on faults of the machine and resumes when they clear.
package final class Service: @unchecked Sendable {
    /// How the service is set up.
    package struct Instellingen: Sendable {
        package var spool: Spool
        package var configPad: String
        package var xsdMap: String
        package var opslagPad: String
        /// A file must be unmodified this long before it is taken (it may still be written).
        package var rustSeconden: Double = 2
        /// Rescan of `spool/in` when inotify said nothing (safety net).
        package var herscanSeconden: Double = 30
        /// Longest wait between retries after a fault of the machine.
        package var maximumWachttijd: Double = 60
        /// Attempts on one file (faults of the file itself, or berichtd stopping while on it)
        /// before it is set aside; counted on disk (``AttemptMark``), so across restarts too.
        package var maximumPogingen = 3
        /// How many small files that are ready are committed together (``Groepscommit``).
        package var groep = Groepscommit.standaard
        /// Least time between two monitoring updates (`naRonde`). Under a steady trickle a pass
        /// takes one file, and the update rewrites the files of its gemeente (at national scale
        /// a second per pass); what waits is written once the interval has passed, also when
        /// no further file comes, and before a clean stop. 0: after every pass.
        package var monitoringSeconden: Double = 30

        package init(spool: Spool, configPad: String, xsdMap: String, opslagPad: String) {
            self.spool = spool
            self.configPad = configPad
            self.xsdMap = xsdMap
            self.opslagPad = opslagPad
        }
    }

    private struct Verzoeken {
        var stoppen = false
        var herladen = false
    }

    package let instellingen: Instellingen
    private let logger: Logger
    private let melder: SystemdNotifier
    private let metingen: ServiceMetrics?
    private let textfile: PrometheusTextfile?
    private let naRonde: (@Sendable (Verwerker) throws -> Void)?
    private let verzoeken = Mutex(Verzoeken())
    private let wachter: SpoolWatcher
    private let slot: InstanceLock
    // Touched only by the thread in `draai`.
    private var verwerker: Verwerker
    private var laatste = "nog niets verwerkt"
    private var totaal = 0
    private var laatstePing = ContinuousClock.now - .seconds(3600)
    /// Set while the last reload was refused: every STATUS= then says so, because `systemctl
    /// reload` (systemd 252) cannot report what the daemon made of the signal.
    private var herladenGeweigerd: String?

    /// Loads everything the service needs; throws (and the service does not become ready)
    /// when the config is invalid, the XSDs or the store cannot be opened, or another berichtd
    /// works on this spool. `naRonde` (monitoring and reports) runs after a pass that
    /// processed something, at most once per `Instellingen.monitoringSeconden`.
    package init(
        _ instellingen: Instellingen, logger: Logger, melder: SystemdNotifier = SystemdNotifier(),
        metingen: ServiceMetrics? = nil, textfile: PrometheusTextfile? = nil,
        naRonde: (@Sendable (Verwerker) throws -> Void)? = nil
    ) throws {
        self.instellingen = instellingen
        self.logger = logger
        self.melder = melder
        self.metingen = metingen
        self.textfile = textfile
        self.naRonde = naRonde
        let opstart = try Opstart(
            spool: instellingen.spool, configPad: instellingen.configPad, xsdMap: instellingen.xsdMap,
            opslagPad: instellingen.opslagPad)
        if opstart.opgeruimd > 0 {
            logger.info(
                "tijdelijke bestanden van een onderbroken run opgeruimd", metadata: ["aantal": "\(opstart.opgeruimd)"])
        }
        metingen?.configuratie(geldig: true)
        slot = opstart.slot
        verwerker = opstart.verwerker
        wachter = try SpoolWatcher(map: instellingen.spool.inDirectory)
    }

    /// Asks the service to stop after the message in hand. Safe from any thread.
    package func stop() {
        verzoeken.withLock { $0.stoppen = true }
        wachter.wek()
    }

    /// Asks the service to reload the region config before the next message. Safe from any thread.
    package func herlaad() {
        verzoeken.withLock { $0.herladen = true }
        wachter.wek()
    }

    private var moetStoppen: Bool { verzoeken.withLock { $0.stoppen } }

    /// Runs until `stop()`. Returns normally after a clean stop.
    package func draai() {
        let spool = instellingen.spool
        logger.notice(
            "berichtd klaar",
            metadata: [
                "spool": "\(spool.root)", "config": "\(instellingen.configPad)", "regio": "\(verwerker.config.naam)",
                "watchdog": "\(melder.watchdogInterval.map { "\($0)" } ?? "uit")",
            ])
        melder.klaar(status: "wacht op berichten in \(spool.inDirectory)")
        var wachttijd: Double?
        // Catches up after a crash (nothing to do when the files are current); the first pass
        // that processes something updates right away.
        var monitoringAchter = !werkMonitoringBij()
        var laatsteMonitoring = ContinuousClock.now - .seconds(86_400)
        // Seconds until the next monitoring update may run.
        func monitoringOver() -> Double {
            instellingen.monitoringSeconden - Self.seconden(ContinuousClock.now - laatsteMonitoring)
        }
        while !moetStoppen {
            if verzoeken.withLock({
                let gevraagd = $0.herladen; $0.herladen = false; return gevraagd
            }) {
                herlaadConfig()
            }
            let ronde = Verwerkingsronde(
                verwerker: verwerker, logger: logger, metingen: metingen, maximumPogingen: instellingen.maximumPogingen,
                groep: instellingen.groep)
            let resultaat = ronde.draai(
                rustSeconden: instellingen.rustSeconden,
                doorgaan: { [self] in
                    watchdog()
                    return !moetStoppen
                }
            ) { [self] uitkomst, wachtend in
                totaal += 1
                laatste = "\(uitkomst.bestand): \(uitkomst.soort.rawValue)"
                meldStatus("wachtrij: \(wachtend); verwerkt: \(totaal); laatste: \(laatste)")
            }
            if resultaat.verwerkt > 0, naRonde != nil { monitoringAchter = true }
            if monitoringAchter, monitoringOver() <= 0 {
                monitoringAchter = !werkMonitoringBij()
                laatsteMonitoring = .now
            }
            schrijfMetingen()
            if let storing = resultaat.storing {
                let volgende = min(instellingen.maximumWachttijd, (wachttijd ?? 0.5) * 2)
                wachttijd = volgende
                meldStatus("storing: \(storing.omschrijving); nieuwe poging over \(Int(volgende)) s")
                logger.warning("wacht voor een nieuwe poging", metadata: ["seconden": "\(Int(volgende))"])
            } else {
                if wachttijd != nil { logger.notice("storing voorbij, verwerking hervat") }
                wachttijd = resultaat.mislukt > 0 ? 1 : nil
                meldStatus("wachtrij: 0; verwerkt: \(totaal); laatste: \(laatste)")
            }
            var wachten =
                wachttijd ?? (resultaat.onrustig > 0 ? instellingen.rustSeconden : instellingen.herscanSeconden)
            if monitoringAchter { wachten = min(wachten, max(monitoringOver(), 0.05)) }
            wacht(seconden: wachten, ookOpNieuweBestanden: wachttijd == nil && resultaat.onrustig == 0)
        }
        if monitoringAchter { _ = werkMonitoringBij() }
        melder.stoppen(status: "stopt; verwerkt: \(totaal)")
        schrijfMetingen()
        logger.notice("berichtd gestopt", metadata: ["verwerkt": "\(totaal)"])
    }

    /// Runs `naRonde`; false (and logged) when it failed, so that it is tried again later.
    private func werkMonitoringBij() -> Bool {
        guard let naRonde else { return true }
        do {
            try naRonde(verwerker)
            return true
        } catch is MonitoringLock.Bezet {
            logger.notice("monitoring niet bijgewerkt: berichtd report is ermee bezig; volgende poging na het interval")
            return false
        } catch {
            logger.error("monitoring en rapportage bijwerken mislukt", metadata: ["reden": "\(error)"])
            return false
        }
    }

    private static func seconden(_ duur: Duration) -> Double {
        Double(duur.components.seconds) + Double(duur.components.attoseconds) / 1e18
    }

    /// Sleeps up to `seconden`, pinging the watchdog, until a stop/reload request or (when
    /// asked) a new file arrives.
    private func wacht(seconden: Double, ookOpNieuweBestanden: Bool) {
        let einde = ContinuousClock.now + .milliseconds(Int64(seconden * 1000))
        let ping =
            melder.watchdogInterval.map { Double($0.components.seconds) / 2 + Double($0.components.attoseconds) / 2e18 }
            ?? 3600
        while !moetStoppen {
            watchdog()
            let rest = einde - ContinuousClock.now
            let restSeconden = Double(rest.components.seconds) + Double(rest.components.attoseconds) / 1e18
            if restSeconden <= 0 { return }
            switch wachter.wacht(seconden: min(restSeconden, ping)) {
            case .nieuweBestanden where ookOpNieuweBestanden:
                return
            case .gewekt:
                if verzoeken.withLock({ $0.herladen || $0.stoppen }) { return }
            default:
                continue
            }
        }
    }

    /// `WATCHDOG=1`, at most four times per watchdog interval.
    private func watchdog() {
        guard let interval = melder.watchdogInterval, ContinuousClock.now - laatstePing >= interval / 4 else { return }
        laatstePing = .now
        melder.watchdog()
    }

    private func herlaadConfig() {
        melder.herladen(status: "regioconfiguratie opnieuw laden")
        do {
            let config = try ConfiguratieLader.laad(pad: instellingen.configPad).geldig(instellingen.configPad)
            verwerker = Verwerker(
                lezer: verwerker.lezer, config: config, opslag: verwerker.opslag, spool: verwerker.spool)
            metingen?.configuratie(geldig: true)
            herladenGeweigerd = nil
            logger.notice(
                "regioconfiguratie opnieuw geladen",
                metadata: ["config": "\(instellingen.configPad)", "regio": "\(config.naam)"])
        } catch {
            metingen?.configuratie(geldig: false)
            herladenGeweigerd =
                "herladen geweigerd: \(instellingen.configPad) is ongeldig, de vorige regioconfiguratie blijft in gebruik"
            logger.error(
                "nieuwe regioconfiguratie ongeldig; de vorige blijft in gebruik",
                metadata: [
                    "config": "\(instellingen.configPad)", "reden": "\(error)",
                ])
        }
        melder.klaar(status: statustekst("wacht op berichten; verwerkt: \(totaal); laatste: \(laatste)"))
    }

    private func statustekst(_ tekst: String) -> String {
        herladenGeweigerd.map { "\($0); \(tekst)" } ?? tekst
    }

    private func meldStatus(_ tekst: String) { melder.status(statustekst(tekst)) }

    private func schrijfMetingen() {
        guard let textfile else { return }
        do {
            try textfile.schrijf()
        } catch {
            logger.warning("metrics schrijven mislukt", metadata: ["pad": "\(textfile.pad)", "reden": "\(error)"])
        }
    }
}
