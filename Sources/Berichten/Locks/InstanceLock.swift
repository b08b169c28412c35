import Foundation

/// An exclusive lock on `spool/state/berichtd.lock`: only one berichtd (`run` or `process`)
/// works on a spool at a time, so no two processes recover the same file in `work/`.
/// The kernel releases it when the process ends, also after `kill -9`.
package final class InstanceLock: Sendable {
    private let fd: Int32

    package init(spool: Spool) throws {
        let pad = spool.stateDirectory + "/berichtd.lock"
        // `fd` is set only once the lock is held: a throw after that would run `deinit` and close it twice.
        guard let descriptor = try FileLock.neem(pad, wachten: false) else {
            throw SpoolError(pad: pad, reden: "een andere berichtd werkt al op deze spool")
        }
        POSIXCall.replaceContent(descriptor, with: Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8))
        fd = descriptor
    }

    deinit { POSIXCall.close(fd) }
}
