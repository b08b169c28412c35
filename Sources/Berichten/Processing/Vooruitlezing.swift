import Dispatch
import Synchronization

/// `Verwerker.bereidVoor` for one file on another core, while the file before it is committed.
final class Vooruitlezing: Sendable {
    let claim: Claim
    private let resultaat = Mutex<Result<Voorbereiding, any Error>?>(nil)
    private let klaar = DispatchSemaphore(value: 0)

    /// A claimed entry known to fail (it cannot be a message); nothing is read.
    init(claim: Claim, fout: any Error) {
        self.claim = claim
        resultaat.withLock { $0 = .failure(fout) }
        klaar.signal()
    }

    init(_ verwerker: Verwerker, claim: Claim) {
        self.claim = claim
        DispatchQueue.global().async { [self] in
            // Read ahead only right after the claim, whose mark holds no stops yet.
            CrashRecorder.begin(.readingAhead, claimed: claim.pad, stopsSoFar: 0)
            let uitkomst = Result { try verwerker.bereidVoor(claim) }
            CrashRecorder.end(.readingAhead)
            resultaat.withLock { $0 = uitkomst }
            klaar.signal()
        }
    }

    /// Blocks until the preparation is done.
    func wacht() throws -> Voorbereiding {
        klaar.wait()
        klaar.signal()
        guard let uitkomst = resultaat.withLock({ $0 }) else {
            throw ProcessingError(bestand: claim.naam, reden: "voorbereiding zonder resultaat")
        }
        return try uitkomst.get()
    }
}
