import Foundation

/// One entry of a directory as the file system holds it: the name's raw bytes (any bytes but
/// `/` and NUL, so not necessarily UTF-8) and what kind of object it is.
package struct DirectoryEntry: Sendable {
    package enum Kind: Sendable, Equatable {
        case regular, directory, fifo, socket, device, unknown
        /// A symbolic link; `target` is the kind it points at, `nil` when it points nowhere.
        indirect case symlink(target: Kind?)
    }

    package let name: [UInt8]
    package let kind: Kind
    /// Last change (seconds since 1970) of the object itself, or of the target of a link.
    package let modified: Double

    /// The entries of `directory` except `.` and `..`, in no particular order.
    package static func list(_ directory: String) throws(SystemCallError) -> [DirectoryEntry] {
        guard let handle = opendir(directory) else { throw SystemCallError(call: "opendir", path: directory) }
        defer { closedir(handle) }
        var entries: [DirectoryEntry] = []
        while let record = readdir(handle) {
            let name = withUnsafeBytes(of: record.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [46] || name == [46, 46] { continue }
            let path = RawPath(directory: directory, name: name)
            guard let own = path.status(followingLinks: false) else { continue }  // gone meanwhile
            var kind = Kind(mode: own.st_mode)
            var modified = own.st_mtim
            if kind == .symlink(target: nil) {
                if let target = path.status(followingLinks: true) {
                    kind = .symlink(target: Kind(mode: target.st_mode))
                    modified = target.st_mtim
                }
            }
            entries.append(
                DirectoryEntry(
                    name: name, kind: kind, modified: Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9))
        }
        return entries
    }
}

extension DirectoryEntry.Kind {
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFLNK: self = .symlink(target: nil)
        default: self = .unknown
        }
    }

    /// Dutch, for reasons: what the object is.
    package var omschrijving: String {
        switch self {
        case .regular: "een gewoon bestand"
        case .directory: "een map"
        case .fifo: "een fifo (named pipe)"
        case .socket: "een socket"
        case .device: "een apparaat"
        case .unknown: "een onbekend soort object"
        case .symlink(let target?): "een symbolische link naar \(target.omschrijving)"
        case .symlink(nil): "een symbolische link die nergens naar wijst"
        }
    }
}

/// A path whose last component is kept as raw bytes, for names that are not UTF-8.
package struct RawPath: Sendable {
    /// NUL-terminated, as the system calls take it.
    private let cString: [CChar]

    package init(directory: String, name: [UInt8]) {
        cString = (Array(directory.utf8) + [47] + name + [0]).map { CChar(bitPattern: $0) }
    }

    func status(followingLinks: Bool) -> stat? {
        var info = stat()
        let result = followingLinks ? stat(cString, &info) : lstat(cString, &info)
        return result == 0 ? info : nil
    }

    /// `rename(2)`; the target is an ordinary path.
    package func rename(to target: String) throws(SystemCallError) {
        guard Glibc.rename(cString, target) == 0 else { throw SystemCallError(call: "rename", path: target) }
    }

    /// Whether anything (also a dangling link) is there.
    package var exists: Bool { status(followingLinks: false) != nil }
}
