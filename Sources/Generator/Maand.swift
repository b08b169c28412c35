public import Berichten

/// A calendar month (a declaratieperiode).
public struct Maand: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let jaar: Int
    public let maand: Int

    public init(jaar: Int, maand: Int) {
        self.jaar = jaar
        self.maand = maand
    }

    /// Parses `jjjj-mm`.
    public init?(_ tekst: String) {
        let delen = tekst.split(separator: "-")
        guard delen.count == 2, delen[0].count == 4, delen[1].count == 2, let jaar = Int(delen[0]),
            let maand = Int(delen[1]),
            (1...12).contains(maand)
        else { return nil }
        self.init(jaar: jaar, maand: maand)
    }

    public var eersteDag: Datum { (Datum(jaar: jaar, maand: maand, dag: 1) ?? .eerste).eersteVanMaand }
    public var laatsteDag: Datum { eersteDag.laatsteVanMaand }
    public var periode: Periode { Periode(begindatum: eersteDag, einddatum: laatsteDag) }

    /// The month `aantal` months later (negative: earlier).
    public func plus(_ aantal: Int) -> Maand {
        let index = jaar * 12 + (maand - 1) + aantal
        return Maand(jaar: index / 12, maand: index % 12 + 1)
    }

    public static func < (lhs: Maand, rhs: Maand) -> Bool { (lhs.jaar, lhs.maand) < (rhs.jaar, rhs.maand) }

    /// `2026-03`
    public var description: String { String(eersteDag.description.prefix(7)) }
}
