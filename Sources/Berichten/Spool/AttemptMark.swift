import Foundation

/// Kept next to a claimed input in `work/` as `.<claim name>.pogingen`: how many times berichtd
/// started on the file without finishing it, the name it had in `in/`, and the last fault of
/// the file itself. Written before the claim and counted up before each later attempt, so a
/// message on which berichtd stops (a trap, a kill, the watchdog) is recognised at the next
/// start and set aside once it reached the limit, instead of stopping the spool for ever.
/// Not synced: it must survive a crash of berichtd, not a power cut (after one, the count may
/// be one short, which costs one attempt more).
public struct AttemptMark: Sendable, Equatable {
    public var attempts: Int
    /// The name in `in/`, as ``InputName/display``.
    public var name: String
    /// The last fault of the file itself (unreadable, invalid own retour), one line.
    public var lastFault: String?

    public init(attempts: Int, name: String, lastFault: String? = nil) {
        self.attempts = attempts
        self.name = name
        self.lastFault = lastFault
    }

    static let suffix = ".pogingen"

    static func path(for claimed: String) -> String {
        (claimed as NSString).deletingLastPathComponent + "/." + Spool.naam(claimed) + suffix
    }

    /// The mark of a claimed input, if it has one.
    public static func read(for claimed: String) -> AttemptMark? {
        guard let data = FileManager.default.contents(atPath: path(for: claimed)) else { return nil }
        var mark = AttemptMark(attempts: 0, name: Spool.invoernaam(claimed))
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("pogingen ") { mark.attempts = Int(line.dropFirst(9)) ?? 0 }
            if line.hasPrefix("naam ") { mark.name = String(line.dropFirst(5)) }
            if line.hasPrefix("storing ") { mark.lastFault = String(line.dropFirst(8)) }
        }
        return mark
    }

    /// Counts one more attempt on a claimed input and returns the mark as it now is. The count
    /// has a fixed width and is rewritten in place, so this works on a full disk too.
    public static func countAttempt(for claimed: String) throws -> AttemptMark {
        var mark = read(for: claimed) ?? AttemptMark(attempts: 0, name: Spool.invoernaam(claimed))
        mark.attempts += 1
        let fd = open(path(for: claimed), O_WRONLY | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            let line = Array(mark.countLine.utf8)
            if pwrite(fd, line, line.count, 0) == line.count { return mark }
        }
        try mark.write(for: claimed)
        return mark
    }

    /// Keeps the last fault of the file itself with its mark (best effort: the fault is logged
    /// anyway, and the count matters more than the text).
    public static func recordFault(_ fault: String, for claimed: String) {
        guard var mark = read(for: claimed) else { return }
        mark.lastFault = fault
        try? mark.write(for: claimed)
    }

    /// Writes the whole mark (no fsync, see the type's comment).
    func write(for claimed: String) throws {
        let target = Self.path(for: claimed)
        var text = countLine + "naam \(Self.oneLine(name))\n"
        if let lastFault { text += "storing \(Self.oneLine(lastFault))\n" }
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw Spoolfout(pad: target, reden: String(cString: strerror(errno))) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard Glibc.write(fd, bytes, bytes.count) == bytes.count else {
            let reden = String(cString: strerror(errno))
            unlink(target)
            throw Spoolfout(pad: target, reden: reden)
        }
    }

    private var countLine: String {
        let digits = String(min(max(attempts, 0), 9999))
        return "pogingen " + String(repeating: "0", count: 4 - digits.count) + digits + "\n"
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
