import Foundation

/// Kept next to a claimed input in `work/` as `.<claim name>.pogingen`: how often berichtd
/// stopped while on the file (a trap, a memory fault, the watchdog; see ``CrashRecorder``), how
/// often the file itself failed (unreadable, an invalid own retour), the name it had in `in/`,
/// and that last fault. Written when the file is claimed; a file that reached the limit in
/// either count is set aside at the next attempt, so one message can never stop the spool.
/// Not synced: it must survive a crash of berichtd, not a power cut.
public struct AttemptMark: Sendable, Equatable {
    /// Times berichtd stopped while reading or judging this file.
    public var stops: Int
    /// Times the file itself failed.
    public var faults: Int
    /// The name in `in/`, as ``InputName/display``.
    public var name: String
    /// The last fault of the file itself, one line.
    public var lastFault: String?

    public init(stops: Int = 0, faults: Int = 0, name: String, lastFault: String? = nil) {
        self.stops = stops
        self.faults = faults
        self.name = name
        self.lastFault = lastFault
    }

    static let suffix = ".pogingen"
    /// Where the four digits of ``stops`` stand, for the crash handler's `pwrite`.
    static let stopsOffset = 12

    static func path(for claimed: String) -> String {
        Spool.map(van: claimed) + "/." + Spool.naam(claimed) + suffix
    }

    /// The mark of a claimed input, if it has one; once the retour is written, the mark lives on
    /// as the retour mark (``Spool/markRetourWritten(_:)``).
    public static func read(for claimed: String) -> AttemptMark? {
        let data =
            FileManager.default.contents(atPath: path(for: claimed))
            ?? FileManager.default.contents(atPath: Spool.retourMark(claimed)).flatMap { $0.isEmpty ? nil : $0 }
        guard let data else { return nil }
        var mark = AttemptMark(name: Spool.naam(claimed))
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("vastgelopen ") { mark.stops = Int(line.dropFirst(12)) ?? 0 }
            if line.hasPrefix("storingen ") { mark.faults = Int(line.dropFirst(10)) ?? 0 }
            if line.hasPrefix("naam ") { mark.name = String(line.dropFirst(5)) }
            if line.hasPrefix("storing ") { mark.lastFault = String(line.dropFirst(8)) }
        }
        return mark
    }

    /// Counts a fault of the file itself and keeps its text; returns the mark as it now is.
    @discardableResult
    public static func recordFault(_ fault: String, for claim: Claim) -> AttemptMark {
        let claimed = claim.pad
        var mark = read(for: claimed) ?? AttemptMark(name: claim.naam)
        mark.faults += 1
        mark.lastFault = fault
        try? mark.write(for: claimed)
        return mark
    }

    /// Writes the whole mark (no fsync, see the type's comment).
    public func write(for claimed: String) throws {
        let target = Self.path(for: claimed)
        var text = "vastgelopen \(Self.digits(stops))\nstoringen \(Self.digits(faults))\nnaam \(Self.oneLine(name))\n"
        if let lastFault { text += "storing \(Self.oneLine(lastFault))\n" }
        do throws(SystemCallError) {
            let fd = try POSIXCall.open(target, O_WRONLY | O_CREAT | O_TRUNC)
            defer { POSIXCall.close(fd) }
            do throws(SystemCallError) {
                try POSIXCall.writeAll(fd, Array(text.utf8), path: target)
            } catch {
                POSIXCall.unlink(target)
                throw error
            }
        } catch {
            throw SpoolError(error, wat: "pogingmerk")
        }
    }

    /// Four digits, 0000…9999.
    static func digits(_ count: Int) -> String {
        String(min(max(count, 0), 9999), nullen: 4)
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
