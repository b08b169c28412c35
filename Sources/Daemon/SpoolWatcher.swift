import Berichten
import Foundation

/// Waits for new files in `spool/in` with inotify, for a wake-up from another thread (a
/// signal), or for a timeout (the periodic rescan that catches anything inotify missed).
package final class SpoolWatcher: @unchecked Sendable {
    private let inotify: Int32
    private let wekkerLezen: Int32
    private let wekkerSchrijven: Int32

    /// Watches `map` for files closed after writing or moved in.
    package init(map: String) throws {
        do {
            inotify = try POSIXCall.inotify(watching: map, mask: UInt32(IN_CLOSE_WRITE | IN_MOVED_TO))
        } catch {
            throw SpoolError(error, wat: "map bewaken")
        }
        do {
            (wekkerLezen, wekkerSchrijven) = try POSIXCall.nonBlockingPipe(for: map)
        } catch {
            POSIXCall.close(inotify)
            throw SpoolError(error, wat: "wekker")
        }
    }

    deinit {
        close(inotify)
        close(wekkerLezen)
        close(wekkerSchrijven)
    }

    /// Why `wacht` returned.
    package enum Aanleiding: Sendable, Equatable {
        case nieuweBestanden
        case gewekt
        case tijdVerstreken
    }

    /// Blocks until something arrives, `wek()` is called, or `seconden` pass.
    package func wacht(seconden: Double) -> Aanleiding {
        var descriptors = [
            pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wekkerLezen, events: Int16(POLLIN), revents: 0),
        ]
        let timeout = Int32(max(0, min(seconden, 3600)) * 1000)
        let resultaat = poll(&descriptors, 2, timeout)
        guard resultaat > 0 else { return .tijdVerstreken }
        var aanleiding = Aanleiding.tijdVerstreken
        var buffer = [UInt8](repeating: 0, count: 4096)
        if descriptors[0].revents != 0 {
            while read(inotify, &buffer, buffer.count) > 0 {}
            aanleiding = .nieuweBestanden
        }
        if descriptors[1].revents != 0 {
            while read(wekkerLezen, &buffer, buffer.count) > 0 {}
            aanleiding = .gewekt
        }
        return aanleiding
    }

    /// Wakes a `wacht` in progress (or the next one). Safe from any thread.
    package func wek() {
        var een: UInt8 = 1
        _ = write(wekkerSchrijven, &een, 1)
    }
}
