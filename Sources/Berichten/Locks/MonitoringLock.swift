import Foundation

/// An exclusive lock on `spool/state/monitoring.lock`, held while monitoring files, reports and
/// the monitoring stand are written. `berichtd report` may run next to `berichtd run`; without
/// the lock an older snapshot could overwrite files after a newer stand was recorded, and those
/// changes would not be written again. Released when the value is gone or the process ends.
package final class MonitoringLock: Sendable {
    /// Another process is writing the monitoring now.
    package struct Bezet: Error, CustomStringConvertible {
        package var description: String { "een andere berichtd (report of process) werkt de monitoring nu bij" }
    }

    private let fd: Int32

    /// With `wachten`, blocks until the lock is free; without, throws `Bezet` when it is taken.
    package init(spool: Spool, wachten: Bool) throws {
        // `fd` is set only once the lock is held: a throw after that would run `deinit` and close it twice.
        guard let descriptor = try FileLock.neem(spool.stateDirectory + "/monitoring.lock", wachten: wachten) else {
            throw Bezet()
        }
        fd = descriptor
    }

    deinit { POSIXCall.close(fd) }
}
