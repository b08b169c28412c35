/// One thing wrong in a region configuration: the file, the line when it is known, and what is
/// wrong, in Dutch.
public struct Configuratieprobleem: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The file as the user names it: the TOML path as given, a CSV path joined to its directory.
    public let bestand: String
    /// 1-based line in `bestand`; `nil` when the problem is about the file as a whole.
    public let regel: Int?
    public let melding: String

    public init(bestand: String, regel: Int?, melding: String) {
        self.bestand = bestand
        self.regel = regel
        self.melding = melding
    }

    /// `bestand:regel: melding`, the way a compiler prints it.
    public var description: String {
        if let regel { "\(bestand):\(regel): \(melding)" } else { "\(bestand): \(melding)" }
    }
}
