package import Berichten

/// A calendar month (a declaratieperiode).
package struct Maand: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let jaar: Int
    package let maand: Int

    package init(jaar: Int, maand: Int) {
        self.jaar = jaar
        self.maand = maand
    }

    /// Parses `jjjj-mm`.
    package init?(_ tekst: String) {
        let delen = tekst.split(separator: "-")
        guard delen.count == 2, delen[0].count == 4, delen[1].count == 2, let jaar = Int(delen[0]),
            let maand = Int(delen[1]),
            (1...12).contains(maand)
        else { return nil }
        self.init(jaar: jaar, maand: maand)
    }

    package var eersteDag: Datum { (Datum(jaar: jaar, maand: maand, dag: 1) ?? .eerste).eersteVanMaand }
    package var laatsteDag: Datum { eersteDag.laatsteVanMaand }
    package var periode: Periode { Periode(begindatum: eersteDag, einddatum: laatsteDag) }

    /// The month `aantal` months later (negative: earlier).
    package func plus(_ aantal: Int) -> Maand {
        let index = jaar * 12 + (maand - 1) + aantal
        return Maand(jaar: index / 12, maand: index % 12 + 1)
    }

    package static func < (lhs: Maand, rhs: Maand) -> Bool { (lhs.jaar, lhs.maand) < (rhs.jaar, rhs.maand) }

    /// `2026-03`
    package var description: String { String(eersteDag.description.prefix(7)) }
}
