/// The region config cannot be used.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let pad: String
    public let problemen: [String]

    public var description: String {
        "regioconfiguratie \(pad) ongeldig (\(problemen.count) probleem/problemen): "
            + problemen.prefix(5).joined(separator: "; ")
    }
}
