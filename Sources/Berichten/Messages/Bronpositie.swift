/// Where a message class or element stands in the input: element path and line.
public struct Bronpositie: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Element path without prefixes, e.g. `/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]`.
    public let pad: String
    public let regel: Int

    public init(pad: String, regel: Int) {
        self.pad = pad
        self.regel = regel
    }

    /// The position of a child element of this class.
    public func kind(_ naam: String) -> Bronpositie { Bronpositie(pad: pad + "/" + naam, regel: regel) }

    public var description: String { "\(pad) (regel \(regel))" }
}
