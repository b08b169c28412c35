/// The files one update wrote (full paths).
public struct Bijwerking: Sendable, Hashable, CustomStringConvertible {
    public internal(set) var monitoring: [String] = []
    public internal(set) var rapporten: [String] = []

    public var isLeeg: Bool { monitoring.isEmpty && rapporten.isEmpty }

    public var description: String {
        "monitoring: \(monitoring.count) bestand(en) bijgewerkt; rapportage: \(rapporten.count) bestand(en) bijgewerkt"
    }
}
