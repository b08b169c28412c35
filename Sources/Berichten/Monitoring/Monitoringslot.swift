import Foundation

/// An exclusive lock on `spool/state/monitoring.lock`, held while monitoring files, reports and
/// the monitoring stand are written. `berichtd report` may run next to `berichtd run`; without
/// the lock an older snapshot could overwrite files after a newer stand was recorded, and those
/// changes would not be written again. Released when the value is gone or the process ends.
public final class Monitoringslot: Sendable {
    /// Another process is writing the monitoring now.
    public struct Bezet: Error, CustomStringConvertible {
        public var description: String { "een andere berichtd (report of process) werkt de monitoring nu bij" }
    }

    private let fd: Int32

    /// With `wachten`, blocks until the lock is free; without, throws `Bezet` when it is taken.
    public init(spool: Spool, wachten: Bool) throws {
        let pad = spool.stateMap + "/monitoring.lock"
        try FileManager.default.createDirectory(atPath: spool.stateMap, withIntermediateDirectories: true)
        // Only a descriptor that holds the lock becomes `fd`: once every stored property is set,
        // a throw would run `deinit` and close it a second time (by then perhaps another thread's file).
        let descriptor = open(pad, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw Spoolfout(pad: pad, reden: String(cString: strerror(errno))) }
        while flock(descriptor, LOCK_EX | (wachten ? 0 : LOCK_NB)) != 0 {
            let fout = errno
            if fout == EINTR { continue }
            close(descriptor)
            if fout == EWOULDBLOCK { throw Bezet() }
            throw Spoolfout(pad: pad, reden: String(cString: strerror(fout)))
        }
        fd = descriptor
    }

    deinit { close(fd) }
}
