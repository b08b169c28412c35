import Foundation

/// The highest message id the monitoring files include, kept in `spool/state/monitoring.stand`
/// so that an update after a batch only looks at what is new.
struct Monitoringstand: Sendable {
    let pad: String

    func lees() -> Int64? {
        guard let data = FileManager.default.contents(atPath: pad), let tekst = String(data: data, encoding: .utf8)
        else { return nil }
        return Int64(
            tekst.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "bericht ", with: ""))
    }

    func schrijf(_ id: Int64) throws {
        try Spool.writeAtomically(Array("bericht \(id)\n".utf8), naar: pad)
    }
}
