import Foundation

/// The spool directory tree and the file moves that make processing safe: claim by atomic
/// rename, write by temp file + fsync + rename, never delete an input.
public struct Spool: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    public var inMap: String { root + "/in" }
    public var workMap: String { root + "/work" }
    public var outMap: String { root + "/out" }
    public var archiefMap: String { root + "/archive" }
    public var afgewezenMap: String { root + "/rejected" }
    public var stateMap: String { root + "/state" }
    public var standaardOpslag: String { stateMap + "/berichtd.sqlite" }

    /// Creates any missing directory of the tree.
    public func maakMappen() throws {
        for map in [inMap, workMap, outMap, archiefMap, afgewezenMap, stateMap, root + "/monitoring", root + "/reports"] {
            try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        }
    }

    /// Removes temp files (`.<name>.<pid>.tmp`) that a killed process left in `out/`,
    /// `rejected/` and `state/`, and retour marks in `work/` whose input was already moved on.
    /// Call only while holding the `Instantieslot`.
    @discardableResult
    public func ruimTijdelijkeBestandenOp() -> Int {
        var verwijderd = 0
        for map in [outMap, afgewezenMap, stateMap, root + "/monitoring", root + "/reports"] {
            guard let inhoud = FileManager.default.enumerator(atPath: map) else { continue }
            for case let relatief as String in inhoud {
                let naam = Self.naam(relatief)
                guard naam.hasPrefix("."), naam.hasSuffix(".tmp") else { continue }
                if unlink(map + "/" + relatief) == 0 { verwijderd += 1 }
            }
        }
        let werk = Set((try? FileManager.default.contentsOfDirectory(atPath: workMap)) ?? [])
        for naam in werk where naam.hasPrefix(".") && naam.hasSuffix(Self.retourmerkAchtervoegsel) {
            let invoer = String(naam.dropFirst().dropLast(Self.retourmerkAchtervoegsel.count))
            if !werk.contains(invoer), unlink(workMap + "/" + naam) == 0 { verwijderd += 1 }
        }
        return verwijderd
    }

    /// Every input file in `in/` (no dotfiles, `*.tmp` or `*.part`), oldest first (modification
    /// time, then name), with the seconds since its last change, so callers can skip files that
    /// may still be written.
    public func invoer() throws -> [(pad: String, rust: Double)] {
        let nu = Date()
        return try bestanden(in: inMap).compactMap { pad -> (String, Date)? in
            guard let naam = pad.split(separator: "/").last, Self.isInvoer(String(naam)) else { return nil }
            return (pad, Self.gewijzigd(pad))
        }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        .map { (pad: $0.0, rust: nu.timeIntervalSince($0.1)) }
    }

    /// Files left in `work/` by an interrupted run, in claim order.
    public func onderhanden() throws -> [String] {
        try bestanden(in: workMap).filter { !($0.split(separator: "/").last?.hasPrefix(".") ?? true) }.sorted()
    }

    static func isInvoer(_ naam: String) -> Bool {
        !naam.hasPrefix(".") && !naam.hasSuffix(".tmp") && !naam.hasSuffix(".part")
    }

    /// Moves the file into `work/` with one atomic rename; the claim fails if another took it.
    /// The work name carries a claim token (`<token>~<name>`) so that the store can tell this
    /// claim from an earlier drop of a file with the same name and content.
    public func claim(_ pad: String) throws -> String {
        let doel = workMap + "/" + Self.nieuwClaimToken() + String(Self.claimScheiding) + Self.naam(pad)
        try Self.hernoem(pad, naar: doel)
        return doel
    }

    static let claimScheiding: Character = "~"

    /// A token that sorts by claim time: nanoseconds since 1970 (20 digits), process id, random.
    static func nieuwClaimToken() -> String {
        var tijd = timespec()
        clock_gettime(CLOCK_REALTIME, &tijd)
        let nanos = String(UInt64(tijd.tv_sec) * 1_000_000_000 + UInt64(tijd.tv_nsec))
        let willekeurig = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return String(repeating: "0", count: max(0, 20 - nanos.count)) + nanos + "-\(getpid())-" + willekeurig
    }

    /// The claim token of a file in `work/`, if it was claimed by this version of berichtd.
    public static func claimToken(_ pad: String) -> String? {
        let naam = naam(pad)
        guard let scheiding = naam.firstIndex(of: claimScheiding) else { return nil }
        let token = naam[..<scheiding]
        guard token.count > 20, token.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
        return String(token)
    }

    /// The name the file had in `in/`, without a claim token.
    public static func invoernaam(_ pad: String) -> String {
        let naam = naam(pad)
        guard let token = claimToken(pad) else { return naam }
        return String(naam.dropFirst(token.count + 1))
    }

    /// Moves a processed input to `archive/<yyyy-mm-dd>/`.
    public func archiveer(_ pad: String, dag: Datum) throws -> String {
        let map = archiefMap + "/" + dag.description
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        let doel = Self.vrijPad(map + "/" + Self.invoernaam(pad))
        try Self.hernoem(pad, naar: doel)
        unlink(Self.retourmerk(pad))
        return doel
    }

    /// Moves an input that cannot be answered to `rejected/`, next to a `.reason` file.
    public func wijsAf(_ pad: String, reden: String) throws -> String {
        let doel = Self.vrijPad(afgewezenMap + "/" + Self.invoernaam(pad))
        try Self.schrijfAtomisch(Array((reden + "\n").utf8), naar: doel + ".reason")
        try Self.hernoem(pad, naar: doel)
        unlink(Self.retourmerk(pad))
        return doel
    }

    /// Records, next to a claimed input in `work/`, that its retour is in `out/`. A restart after
    /// a crash before archiving then knows the retour went out, even when the back office has
    /// already taken it, and does not deliver it a second time. Survives a kill of berichtd; not
    /// synced, so after a power cut in that moment a second, identical retour is possible (the
    /// receiver refuses it as a duplicate, TR056).
    public static func markeerRetourGeschreven(_ pad: String) throws {
        let fd = open(retourmerk(pad), O_WRONLY | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw Spoolfout(pad: retourmerk(pad), reden: String(cString: strerror(errno))) }
        close(fd)
    }

    /// Whether `markeerRetourGeschreven` ran for this claimed input.
    public static func isRetourGeschreven(_ pad: String) -> Bool {
        access(retourmerk(pad), F_OK) == 0
    }

    static let retourmerkAchtervoegsel = ".retour"

    static func retourmerk(_ pad: String) -> String {
        (pad as NSString).deletingLastPathComponent + "/." + naam(pad) + retourmerkAchtervoegsel
    }

    /// Writes `bytes` to `pad` so that a reader sees the old file, or the whole new one:
    /// temp file in the same directory, fsync, rename, fsync of the directory.
    public static func schrijfAtomisch(_ bytes: [UInt8], naar pad: String) throws {
        let map = (pad as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        let tijdelijk = map + "/." + naam(pad) + ".\(getpid()).tmp"
        let fd = open(tijdelijk, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw Spoolfout(pad: tijdelijk, reden: String(cString: strerror(errno))) }
        var geschreven = 0
        let resultaat: Int32 = bytes.withUnsafeBytes { buffer in
            while geschreven < buffer.count {
                let n = write(fd, buffer.baseAddress! + geschreven, buffer.count - geschreven)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                geschreven += n
            }
            return fsync(fd) == 0 ? 0 : errno
        }
        close(fd)
        guard resultaat == 0 else {
            unlink(tijdelijk)
            throw Spoolfout(pad: pad, reden: String(cString: strerror(resultaat)))
        }
        try hernoem(tijdelijk, naar: pad)
    }

    static func hernoem(_ van: String, naar: String) throws {
        guard rename(van, naar) == 0 else {
            throw Spoolfout(pad: van, reden: "verplaatsen naar \(naar) mislukt: \(String(cString: strerror(errno)))")
        }
        let map = (naar as NSString).deletingLastPathComponent
        let fd = open(map, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func naam(_ pad: String) -> String { String(pad.split(separator: "/").last ?? Substring(pad)) }

    /// `pad`, or `pad` with a counter when the name is taken (an input is never overwritten).
    static func vrijPad(_ pad: String) -> String {
        guard FileManager.default.fileExists(atPath: pad) else { return pad }
        let basis = (pad as NSString).deletingPathExtension
        let extensie = (pad as NSString).pathExtension
        var teller = 2
        while FileManager.default.fileExists(atPath: "\(basis).\(teller).\(extensie)") { teller += 1 }
        return "\(basis).\(teller).\(extensie)"
    }

    static func gewijzigd(_ pad: String) -> Date {
        var status = stat()
        guard stat(pad, &status) == 0 else { return .distantPast }
        return Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
    }

    private func bestanden(in map: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: map).map { map + "/" + $0 }.filter {
            var isMap: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isMap) && !isMap.boolValue
        }
    }
}

/// A file operation in the spool failed (disk full, permissions…).
public struct Spoolfout: Error, Sendable, CustomStringConvertible {
    public let pad: String
    public let reden: String

    public var description: String { "\(pad): \(reden)" }
}
