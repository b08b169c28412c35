import Foundation

/// The spool directory tree and the file moves that make processing safe: claim by atomic
/// rename, write by temp file + fsync + rename, never delete an input.
public struct Spool: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    public var inDirectory: String { root + "/in" }
    public var workDirectory: String { root + "/work" }
    public var outDirectory: String { root + "/out" }
    public var archiveDirectory: String { root + "/archive" }
    public var rejectedDirectory: String { root + "/rejected" }
    public var stateDirectory: String { root + "/state" }
    public var defaultStorePath: String { stateDirectory + "/berichtd.sqlite" }

    /// Creates any missing directory of the tree.
    public func createDirectories() throws {
        for map in [
            inDirectory, workDirectory, outDirectory, archiveDirectory, rejectedDirectory, stateDirectory,
            root + "/monitoring", root + "/reports",
        ] {
            try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        }
    }

    /// Removes temp files (`.<name>.<pid>.tmp`) that a killed process left in `out/`,
    /// `rejected/` and `state/`, and retour marks in `work/` whose input was already moved on.
    /// Call only while holding the `InstanceLock`.
    @discardableResult
    public func removeTemporaryFiles() -> Int {
        var verwijderd = 0
        for map in [outDirectory, rejectedDirectory, stateDirectory, root + "/monitoring", root + "/reports"] {
            guard let inhoud = FileManager.default.enumerator(atPath: map) else { continue }
            for case let relatief as String in inhoud {
                let naam = Self.naam(relatief)
                guard naam.hasPrefix("."), naam.hasSuffix(".tmp") else { continue }
                if POSIXCall.unlink(map + "/" + relatief) { verwijderd += 1 }
            }
        }
        let werk = Set((try? FileManager.default.contentsOfDirectory(atPath: workDirectory)) ?? [])
        for achtervoegsel in [Self.retourMarkSuffix, AttemptMark.suffix] {
            for naam in werk where naam.hasPrefix(".") && naam.hasSuffix(achtervoegsel) {
                let invoer = String(naam.dropFirst().dropLast(achtervoegsel.count))
                if !werk.contains(invoer), POSIXCall.unlink(workDirectory + "/" + naam) { verwijderd += 1 }
            }
        }
        return verwijderd
    }

    /// Every entry of `in/` but dotfiles, `*.tmp` and `*.part`, oldest first (modification time,
    /// then name), with the seconds since its last change, so callers can skip files that may
    /// still be written. Entries that cannot be messages (a fifo, a map, a dangling link, a name
    /// that is not UTF-8) are listed too, with their ``Invoer/bezwaar``: they must be set aside.
    public func invoer() throws -> [Invoer] {
        let nu = Date().timeIntervalSince1970
        return try DirectoryEntry.list(inDirectory).filter { Self.isInput($0.name) }
            .sorted {
                $0.modified != $1.modified ? $0.modified < $1.modified : $0.name.lexicographicallyPrecedes($1.name)
            }
            .map { Invoer(naam: InputName(raw: $0.name), soort: $0.kind, rust: nu - $0.modified) }
    }

    /// Everything left in `work/` by an interrupted run (also what is not a regular file), in
    /// claim order.
    public func inProgress() throws -> [Claim] {
        try inProgressPaths().map(Claim.init(gevonden:))
    }

    private func inProgressPaths() throws -> [String] {
        try DirectoryEntry.list(workDirectory).filter { $0.name.first != UInt8(ascii: ".") }.compactMap { entry in
            let naam = InputName(raw: entry.name)
            let pad = workDirectory + "/" + naam.onDisk
            guard Array(naam.onDisk.utf8) != entry.name else { return pad }
            // Not put there by this berichtd (its claims have printable names): give it one.
            do {
                try RawPath(directory: workDirectory, name: entry.name).rename(to: pad)
                return pad
            } catch {
                return nil
            }
        }.sorted()
    }

    static func isInput(_ naam: [UInt8]) -> Bool {
        naam.first != UInt8(ascii: ".") && !naam.ends(with: Array(".tmp".utf8)) && !naam.ends(with: Array(".part".utf8))
    }

    /// Moves the entry into `work/` with one atomic rename; the claim fails if another took it.
    /// The work name carries a claim token (`<token>~<name>`) so that the store can tell this
    /// claim from an earlier drop of a file with the same name and content, and the name is
    /// ``InputName/onDisk`` (never too long, always printable). Before the rename an
    /// ``AttemptMark`` records the original name. Returns `nil` when the
    /// entry is gone (another process took it).
    /// `synchroniseer: false` leaves the sync of `work/` to the caller, which must sync it before
    /// it commits anything that names the claim (a group syncs it once, ``syncDirectory(_:)``).
    public func claim(_ invoer: Invoer, synchroniseer: Bool = true) throws -> Claim? {
        let token = Self.newClaimToken()
        let doel = workDirectory + "/" + token + String(Self.claimSeparator) + invoer.naam.onDisk
        try AttemptMark(name: invoer.naam.display).write(for: doel)
        let bron = RawPath(directory: inDirectory, name: invoer.naam.raw)
        do {
            try bron.rename(to: doel)
        } catch {
            POSIXCall.unlink(AttemptMark.path(for: doel))
            if error.code == ENOENT { return nil }
            // EBUSY (a mount point), EPERM (a sticky directory), EINVAL: this entry can never be
            // moved; the others are the machine's (permissions, disk) and are retried.
            let blijvend = [EBUSY, EPERM, EINVAL, EISDIR, ENOTEMPTY, EXDEV].contains(error.code)
            throw ClaimError(naam: invoer.naam.display, reden: error.reason, blijvend: blijvend)
        }
        if synchroniseer { Self.syncDirectory(workDirectory) }
        return Claim(pad: doel, token: token, naam: invoer.naam.display, werknaam: invoer.naam.onDisk)
    }

    /// Claims the file at `pad` in `in/` (for tests and tools that know the path).
    public func claim(_ pad: String) throws -> Claim {
        let invoer = Invoer(naam: InputName(Self.naam(pad)), soort: .regular, rust: 0)
        guard let doel = try claim(invoer) else { throw SpoolError(pad: pad, reden: "verdwenen voor het claimen") }
        return doel
    }

    static let claimSeparator: Character = "~"

    /// A token that sorts by claim time: nanoseconds since 1970 (20 digits), process id, random.
    static func newClaimToken() -> String {
        var tijd = timespec()
        clock_gettime(CLOCK_REALTIME, &tijd)
        let nanos = UInt64(tijd.tv_sec) * 1_000_000_000 + UInt64(tijd.tv_nsec)
        let willekeurig = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return String(nanos, nullen: 20) + "-\(getpid())-" + willekeurig
    }

    /// Moves a processed input to `archive/<yyyy-mm-dd>/`. A group commit moves several and syncs
    /// the directory once (`synchroniseer: false`, then ``syncDirectory(_:)``).
    public func archive(_ claim: Claim, dag: Datum, synchroniseer: Bool = true) throws -> String {
        let map = archiveDirectory + "/" + dag.description
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        let doel = Self.freePath(map + "/" + claim.werknaam)
        try Self.moveFile(claim.pad, naar: doel, synchroniseer: synchroniseer)
        unlink(Self.retourMark(claim.pad))
        unlink(AttemptMark.path(for: claim.pad))
        return doel
    }

    /// Moves an input that cannot be answered to `rejected/`, next to a `.reason` file that names
    /// the file as it was called in `in/` (BSNs masked, control characters escaped).
    public func setAside(_ claim: Claim, reden: String) throws -> String {
        let doel = Self.freePath(rejectedDirectory + "/" + claim.werknaam)
        let tekst = "bestand: \(claim.naam)\n\(reden)\n"
        try Self.writeAtomically(Array(Maskering.regels(tekst).utf8), naar: doel + ".reason")
        try Self.moveFile(claim.pad, naar: doel)
        unlink(Self.retourMark(claim.pad))
        unlink(AttemptMark.path(for: claim.pad))
        return doel
    }

    /// Records, next to a claimed input in `work/`, that its retour is in `out/`. A restart after
    /// a crash before archiving then knows the retour went out, even when the back office has
    /// already taken it, and does not deliver it a second time. Survives a kill of berichtd; not
    /// synced, so after a power cut in that moment a second, identical retour is possible (the
    /// receiver refuses it as a duplicate, TR056). The input's ``AttemptMark`` is renamed to the
    /// retour mark, content and all: a rename creates no inode, and on a busy ext4 creating one
    /// costs more than judging a 301. Without an attempt mark an empty retour mark is made.
    public static func markRetourWritten(_ claim: Claim) throws {
        let pad = retourMark(claim.pad)
        do {
            try POSIXCall.rename(AttemptMark.path(for: claim.pad), to: pad)
        } catch let fout where fout.code == ENOENT {
            do {
                POSIXCall.close(try POSIXCall.open(pad, O_WRONLY | O_CREAT))
            } catch {
                throw SpoolError(pad: pad, fout: error)
            }
        } catch {
            throw SpoolError(pad: pad, fout: error)
        }
    }

    /// Whether `markRetourWritten` ran for this claimed input.
    public static func isRetourWritten(_ claim: Claim) -> Bool {
        POSIXCall.exists(retourMark(claim.pad))
    }

    static let retourMarkSuffix = ".retour"

    static func retourMark(_ pad: String) -> String {
        map(van: pad) + "/." + naam(pad) + retourMarkSuffix
    }

    /// Writes `bytes` to `pad` so that a reader sees the old file, or the whole new one:
    /// temp file in the same directory, fsync, rename, fsync of the directory. A group commit
    /// writes several and syncs each directory once (`syncDirectory: false`).
    public static func writeAtomically(_ bytes: [UInt8], naar pad: String, syncDirectory: Bool = true) throws {
        let tijdelijk = try writeTemporary(bytes, naar: pad, fsync: true)
        try moveFile(tijdelijk, naar: pad, synchroniseer: syncDirectory)
    }

    /// Writes `bytes` to a temp file next to `pad` (fsynced when asked); returns its path.
    static func writeTemporary(_ bytes: [UInt8], naar pad: String, fsync: Bool) throws -> String {
        let map = Self.map(van: pad)
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        let tijdelijk = map + "/." + naam(pad) + ".\(getpid()).tmp"
        do throws(SystemCallError) {
            let fd = try POSIXCall.open(tijdelijk, O_WRONLY | O_CREAT | O_TRUNC)
            defer { POSIXCall.close(fd) }
            do throws(SystemCallError) {
                try POSIXCall.writeAll(fd, bytes, path: tijdelijk)
                if fsync { try POSIXCall.fsync(fd, path: tijdelijk) }
            } catch {
                POSIXCall.unlink(tijdelijk)
                throw error
            }
        } catch {
            throw SpoolError(pad: pad, fout: error)
        }
        return tijdelijk
    }

    package static func moveFile(_ van: String, naar: String, synchroniseer: Bool = true) throws {
        do {
            try POSIXCall.rename(van, to: naar)
        } catch {
            throw SpoolError(pad: van, reden: "verplaatsen naar \(naar) mislukt: \(error.reason)", code: error.code)
        }
        if synchroniseer { syncDirectory(map(van: naar)) }
    }

    static func syncDirectory(_ map: String) { POSIXCall.syncDirectory(map) }

    /// `pad`, or `pad` with a counter when the name is taken (an input is never overwritten).
    static func freePath(_ pad: String) -> String {
        guard FileManager.default.fileExists(atPath: pad) else { return pad }
        let basis = (pad as NSString).deletingPathExtension
        let extensie = (pad as NSString).pathExtension
        var teller = 2
        while FileManager.default.fileExists(atPath: "\(basis).\(teller).\(extensie)") { teller += 1 }
        return "\(basis).\(teller).\(extensie)"
    }

}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
