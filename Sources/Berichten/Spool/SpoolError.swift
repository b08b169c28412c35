/// A file operation in the spool failed (disk full, permissions…). `code` is errno when a
/// system call failed, so a caller can tell the machine from the file without reading text.
public struct SpoolError: Error, Sendable, CustomStringConvertible {
    public let pad: String
    public let reden: String
    public let code: Int32?

    package init(pad: String, reden: String, code: Int32? = nil) {
        self.pad = pad
        self.reden = reden
        self.code = code
    }

    /// From a failed system call; `wat` says what berichtd was doing, in Dutch.
    package init(_ fout: SystemCallError, wat: String? = nil) {
        self.init(
            pad: fout.path, reden: (wat.map { "\($0): " } ?? "") + "\(fout.call): \(fout.reason)", code: fout.code)
    }

    /// A failed system call on the way to `pad` (a temp file, a rename): the path the caller
    /// knows, the call and errno.
    package init(pad: String, fout: SystemCallError) {
        self.init(pad: pad, reden: "\(fout.call): \(fout.reason)", code: fout.code)
    }

    public var description: String { "\(pad): \(reden)" }
}
