import Foundation

/// An exclusive `flock` on a file in the spool's `state/`, shared by `InstanceLock` and
/// `MonitoringLock`. The kernel releases it when the descriptor is closed or the process ends,
/// also after `kill -9`.
enum FileLock {
    /// A descriptor of `pad` (created when missing) that holds the lock; the caller owns it and
    /// closes it exactly once. Without `wachten`, `nil` while another process holds the lock.
    static func neem(_ pad: String, wachten: Bool) throws -> Int32? {
        try FileManager.default.createDirectory(
            atPath: Spool.map(van: pad), withIntermediateDirectories: true)
        do throws(SystemCallError) {
            let fd = try POSIXCall.open(pad, O_RDWR | O_CREAT)
            do throws(SystemCallError) {
                if try POSIXCall.lockExclusive(fd, wait: wachten, path: pad) { return fd }
                POSIXCall.close(fd)
                return nil
            } catch {
                POSIXCall.close(fd)
                throw error
            }
        } catch {
            throw SpoolError(error, wat: "slot")
        }
    }
}
