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
    /// How many small files are committed together (see ``Groepscommit``).
    public let groep: Groepscommit

    public init(
        verwerker: Verwerker, logger: Logger, metingen: ServiceMetrics?, maximumPogingen: Int,
        groep: Groepscommit = .standaard
    ) {
        self.verwerker = verwerker
        self.logger = logger
        self.metingen = metingen
        self.maximumPogingen = maximumPogingen
        self.groep = groep
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
        /// Group commits of two or more files (see ``Groepscommit``).
        public var groepscommits = 0

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
            groepscommits += later.groepscommits
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
            werk = try spool.inProgress()
            let invoer = try spool.invoer()
            nieuw = invoer.filter { rustSeconden <= 0 || $0.rust >= rustSeconden }
            resultaat.onrustig = invoer.count - nieuw.count
        } catch {
            resultaat.storing = Fault.omgeving("spool lezen: \(error)")
            return resultaat
        }
        var wachtend = werk.count + nieuw.count
        metingen?.wachtrij(wachtend)
        func gemeld(_ uitkomst: Verwerkingsuitkomst) {
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
                    zetApartAlsVastgelopen(claim, merk, &resultaat, gemeld)
                    continue
                }
            }
            logger.info("hervat bestand uit work/", metadata: ["bestand": "\(claim.naam)"])
            voerUit(claim, stops: merk?.stops ?? 0, &resultaat, gemeld) { try verwerker.hervat(claim) }
        }

        var index = 0
        func volgende() -> Vooruitlezing? {
            while index < nieuw.count {
                let invoer = nieuw[index]
                index += 1
                do {
                    // work/ is synced before the commit that names the claim (Verwerker.rondAf, zetApart
                    // and rondAfInGroep), once per group instead of once per file.
                    guard let claim = try spool.claim(invoer, synchroniseer: false) else { continue }
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
        /// Small files that are ready follow `eerste` into one group commit; the first that fails on
        /// its own is then processed alone, as are large files and files that cannot be read.
        func groepscommit(_ eerste: Voorbereiding) {
            let start = ContinuousClock.now
            var aantal = 1
            let uitkomst: Verwerker.Groepsuitkomst
            do {
                uitkomst = try verwerker.rondAfInGroep(eerste) {
                    guard aantal < groep.maximumBestanden, ContinuousClock.now - start < groep.maximumDuur,
                        let lezing = huidige, let voorbereiding = try? lezing.wacht(),
                        verwerker.isGroepbaar(voorbereiding, maximumBytes: groep.maximumBytes), doorgaan()
                    else { return nil }
                    aantal += 1
                    huidige = volgende()
                    return voorbereiding
                }
            } catch {
                // Nothing of the group was committed; its files wait in work/ for the next pass.
                behandel(error, eerste.claim, start: start, &resultaat, gemeld)
                return
            }
            if uitkomst.klaar.count > 1 { resultaat.groepscommits += 1 }
            for klaar in uitkomst.klaar { meld(klaar, start: start, &resultaat, gemeld) }
            if let (claim, fout) = uitkomst.onvoltooid {
                behandel(fout, claim, start: start, &resultaat, gemeld)
            } else if let alleen = uitkomst.alleen {
                voerUit(alleen.claim, stops: 0, &resultaat, gemeld) { try verwerker.rondAf(alleen) }
            }
        }
        while let lezing = huidige, resultaat.storing == nil, resultaat.mislukt == 0 {
            guard doorgaan() else { return resultaat }
            huidige = volgende()
            if groep.maximumBestanden > 1, let voorbereiding = try? lezing.wacht(),
                verwerker.isGroepbaar(voorbereiding, maximumBytes: groep.maximumBytes)
            {
                groepscommit(voorbereiding)
            } else {
                // Claimed in this pass: its mark was just written with no stops.
                voerUit(lezing.claim, stops: 0, &resultaat, gemeld) { try verwerker.rondAf(try lezing.wacht()) }
            }
            metingen?.wachtrij(wachtend)
        }
        return resultaat
    }
}

/// Group commit (``Verwerkingsronde/groep``): up to `maximumBestanden` ready files of at most
/// `maximumBytes` each, judged for at most `maximumDuur`, are committed in one transaction with
/// one fsync before their retours are written. A large message (a 323 of megabytes) is committed
/// alone: its own commit is a small part of its cost.
public struct Groepscommit: Sendable {
    public var maximumBestanden: Int
    public var maximumDuur: Duration
    public var maximumBytes: Int

    public init(maximumBestanden: Int = 64, maximumDuur: Duration = .milliseconds(100), maximumBytes: Int = 1 << 20) {
        self.maximumBestanden = maximumBestanden
        self.maximumDuur = maximumDuur
        self.maximumBytes = maximumBytes
    }

    public static let standaard = Groepscommit()
    /// Every file its own transaction.
    public static let uit = Groepscommit(maximumBestanden: 1)
}
