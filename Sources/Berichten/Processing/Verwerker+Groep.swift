import Foundation
internal import GRDB

/// Group commit: many small messages judged one after the other in one transaction, committed
/// with one fsync, then their retours written and their inputs archived with one directory sync
/// per directory. Each message keeps its own claim token in the store, so recovery after a kill
/// stays per claim (``Verwerker/hervat(_:)``); each is judged in its own savepoint, so one that
/// fails on its own sinks only itself: the group is committed up to it, and it is judged alone.
extension Verwerker {
    /// What a group commit did.
    struct Groepsuitkomst {
        /// The members committed and completed, in claim order.
        var klaar: [Verwerkingsuitkomst] = []
        /// The first member that was not committed with the group (it failed in its savepoint, or its
        /// claim was handled before): the caller processes it alone, then goes on after it.
        var alleen: Voorbereiding?
        /// A member committed with the group whose retour or archiving failed (out/ read-only, disk
        /// full), with the error: it and the members after it stay in `work/` and are completed by
        /// ``hervat(_:)`` in a later pass.
        var onvoltooid: (claim: Claim, fout: any Error)?
    }

    /// Whether a prepared file may join a group: it was read (levels 1–2 decided), and is small.
    func isGroepbaar(_ voorbereiding: Voorbereiding, maximumBytes: Int) -> Bool {
        guard case .gelezen = voorbereiding.resultaat else { return false }
        return voorbereiding.grootte <= maximumBytes
    }

    /// Judges `eerste` and then each file `volgende` hands over (until it returns nil) in one
    /// transaction, each in its own savepoint; commits; then writes the retours, syncs their
    /// directories, marks them written, archives the inputs and syncs the archive once.
    /// `volgende` must only hand over groupable files freshly claimed in this pass.
    /// Throws when the transaction itself fails: nothing of the group is then committed.
    func rondAfInGroep(
        _ eerste: Voorbereiding, volgende: () -> Voorbereiding?
    ) throws -> Groepsuitkomst {
        var uitkomst = Groepsuitkomst()
        var leden: [(claim: Claim, verwerking: Verwerking, dag: Datum)] = []
        try opslag.inTransactie { transactie in
            // The claims' renames into work/ are durable before the commit that names them.
            defer { Spool.syncDirectory(spool.workDirectory) }
            var huidige: Voorbereiding? = eerste
            while let voorbereiding = huidige {
                let claim = voorbereiding.claim
                guard case .gelezen(let bericht) = voorbereiding.resultaat,
                    try eerdereAfhandeling(claim, in: transactie) == nil
                else {
                    uitkomst.alleen = voorbereiding
                    return
                }
                CrashRecorder.begin(.judging, claimed: claim.pad, stopsSoFar: 0)
                defer { CrashRecorder.end(.judging) }
                Testhaak.misschienVastlopen(claim.naam)
                let dag = vandaag()
                do {
                    var verwerking: Verwerking?
                    try transactie.db.inSavepoint {
                        verwerking = try beoordeel(bericht, voorbereiding, dag: dag, transactie)
                        return .commit
                    }
                    guard let verwerking else { throw ProcessingError(bestand: claim.naam, reden: "geen oordeel") }
                    leden.append((claim, verwerking, dag))
                } catch {
                    // Rolled back to before this message: judged alone after the group.
                    transactie.verwerp()
                    uitkomst.alleen = voorbereiding
                    return
                }
                huidige = volgende()
            }
        }
        // Committed (one fsync). Every retour durable before any mark and any archiving.
        let retours = leden.map {
            (bytes: $0.verwerking.retour, pad: spool.outDirectory + "/" + $0.verwerking.retourPad)
        }
        let geschreven = Spool.writeAtomically(retours)
        if let fout = geschreven.fout, geschreven.aantal < leden.count {
            uitkomst.onvoltooid = (leden[geschreven.aantal].claim, fout)
            leden = Array(leden.prefix(geschreven.aantal))
        }
        var mappen = Set<String>()
        for lid in leden {
            do {
                try Spool.markRetourWritten(lid.claim)
                let archief = try spool.archive(lid.claim, dag: lid.dag, synchroniseer: false)
                mappen.insert(Spool.map(van: archief))
            } catch {
                Self.synchroniseer(mappen)
                uitkomst.onvoltooid = (lid.claim, error)
                return uitkomst
            }
            uitkomst.klaar.append(lid.verwerking.uitkomst)
        }
        Self.synchroniseer(mappen)
        return uitkomst
    }

    /// The committed record of this claim, read inside the group's transaction.
    private func eerdereAfhandeling(_ claim: Claim, in transactie: Opslagtransactie) throws -> OpgeslagenBericht? {
        guard let token = claim.token else { return nil }
        return try transactie.bericht(claim: token).flatMap { $0.uitkomst == "inProgress" ? nil : $0 }
    }

    private static func synchroniseer(_ mappen: Set<String>) {
        for map in mappen.sorted() { Spool.syncDirectory(map) }
    }
}
