import Foundation

/// An exclusive lock on `spool/state/berichtd.lock`: only one berichtd (`run` or `process`)
/// works on a spool at a time, so no two processes recover the same file in `work/`.
/// The kernel releases it when the process ends, also after `kill -9`.
public final class Instantieslot: Sendable {
    private let fd: Int32

    public init(spool: Spool) throws {
        let pad = spool.stateMap + "/berichtd.lock"
        try FileManager.default.createDirectory(atPath: spool.stateMap, withIntermediateDirectories: true)
        // Only a descriptor that holds the lock becomes `fd`: once every stored property is set,
        // a throw would run `deinit` and close it a second time (by then perhaps another thread's file).
        let descriptor = open(pad, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw Spoolfout(pad: pad, reden: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw Spoolfout(pad: pad, reden: "een andere berichtd werkt al op deze spool")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        fd = descriptor
    }

    deinit { close(fd) }
}
