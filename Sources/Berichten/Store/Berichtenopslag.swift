import Foundation
internal import GRDB

/// The SQLite store (`spool/state/berichtd.sqlite`): every processed message, every version
/// of every toegewezen product, every declaratie and prestatie with its outcome, and every
/// finding. One message is one transaction.
public final class Berichtenopslag: Sendable {
    let queue: DatabaseQueue
    /// Path of the database file; `nil` for an in-memory store.
    package let pad: String?

    /// Opens (and migrates) the store at `pad`, creating the directory when needed.
    public init(pad: String) throws(StoreError) {
        self.pad = pad
        do {
            let directory = Spool.map(van: pad)
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
            }
            queue = try DatabaseQueue(path: pad, configuration: configuration)
            try Migraties.migrator.migrate(queue)
        } catch {
            throw StoreError(pad: pad, reden: "\(error)")
        }
    }

    /// A store in memory, for tests and `check`.
    public init() throws(StoreError) {
        pad = nil
        do {
            queue = try DatabaseQueue()
            try Migraties.migrator.migrate(queue)
        } catch {
            throw StoreError(pad: ":memory:", reden: "\(error)")
        }
    }

    /// Runs `body` in one write transaction: everything it writes is committed together or not at all.
    /// What the transaction buffered (see ``Schrijfbuffer``) is written before the commit.
    func inTransactie<T>(_ body: (Opslagtransactie) throws -> T) throws -> T {
        try queue.write { db in
            let transactie = Opslagtransactie(db: db)
            let resultaat = try body(transactie)
            try transactie.schrijfWeg()
            return resultaat
        }
    }

    /// Runs read-only queries on a consistent snapshot. Not `queue.read`: the `PRAGMA query_only`
    /// it toggles expires every prepared statement, so each message would compile all its
    /// cached statements again.
    func lees<T>(_ body: (Opslagtransactie) throws -> T) throws -> T {
        try queue.inDatabase { db in
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(Opslagtransactie(db: db))
                return .commit
            }
            guard let result else {
                throw StoreError(pad: pad ?? ":memory:", reden: "leestransactie gaf geen resultaat")
            }
            return result
        }
    }

    /// Number of rows per table, for summaries and tests.
    package func tellingen() throws -> [String: Int] {
        try queue.read { db in
            var result: [String: Int] = [:]
            for table in ["bericht", "toewijzing", "declaratie", "prestatie", "bevinding"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return result
        }
    }

    /// The stored message with this content hash, if any.
    package func bericht(inhoud sha256: String) throws -> OpgeslagenBericht? {
        try lees { try $0.bericht(inhoud: sha256) }
    }

    /// The message recorded for this claim of an input file, if its transaction committed.
    package func bericht(claim: String) throws -> OpgeslagenBericht? {
        try lees { try $0.bericht(claim: claim) }
    }

    /// All stored messages, oldest first.
    package func berichten() throws -> [OpgeslagenBericht] {
        try lees { try $0.berichten() }
    }
}

/// The store cannot be opened or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let pad: String
    public let reden: String

    public var description: String { "opslag \(pad): \(reden)" }
}
