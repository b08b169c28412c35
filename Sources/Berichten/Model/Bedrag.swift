/// Debet or credit (COD043).
public enum DebetCredit: String, Sendable, Codable, Hashable {
    case debet = "D"
    case credit = "C"
}

/// An amount in eurocents with its sign carried separately (CDT_BedragMetDC,
/// CDT_TotaalBedragMetDC): `Bedrag 5000, DebetCredit C` is minus 50 euro.
public struct BedragMetDC: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Non-negative amount in eurocents, as in the message.
    public let bedrag: Int64
    public let debetCredit: DebetCredit

    public init(bedrag: Int64, debetCredit: DebetCredit) {
        self.bedrag = bedrag
        self.debetCredit = debetCredit
    }

    /// Splits a signed amount: zero is debet (CS325).
    public init(getekend: Int64) {
        self.bedrag = getekend < 0 ? -getekend : getekend
        self.debetCredit = getekend < 0 ? .credit : .debet
    }

    /// Signed amount in eurocents: credit counts negative.
    public var getekend: Int64 { debetCredit == .credit ? -bedrag : bedrag }

    public var description: String { "\(Eurocent.tekst(bedrag)) \(debetCredit.rawValue)" }
}

/// Formatting of eurocent amounts for people.
public enum Eurocent {
    /// `123456` → `€ 1.234,56`; negative amounts get a minus sign.
    public static func tekst(_ cents: Int64) -> String {
        "€ " + decimaal(cents, duizendtallen: true)
    }

    /// `123456` → `1234,56` (or `1.234,56` with thousands separators).
    public static func decimaal(_ cents: Int64, duizendtallen: Bool = false) -> String {
        let negative = cents < 0
        let magnitude = cents.magnitude
        var euros = String(magnitude / 100)
        if duizendtallen, euros.count > 3 {
            var grouped = ""
            for (offset, character) in euros.reversed().enumerated() {
                if offset > 0, offset % 3 == 0 { grouped.append(".") }
                grouped.append(character)
            }
            euros = String(grouped.reversed())
        }
        let rest = magnitude % 100
        return (negative ? "-" : "") + euros + "," + (rest < 10 ? "0" : "") + String(rest)
    }
}
