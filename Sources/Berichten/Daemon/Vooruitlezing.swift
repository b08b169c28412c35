import Dispatch
import Synchronization

/// `Verwerker.bereidVoor` for one file on another core, while the file before it is committed.
final class Vooruitlezing: Sendable {
    let pad: String
    private let resultaat = Mutex<Result<Voorbereiding, any Error>?>(nil)
    private let klaar = DispatchSemaphore(value: 0)

    /// A claimed entry known to fail (it cannot be a message); nothing is read.
    init(pad: String, fout: any Error) {
        self.pad = pad
        resultaat.withLock { $0 = .failure(fout) }
        klaar.signal()
    }

    init(_ verwerker: Verwerker, pad: String) {
        self.pad = pad
        DispatchQueue.global().async { [self] in
            CrashRecorder.begin(.readingAhead, claimed: pad, stopsSoFar: AttemptMark.read(for: pad)?.stops ?? 0)
            let uitkomst = Result { try verwerker.bereidVoor(pad) }
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
            throw Verwerkingsfout(bestand: pad, reden: "voorbereiding zonder resultaat")
        }
        return try uitkomst.get()
    }
}
