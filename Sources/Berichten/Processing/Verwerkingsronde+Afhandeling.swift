import Foundation
import Logging

/// What a pass does with each file's result: count, log and report it, or handle its fault.
extension Verwerkingsronde {
    /// A file berichtd stopped on `maximumPogingen` times (see ``CrashRecorder``), or that failed
    /// that often: set aside, so the spool goes on.
    func zetApartAlsVastgelopen(
        _ claim: Claim, _ merk: AttemptMark, _ resultaat: inout Resultaat, _ naElk: (Verwerkingsuitkomst) -> Void
    ) {
        let reden: String
        if merk.stops < maximumPogingen, let storing = merk.lastFault {
            reden = "berichtd kon dit bestand in \(merk.faults) pogingen niet verwerken; laatste storing: \(storing)"
        } else {
            reden =
                "berichtd is \(merk.stops) keer gestopt terwijl het dit bestand las of beoordeelde (een crash: een "
                + "fout in berichtd, of de watchdog), zonder het af te ronden. Het is apart gezet zodat de rest van de spool "
                + "doorgaat; dit bestand heeft een mens nodig (meld het met het bestand bij de beheerder van berichtd)"
        }
        do {
            let uitkomst = try verwerker.zetApartNaPogingen(claim, reden: reden)
            logger.critical(
                "bestand apart gezet in rejected/: berichtd stopte er herhaaldelijk op",
                metadata: [
                    "bestand": "\(merk.name)", "gestopt": "\(merk.stops)",
                ])
            metingen?.storing(.vastgelopen(reden))
            metingen?.verwerkt(uitkomst, duur: .zero)
            resultaat.vastgelopen += 1
            resultaat.tel(uitkomst)
            naElk(uitkomst)
        } catch {
            logger.error("apart zetten mislukt", metadata: ["bestand": "\(merk.name)", "reden": "\(error)"])
            resultaat.storing = Fault.omgeving("\(error)")
        }
    }

    func voerUit(
        _ claim: Claim, stops: Int, _ resultaat: inout Resultaat, _ naElk: (Verwerkingsuitkomst) -> Void,
        _ stap: () throws -> Verwerkingsuitkomst
    ) {
        let start = ContinuousClock.now
        CrashRecorder.begin(.judging, claimed: claim.pad, stopsSoFar: stops)
        defer { CrashRecorder.end(.judging) }
        do {
            meld(try stap(), start: start, &resultaat, naElk)
        } catch {
            behandel(error, claim, start: start, &resultaat, naElk)
        }
    }

    /// Counts, logs and reports one finished file.
    func meld(
        _ uitkomst: Verwerkingsuitkomst, start: ContinuousClock.Instant, _ resultaat: inout Resultaat,
        _ naElk: (Verwerkingsuitkomst) -> Void
    ) {
        let duur = ContinuousClock.now - start
        metingen?.verwerkt(uitkomst, duur: duur)
        logger.info("bericht verwerkt", metadata: Self.metadata(uitkomst, duur: duur))
        resultaat.tel(uitkomst)
        naElk(uitkomst)
    }

    /// A file that could not be finished: a fault of the machine ends the pass; a fault of the
    /// file is counted on disk and, once it has used its attempts, sets the file aside.
    func behandel(
        _ error: any Error, _ claim: Claim, start: ContinuousClock.Instant, _ resultaat: inout Resultaat,
        _ naElk: (Verwerkingsuitkomst) -> Void
    ) {
        let storing = Fault(error)
        metingen?.storing(storing)
        let naam = claim.naam
        switch storing {
        case .omgeving(let reden):
            logger.error(
                "storing: bestand blijft in work/ voor een nieuwe poging",
                metadata: ["bestand": "\(naam)", "reden": "\(reden)"])
            resultaat.storing = storing
        case .bestand(let reden), .vastgelopen(let reden):
            let blijvend = (error as? InputError)?.blijvend ?? false
            let aantal = AttemptMark.recordFault(reden, for: claim).faults
            guard blijvend || aantal >= maximumPogingen else {
                logger.warning(
                    "bestand niet verwerkt, nieuwe poging volgt",
                    metadata: [
                        "bestand": "\(naam)", "poging": "\(aantal)", "reden": "\(reden)",
                    ])
                resultaat.mislukt += 1
                return
            }
            do {
                let uitkomst = try verwerker.zetApartNaStoring(claim, reden: reden, blijvend: blijvend)
                logger.error(
                    "bestand apart gezet in rejected/",
                    metadata: [
                        "bestand": "\(naam)", "pogingen": "\(aantal)", "reden": "\(reden)",
                    ])
                metingen?.verwerkt(uitkomst, duur: ContinuousClock.now - start)
                resultaat.tel(uitkomst)
                naElk(uitkomst)
            } catch {
                logger.error("apart zetten mislukt", metadata: ["bestand": "\(naam)", "reden": "\(error)"])
                resultaat.storing = Fault.omgeving("\(error)")
            }
        }
    }

    /// Log fields of an outcome: never a BSN, never a finding's text (it may quote one).
    static func metadata(_ uitkomst: Verwerkingsuitkomst, duur: Duration) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "bestand": "\(uitkomst.bestand)", "uitkomst": "\(uitkomst.soort.rawValue)",
            "ms": "\(duur.components.seconds * 1000 + duur.components.attoseconds / 1_000_000_000_000_000)",
        ]
        if let soort = uitkomst.berichtSoort { metadata["soort"] = "\(soort)" }
        if let retour = uitkomst.retourBestand { metadata["retour"] = "\(retour)" }
        if !uitkomst.retourCodes.isEmpty {
            metadata["retourcodes"] = "\(uitkomst.retourCodes.map(\.rawValue).joined(separator: ","))"
        }
        let regels = Set(uitkomst.bevindingen.map(\.regel)).sorted()
        if !regels.isEmpty { metadata["regels"] = "\(regels.joined(separator: ","))" }
        if uitkomst.prestaties != (0, 0) {
            metadata["prestaties"] = "\(uitkomst.prestaties.toegekend)+\(uitkomst.prestaties.afgewezen)"
        }
        return metadata
    }
}
