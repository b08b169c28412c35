import Berichten
import Foundation
package import Logging

/// One line per event on stderr: `<priority>label: message key=value…`. journald reads the
/// syslog priority prefix when stderr is its stream (`JOURNAL_STREAM`); in a terminal the
/// prefix is left out. BSNs never reach the log: every run of exactly nine digits is masked
/// (also BSNs that fail the elfproef), whatever the caller put in the message or metadata.
package struct JournaldLogHandler: LogHandler {
    package var logLevel: Logger.Level = .info
    package var metadata: Logger.Metadata = [:]
    package var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let metPrioriteit: Bool
    private let schrijf: @Sendable (String) -> Void

    package init(label: String, metPrioriteit: Bool? = nil, schrijf: (@Sendable (String) -> Void)? = nil) {
        self.label = label
        self.metPrioriteit = metPrioriteit ?? Self.stderrIsJournal()
        self.schrijf =
            schrijf ?? { regel in
                let bytes = Array(regel.utf8)
                _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            }
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var alle = metadata
        if let provider = metadataProvider { alle.merge(provider.get()) { $1 } }
        if let extra = event.metadata { alle.merge(extra) { $1 } }
        var regel = metPrioriteit ? "<\(Self.prioriteit(event.level))>" : "\(event.level.rawValue.uppercased()) "
        regel += "\(label): \(event.message)"
        for (sleutel, waarde) in alle.sorted(by: { $0.key < $1.key }) {
            regel += " \(sleutel)=\(Self.waarde(waarde))"
        }
        if let fout = event.error { regel += " error=\(Self.waarde(.string(String(describing: fout))))" }
        schrijf(Maskering.regel(regel) + "\n")
    }

    /// syslog priorities as journald reads them.
    static func prioriteit(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    static func waarde(_ waarde: Logger.Metadata.Value) -> String {
        let tekst = waarde.description
        return tekst.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" })
            ? "\"\(tekst.replacingOccurrences(of: "\"", with: "\\\""))\"" : tekst
    }

    /// systemd sets `JOURNAL_STREAM=<dev>:<inode>` for a unit whose stderr is the journal.
    static func stderrIsJournal() -> Bool {
        guard let stroom = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] else { return false }
        let delen = stroom.split(separator: ":").compactMap { UInt64($0) }
        var status = stat()
        guard delen.count == 2, fstat(STDERR_FILENO, &status) == 0 else { return false }
        return UInt64(status.st_dev) == delen[0] && UInt64(status.st_ino) == delen[1]
    }
}
