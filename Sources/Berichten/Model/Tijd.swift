/// A time of day without time zone (LDT_Tijd), kept to the millisecond for ordering.
public struct Tijd: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since midnight.
    public let milliseconden: Int
    private let tekst: String

    /// Parses `hh:mm:ss` with optional fraction (`12:30:00.5`).
    public init?(_ text: some StringProtocol) {
        let value = String(text)
        let parts = value.split(separator: ":")
        guard parts.count == 3, let uur = Int(parts[0]), let minuut = Int(parts[1]),
            (0...24).contains(uur), (0...59).contains(minuut)
        else { return nil }
        let secondParts = parts[2].split(separator: ".", maxSplits: 1)
        guard let seconde = Int(secondParts[0]), (0...59).contains(seconde) else { return nil }
        var fraction = 0
        if secondParts.count == 2 {
            var digits = String(secondParts[1].prefix(3))
            while digits.count < 3 { digits += "0" }
            guard let parsed = Int(digits) else { return nil }
            fraction = parsed
        }
        milliseconden = ((uur * 60 + minuut) * 60 + seconde) * 1000 + fraction
        tekst = value
    }

    public static func < (lhs: Tijd, rhs: Tijd) -> Bool { lhs.milliseconden < rhs.milliseconden }
    public static func == (lhs: Tijd, rhs: Tijd) -> Bool { lhs.milliseconden == rhs.milliseconden }
    public func hash(into hasher: inout Hasher) { hasher.combine(milliseconden) }

    public var description: String { tekst }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Tijd(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "geen tijd: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tekst)
    }
}
