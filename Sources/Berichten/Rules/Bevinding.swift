/// The message class a finding is about, by position in the message (0-based indexes).
public enum Klassedoel: Sendable, Codable, Hashable {
    case header
    case client
    case relatie(Int)
    case contact(Int)
    case relatieContact(Int)
    case toegewezenProduct(Int)
    case declaratie
    case declaratieClient(Int)
    case prestatie(client: Int, prestatie: Int)
    /// A StartProduct (305) or StopProduct (307).
    case zorgmeldingproduct(Int)
}

/// One rule that a message broke, with everything an auditor needs: which rule, where,
/// the value found, the value expected and an explanation in Dutch.
public struct Bevinding: Sendable, Codable, Hashable, CustomStringConvertible {
    public let regel: String
    public let niveau: Controleniveau
    public let bron: RegelBron
    public let retourCode: RetourCode
    public let locatie: Bronpositie
    public let doel: Klassedoel
    public let gevonden: String
    public let verwacht: String
    public let toelichting: String
    /// A local rule set to `signaleren`: reported, but the retour is not affected.
    public let isSignaal: Bool

    public var description: String {
        "\(regel) [\(retourCode)] \(locatie): \(toelichting) (gevonden: \(gevonden); verwacht: \(verwacht))"
    }
}
