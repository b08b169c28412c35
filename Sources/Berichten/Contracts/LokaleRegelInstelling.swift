/// What a local contract rule does when it fires.
public enum LokaleRegelActie: String, Sendable, Codable, Hashable {
    /// Reported only; the retour is not affected (default).
    case signaleren
    /// Rejects the class with the configured retourcode.
    case afwijzen
    /// Not checked.
    case uit
}

/// The region's setting for one local rule (`[lokale_regels.BD001]`).
public struct LokaleRegelInstelling: Sendable, Codable, Hashable {
    public let actie: LokaleRegelActie
    public let retourCode: RetourCode?

    public init(actie: LokaleRegelActie, retourCode: RetourCode?) {
        self.actie = actie
        self.retourCode = retourCode
    }
}
