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
    public let metingen: Metingen?
    /// After this many `Storing.bestand` failures a file is set aside in `rejected/`.
    public let maximumPogingen: Int

    public init(verwerker: Verwerker, logger: Logger, metingen: Metingen?, maximumPogingen: Int) {
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
        public var storing: Storing?
        /// Files in `in/` not yet settled (still being written).
        public var onrustig = 0

        mutating func tel(_ uitkomst: Verwerkingsuitkomst) {
            perSoort[uitkomst.soort, default: 0] += 1
            if uitkomst.retourBestand != nil { retours += 1 }
        }
    }

    /// Runs one pass. `doorgaan` is asked before each file (false after SIGTERM); `pogingen`
    /// counts failures per file in `work/` across passes; `naElk` gets each outcome and the
    /// number of files still waiting in this pass.
    public func draai(
        rustSeconden: Double, pogingen: inout [String: Int], doorgaan: () -> Bool,
        naElk: (Verwerkingsuitkomst, Int) -> Void = { _, _ in }
    ) -> Resultaat {
        var resultaat = Resultaat()
        let spool = verwerker.spool
        let werk: [String]
        let nieuw: [String]
        do {
            werk = try spool.onderhanden()
            let invoer = try spool.invoer()
            nieuw = invoer.filter { rustSeconden <= 0 || $0.rust >= rustSeconden }.map(\.pad)
            resultaat.onrustig = invoer.count - nieuw.count
        } catch {
            resultaat.storing = Storing.omgeving("spool lezen: \(error)")
            return resultaat
        }
        var wachtend = werk.count + nieuw.count
        metingen?.wachtrij(wachtend)
        let naElk = { (uitkomst: Verwerkingsuitkomst) in
            wachtend -= 1
            naElk(uitkomst, wachtend)
        }

        for pad in werk {
            guard doorgaan(), resultaat.storing == nil, resultaat.mislukt == 0 else { return resultaat }
            logger.info("hervat bestand uit work/", metadata: ["bestand": "\(Spool.invoernaam(pad))"])
            voerUit(pad, &resultaat, &pogingen, naElk) { try verwerker.hervat(pad) }
        }

        var index = 0
        func volgende() -> Vooruitlezing? {
            while index < nieuw.count {
                let pad = nieuw[index]
                index += 1
                do {
                    return Vooruitlezing(verwerker, pad: try spool.claim(pad))
                } catch {
                    if FileManager.default.fileExists(atPath: pad) {
                        resultaat.storing = Storing.omgeving("claimen van \(Spool.naam(pad)): \(error)")
                        return nil
                    }
                }
            }
            return nil
        }
        var huidige = volgende()
        while let lezing = huidige, resultaat.storing == nil, resultaat.mislukt == 0 {
            guard doorgaan() else { return resultaat }
            huidige = volgende()
            voerUit(lezing.pad, &resultaat, &pogingen, naElk) { try verwerker.rondAf(try lezing.wacht()) }
            metingen?.wachtrij(wachtend)
        }
        return resultaat
    }

    private func voerUit(
        _ pad: String, _ resultaat: inout Resultaat, _ pogingen: inout [String: Int],
        _ naElk: (Verwerkingsuitkomst) -> Void, _ stap: () throws -> Verwerkingsuitkomst
    ) {
        let start = ContinuousClock.now
        let naam = Spool.invoernaam(pad)
        do {
            let uitkomst = try stap()
            let duur = ContinuousClock.now - start
            pogingen[pad] = nil
            metingen?.verwerkt(uitkomst, duur: duur)
            logger.info("bericht verwerkt", metadata: Self.metadata(uitkomst, duur: duur))
            resultaat.tel(uitkomst)
            naElk(uitkomst)
        } catch {
            let storing = Storing(error)
            metingen?.storing(storing)
            switch storing {
            case .omgeving(let reden):
                logger.error("storing: bestand blijft in work/ voor een nieuwe poging", metadata: ["bestand": "\(naam)", "reden": "\(reden)"])
                resultaat.storing = storing
            case .bestand(let reden):
                let aantal = (pogingen[pad] ?? 0) + 1
                pogingen[pad] = aantal
                guard aantal >= maximumPogingen else {
                    logger.warning("bestand niet verwerkt, nieuwe poging volgt", metadata: [
                        "bestand": "\(naam)", "poging": "\(aantal)", "reden": "\(reden)",
                    ])
                    resultaat.mislukt += 1
                    return
                }
                do {
                    let uitkomst = try verwerker.zetApartNaStoring(pad, reden: reden)
                    pogingen[pad] = nil
                    logger.error("bestand apart gezet in rejected/ na herhaalde storing", metadata: [
                        "bestand": "\(naam)", "pogingen": "\(aantal)", "reden": "\(reden)",
                    ])
                    metingen?.verwerkt(uitkomst, duur: ContinuousClock.now - start)
                    resultaat.tel(uitkomst)
                    naElk(uitkomst)
                } catch {
                    logger.error("apart zetten mislukt", metadata: ["bestand": "\(naam)", "reden": "\(error)"])
                    resultaat.storing = Storing.omgeving("\(error)")
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
        if !uitkomst.retourCodes.isEmpty { metadata["retourcodes"] = "\(uitkomst.retourCodes.map(\.rawValue).joined(separator: ","))" }
        let regels = Set(uitkomst.bevindingen.map(\.regel)).sorted()
        if !regels.isEmpty { metadata["regels"] = "\(regels.joined(separator: ","))" }
        if uitkomst.prestaties != (0, 0) {
            metadata["prestaties"] = "\(uitkomst.prestaties.toegekend)+\(uitkomst.prestaties.afgewezen)"
        }
        return metadata
    }
}
