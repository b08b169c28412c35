import Glibc

/// The POSIX calls berichtd makes on files and descriptors outside the XML layer, each failing
/// with a ``SystemCallError`` that keeps errno: callers sort a fault by its code (machine or file),
/// never by a message text, and nothing above this layer reads `errno` or calls `strerror`.
package enum POSIXCall {
    package static func open(_ path: String, _ flags: Int32, mode: UInt32 = 0o640) throws(SystemCallError) -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw SystemCallError(call: "open", path: path) }
        return fd
    }

    package static func close(_ fd: Int32) { _ = Glibc.close(fd) }

    /// All of `bytes`, on after a signal or a short write.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(SystemCallError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(call: "write", path: path)
            }
            written += count
        }
    }

    package static func fsync(_ fd: Int32, path: String) throws(SystemCallError) {
        guard Glibc.fsync(fd) == 0 else { throw SystemCallError(call: "fsync", path: path) }
    }

    package static func rename(_ source: String, to target: String) throws(SystemCallError) {
        guard Glibc.rename(source, target) == 0 else {
            throw SystemCallError(call: "rename", path: "\(source) → \(target)")
        }
    }

    package static func chmod(_ path: String, _ mode: UInt32) throws(SystemCallError) {
        guard Glibc.chmod(path, mode_t(mode)) == 0 else { throw SystemCallError(call: "chmod", path: path) }
    }

    /// Whether the entry was removed.
    @discardableResult
    package static func unlink(_ path: String) -> Bool { Glibc.unlink(path) == 0 }

    /// Up to `count` bytes from the start of the file (non-blocking: a fifo gives nothing);
    /// `nil` when it cannot be opened or read.
    package static func prefix(of path: String, count: Int) -> [UInt8]? {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = Glibc.close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = Glibc.read(fd, &bytes, count)
        guard read > 0 else { return nil }
        return Array(bytes.prefix(read))
    }

    /// Replaces the whole content of an open file with `bytes` (a lock file's pid line).
    package static func replaceContent(_ fd: Int32, with bytes: [UInt8]) {
        _ = ftruncate(fd, 0)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// fsync of a directory, so that a rename in it survives a power cut; best effort.
    package static func syncDirectory(_ path: String) {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = Glibc.fsync(fd)
        _ = Glibc.close(fd)
    }

    package static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// What `stat(2)` says of the object at `path` (links followed).
    package static func status(path: String) throws(SystemCallError) -> FileStatus {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SystemCallError(call: "stat", path: path) }
        return FileStatus(info)
    }

    /// What `fstat(2)` says of an open descriptor.
    package static func status(_ fd: Int32, path: String) throws(SystemCallError) -> FileStatus {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemCallError(call: "fstat", path: path) }
        return FileStatus(info)
    }

    /// An exclusive `flock`; `false` when `wait` is off and another process holds it.
    package static func lockExclusive(_ fd: Int32, wait: Bool, path: String) throws(SystemCallError) -> Bool {
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == EWOULDBLOCK { return false }
            throw SystemCallError(call: "flock", path: path, code: code)
        }
        return true
    }

    /// An inotify descriptor (non-blocking) watching `path` for `mask`.
    package static func inotify(watching path: String, mask: UInt32) throws(SystemCallError) -> Int32 {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw SystemCallError(call: "inotify_init1", path: path) }
        guard inotify_add_watch(fd, path, mask) >= 0 else {
            let fout = SystemCallError(call: "inotify_add_watch", path: path)
            Glibc.close(fd)
            throw fout
        }
        return fd
    }

    /// A pipe with both ends non-blocking and closed on exec: (read, write).
    package static func nonBlockingPipe(for path: String) throws(SystemCallError) -> (Int32, Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SystemCallError(call: "pipe", path: path) }
        for fd in ends {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }
}

/// The parts of `struct stat` berichtd reads.
package struct FileStatus: Sendable {
    package let kind: DirectoryEntry.Kind
    package let size: Int

    init(_ info: stat) {
        kind = DirectoryEntry.Kind(mode: info.st_mode)
        size = Int(info.st_size)
    }
}
