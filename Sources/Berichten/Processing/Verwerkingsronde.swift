import Foundation
public import Logging

/// One pass over the spool, shared by `berichtd process` and `berichtd run`: first the files an
/// interrupted run left in `work/`, then every settled file in `in/`, oldest first. The next
/// file is read and checked (levels 1–2) on the other core while the current one is judged
/// and committed; everything that touches the store, `out/` or `archive/` happens strictly in
/// arrival order, so no message overtakes another (not even across senders: a 323 never
/// overtakes the 301 it declares on). A file that fails therefore ends the pass: the next pass
/// starts with it again, until it succeeds or is set aside.
public struct Verwerkingsronde {
    public let verwerker: Verwerker
    public let logger: Logger
    public let metingen: ServiceMetrics?
    /// After this many attempts (started without a result: a fault of the file itself, or
    /// berichtd stopped while on it) a file is set aside in `rejected/`.
    public let maximumPogingen: Int

    public init(verwerker: Verwerker, logger: Logger, metingen: ServiceMetrics?, maximumPogingen: Int) {
        self.verwerker = verwerker
        self.logger = logger
        self.metingen = metingen
        self.maximumPogingen = maximumPogingen
    }

    /// What a pass did.
    /// Outcomes are counted, not kept (a pass may take 750,000 files); `naElk` sees each one.
    public struct Resultaat: Sendable {
        /// Files processed, per outcome.
        public private(set) var perSoort: [Verwerkingsuitkomst.Soort: Int] = [:]
        public private(set) var retours = 0
        public var verwerkt: Int { perSoort.values.reduce(0, +) }
        /// Files that failed on their own and stay in `work/` for another attempt.
        public var mislukt = 0
        /// A fault of the machine that ended the pass early; the rest waits for the next pass.
        public var storing: Fault?
        /// Files in `in/` not yet settled (still being written).
        public var onrustig = 0
        /// Entries of `in/` that cannot even be moved (a mount point, a file of another user in a
        /// sticky directory): left where they are, logged and counted with their reason.
        public var overgeslagen: [String] = []
        /// Files set aside because berichtd stopped on them too often (see ``AttemptMark``).
        public var vastgelopen = 0

        public init() {}

        /// Nothing was done and nothing waits.
        public var isLeeg: Bool {
            verwerkt == 0 && mislukt == 0 && onrustig == 0 && overgeslagen.isEmpty && storing == nil
        }

        /// Adds a later pass (of `berichtd process`): counts add up, the last pass says what is left.
        public mutating func voegToe(_ later: Resultaat) {
            perSoort.merge(later.perSoort, uniquingKeysWith: +)
            retours += later.retours
            vastgelopen += later.vastgelopen
            overgeslagen += later.overgeslagen.filter { !overgeslagen.contains($0) }
            mislukt = later.mislukt
            storing = later.storing
            onrustig = later.onrustig
        }

        mutating func tel(_ uitkomst: Verwerkingsuitkomst) {
            perSoort[uitkomst.soort, default: 0] += 1
            if uitkomst.retourBestand != nil { retours += 1 }
        }
    }

    /// Runs one pass. `doorgaan` is asked before each file (false after SIGTERM); `naElk` gets
    /// each outcome and the number of files still waiting in this pass. Attempts per file are
    /// counted on disk (``AttemptMark``), so they survive a crash and a restart.
    public func draai(
        rustSeconden: Double, doorgaan: () -> Bool, naElk: (Verwerkingsuitkomst, Int) -> Void = { _, _ in }
    ) -> Resultaat {
        var resultaat = Resultaat()
        let spool = verwerker.spool
        let werk: [Claim]
        let nieuw: [Invoer]
        do {
            werk = try spool.onderhanden()
            let invoer = try spool.invoer()
            nieuw = invoer.filter { rustSeconden <= 0 || $0.rust >= rustSeconden }
            resultaat.onrustig = invoer.count - nieuw.count
        } catch {
            resultaat.storing = Fault.omgeving("spool lezen: \(error)")
            return resultaat
        }
        var wachtend = werk.count + nieuw.count
        metingen?.wachtrij(wachtend)
        let naElk = { (uitkomst: Verwerkingsuitkomst) in
            wachtend -= 1
            naElk(uitkomst, wachtend)
        }

        for claim in werk {
            guard doorgaan(), resultaat.storing == nil, resultaat.mislukt == 0 else { return resultaat }
            let merk = AttemptMark.read(for: claim.pad)
            if let merk, merk.stops >= maximumPogingen || merk.faults >= maximumPogingen {
                let vastgelegd: Bool
                do {
                    vastgelegd = try verwerker.isVastgelegd(claim)
                } catch {
                    resultaat.storing = Fault(error)
                    return resultaat
                }
                // Committed before the stops: only the retour and the archiving are left.
                if !vastgelegd {
                    zetApartAlsVastgelopen(claim, merk, &resultaat, naElk)
                    continue
                }
            }
            logger.info("hervat bestand uit work/", metadata: ["bestand": "\(claim.naam)"])
            voerUit(claim, stops: merk?.stops ?? 0, &resultaat, naElk) { try verwerker.hervat(claim) }
        }

        var index = 0
        func volgende() -> Vooruitlezing? {
            while index < nieuw.count {
                let invoer = nieuw[index]
                index += 1
                do {
                    guard let claim = try spool.claim(invoer) else { continue }
                    if let bezwaar = invoer.bezwaar {
                        return Vooruitlezing(
                            claim: claim, fout: InputError(pad: claim.pad, reden: bezwaar, blijvend: true))
                    }
                    return Vooruitlezing(verwerker, claim: claim)
                } catch let fout as ClaimError where fout.blijvend {
                    logger.error(
                        "kan niet uit in/ worden gehaald en blijft daar staan",
                        metadata: [
                            "bestand": "\(invoer.naam.display)", "reden": "\(fout.reden)",
                        ])
                    metingen?.storing(.bestand(fout.description))
                    resultaat.overgeslagen.append("\(invoer.naam.display): \(fout.reden)")
                    wachtend -= 1
                } catch {
                    resultaat.storing = Fault.omgeving("claimen van \(invoer.naam.display): \(error)")
                    return nil
                }
            }
            return nil
        }
        var huidige = volgende()
        while let lezing = huidige, resultaat.storing == nil, resultaat.mislukt == 0 {
            guard doorgaan() else { return resultaat }
            huidige = volgende()
            // Claimed in this pass: its mark was just written with no stops.
            voerUit(lezing.claim, stops: 0, &resultaat, naElk) { try verwerker.rondAf(try lezing.wacht()) }
            metingen?.wachtrij(wachtend)
        }
        return resultaat
    }

    /// A file berichtd stopped on `maximumPogingen` times (see ``CrashRecorder``), or that failed
    /// that often: set aside, so the spool goes on.
    private func zetApartAlsVastgelopen(
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

    private func voerUit(
        _ claim: Claim, stops: Int, _ resultaat: inout Resultaat, _ naElk: (Verwerkingsuitkomst) -> Void,
        _ stap: () throws -> Verwerkingsuitkomst
    ) {
        let start = ContinuousClock.now
        CrashRecorder.begin(.judging, claimed: claim.pad, stopsSoFar: stops)
        defer { CrashRecorder.end(.judging) }
        do {
            let uitkomst = try stap()
            let duur = ContinuousClock.now - start
            metingen?.verwerkt(uitkomst, duur: duur)
            logger.info("bericht verwerkt", metadata: Self.metadata(uitkomst, duur: duur))
            resultaat.tel(uitkomst)
            naElk(uitkomst)
        } catch {
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
