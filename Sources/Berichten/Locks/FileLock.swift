import Foundation

/// An exclusive `flock` on a file in the spool's `state/`, shared by `InstanceLock` and
/// `MonitoringLock`. The kernel releases it when the descriptor is closed or the process ends,
/// also after `kill -9`.
enum FileLock {
    /// A descriptor of `pad` (created when missing) that holds the lock; the caller owns it and
    /// closes it exactly once. Without `wachten`, `nil` while another process holds the lock.
    static func neem(_ pad: String, wachten: Bool) throws -> Int32? {
        try FileManager.default.createDirectory(
            atPath: (pad as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let fd = open(pad, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw SpoolError(pad: pad, reden: String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX | (wachten ? 0 : LOCK_NB)) != 0 {
            let fout = errno
            if fout == EINTR { continue }
            close(fd)
            if fout == EWOULDBLOCK { return nil }
            throw SpoolError(pad: pad, reden: String(cString: strerror(fout)))
        }
        return fd
    }
}
