package import Berichten
import Foundation
import Synchronization

/// Runs one input the way berichtd handles a file: the reader (libxml2 streaming with XSD
/// validation), the level-2 rules, and — for every XSD-valid message and a fixed share of the
/// rest — the whole `Verwerker` (levels 3/4 against a store and the region config, the 302/325
/// retour writer, the XSD check of the own retour, archive or set aside) on a throw-away spool.
///
/// Every Verwerker run starts from a copy of one template store that holds the toewijzingen of
/// the repository's example 301s, so the outcome depends on the input bytes alone and a
/// crasher replays the same way. Invariants that do not hold are thrown as ``FuzzFinding``;
/// the libFuzzer entry point turns them into a crash.
package final class FuzzHarness: Sendable {
    /// What one input led to.
    package struct Outcome: Sendable, CustomStringConvertible {
        /// `geweigerd`, `xsd-ongeldig` or `gelezen`.
        package let read: String
        /// Level-2 findings (only for a message that was read).
        package let contentFindings: Int
        /// The Verwerker's outcome, when the input went through it.
        package let processed: Verwerkingsuitkomst.Soort?

        package var description: String {
            "\(read), \(contentFindings) level-2 finding(s), verwerker: \(processed?.rawValue ?? "not run")"
        }
    }

    /// The date the Verwerker takes as today (fixed, so a crasher replays).
    package static let today = Datum(jaar: 2026, maand: 11, dag: 23)!

    package let lezer: Berichtlezer
    let config: Regioconfiguratie
    /// Root of the throw-away spools; removed again by each run.
    let workRoot: String
    let templateStore: String
    /// Inputs that are not XSD-valid go through the Verwerker when their hash is divisible by this.
    let verwerkerShare: UInt64
    let runs = Atomic<Int>(0)

    /// - Parameters:
    ///   - repository: the checkout holding `xsd/`, `config/regio.toml` and `examples/`.
    ///   - workRoot: a directory for the throw-away spools (best on tmpfs); created if missing.
    ///   - verwerkerShare: 1 sends every input through the Verwerker; n sends one in n of the
    ///     inputs that are not XSD-valid (those that are always go).
    package init(repository: String, workRoot: String, verwerkerShare: UInt64 = 8) throws {
        let schemas = SchemaBibliotheek(directory: repository + "/xsd")
        try schemas.laadAlles()
        lezer = Berichtlezer(schemas: schemas)
        switch ConfiguratieLader.laad(pad: repository + "/config/regio.toml") {
        case .geladen(let configuratie): config = configuratie
        case .ongeldig(let problemen): throw FuzzFinding("config/regio.toml is ongeldig: \(problemen)")
        case .onleesbaar(let probleem): throw FuzzFinding("config/regio.toml is onleesbaar: \(probleem)")
        }
        Self.removeStaleWorkDirectories(in: workRoot)
        self.workRoot = workRoot + "/" + Self.workPrefix + "\(getpid())"
        self.verwerkerShare = max(1, verwerkerShare)
        try? FileManager.default.removeItem(atPath: self.workRoot)
        try FileManager.default.createDirectory(atPath: self.workRoot, withIntermediateDirectories: true)
        templateStore = self.workRoot + "/template.sqlite"
        try seedTemplate(examples: repository + "/examples")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: workRoot)
    }

    static let workPrefix = "berichtd-fuzz-"

    /// Removes the work directories of fuzz processes that are gone: libFuzzer ends with exit(),
    /// which runs no deinit, and its fork mode starts a process per job.
    static func removeStaleWorkDirectories(in root: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix(workPrefix)
        {
            guard let pid = pid_t(name.dropFirst(workPrefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else {
                continue
            }
            try? FileManager.default.removeItem(atPath: root + "/" + name)
        }
    }

    /// Processes the example 301s once, so that declaraties in the corpus find their toewijzingen.
    private func seedTemplate(examples: String) throws {
        let spool = Spool(root: workRoot + "/seed")
        try spool.createDirectories()
        do {
            let verwerker = Verwerker(
                lezer: lezer, config: config, opslag: try Berichtenopslag(pad: templateStore), spool: spool,
                vandaag: { FuzzHarness.today })
            let namen = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.contains("301-") }
                .sorted()
            guard !namen.isEmpty else { throw FuzzFinding("geen 301-voorbeelden in \(examples)") }
            for naam in namen {
                try FileManager.default.copyItem(atPath: examples + "/" + naam, toPath: spool.inDirectory + "/" + naam)
                _ = try verwerker.verwerk(try spool.claim(spool.inDirectory + "/" + naam))
            }
        }
        // The store is closed here (its WAL checkpointed into the main file).
        try FileManager.default.removeItem(atPath: spool.root)
    }

    /// Runs one input. Throws a ``FuzzFinding`` when an invariant breaks (the Verwerker threw,
    /// the input was not archived or set aside exactly once, a file stayed in `work/`).
    package func run(_ bytes: [UInt8], name: String = "fuzz.xml") throws -> Outcome {
        let resultaat = try lezer.lees(bytes: bytes, naam: name)
        let read: String
        var findings = 0
        // The texts berichtd would print for a refusal or an XSD error are built from the input too.
        switch resultaat {
        case .geweigerd(let weigering):
            read = "geweigerd"
            _ = weigering.description
        case .xsdOngeldig(let afkeuring):
            read = "xsd-ongeldig"
            _ = afkeuring.diagnostics.map(\.description)
        case .gelezen(let bericht):
            read = "gelezen"
            findings = Berichtinhoud.controleer(bericht).count
        }
        var processed: Verwerkingsuitkomst.Soort?
        if read == "gelezen" || Self.fnv1a(bytes) % verwerkerShare == 0 {
            processed = try process(bytes, name: name).soort
        }
        return Outcome(read: read, contentFindings: findings, processed: processed)
    }

    /// The whole Verwerker on a fresh spool and a fresh copy of the template store.
    private func process(_ bytes: [UInt8], name: String) throws -> Verwerkingsuitkomst {
        let spool = Spool(root: workRoot + "/run-\(runs.add(1, ordering: .relaxed).newValue)")
        try spool.createDirectories()
        defer { try? FileManager.default.removeItem(atPath: spool.root) }
        try FileManager.default.copyItem(atPath: templateStore, toPath: spool.defaultStorePath)
        let verwerker = Verwerker(
            lezer: lezer, config: config, opslag: try Berichtenopslag(pad: spool.defaultStorePath), spool: spool,
            vandaag: { FuzzHarness.today })
        let invoer = spool.inDirectory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: invoer))
        let uitkomst: Verwerkingsuitkomst
        do {
            uitkomst = try verwerker.verwerk(try spool.claim(invoer))
        } catch {
            throw FuzzFinding("de Verwerker gooide (het bestand zou in work/ blijven hangen): \(error)")
        }
        try checkAccounting(spool, uitkomst)
        return uitkomst
    }

    /// The input left `in/` and `work/` and is in `archive/` or `rejected/` exactly once, with a
    /// `.reason` when set aside; a retour the outcome names exists.
    private func checkAccounting(_ spool: Spool, _ uitkomst: Verwerkingsuitkomst) throws {
        let fm = FileManager.default
        let over =
            try fm.contentsOfDirectory(atPath: spool.inDirectory) + fm.contentsOfDirectory(atPath: spool.workDirectory)
        guard over.isEmpty else { throw FuzzFinding("na verwerking staat er nog iets in in/ of work/: \(over)") }
        let gearchiveerd = try fm.subpathsOfDirectory(atPath: spool.archiveDirectory).filter {
            !$0.hasPrefix(".") && $0.contains("/")
        }
        let apart = try fm.contentsOfDirectory(atPath: spool.rejectedDirectory)
        let apartInvoer = apart.filter { !$0.hasSuffix(".reason") }
        guard gearchiveerd.count + apartInvoer.count == 1 else {
            throw FuzzFinding(
                "invoer \(gearchiveerd.count)× gearchiveerd en \(apartInvoer.count)× apart gezet (\(uitkomst.soort))")
        }
        if let apartgezet = apartInvoer.first, !apart.contains(apartgezet + ".reason") {
            throw FuzzFinding("apart gezet zonder .reason: \(apart)")
        }
        if let retour = uitkomst.retourBestand, !fm.fileExists(atPath: spool.outDirectory + "/" + retour) {
            throw FuzzFinding("de uitkomst noemt retour \(retour), maar die staat niet in out/")
        }
    }

    /// FNV-1a: a stable hash, so the choice of inputs that go through the Verwerker replays.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// The checkout that holds `xsd/` and `config/regio.toml`: `BERICHTD_REPO` when set, otherwise
    /// the first parent of `start` (e.g. the executable's directory) that has both.
    package static func findRepository(from start: String) -> String? {
        if let pad = ProcessInfo.processInfo.environment["BERICHTD_REPO"], !pad.isEmpty { return pad }
        var url = URL(fileURLWithPath: start)
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.path + "/xsd"),
                FileManager.default.fileExists(atPath: url.path + "/config/regio.toml")
            {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }
}

/// An invariant of processing that an input broke.
package struct FuzzFinding: Error, Sendable, CustomStringConvertible {
    package let description: String

    package init(_ description: String) { self.description = description }
}
