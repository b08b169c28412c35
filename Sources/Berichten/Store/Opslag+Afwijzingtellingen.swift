internal import GRDB

/// Rejections per gemeente, aanbieder and rule: what the dashboards list per aanbieder.
extension Berichtenopslag {
    /// The rejected classes (not the signals) of the 323s received from `van` (ISO 8601 UTC)
    /// on, counted per gemeente (receiver), aanbieder (sender) and rule, with the last receipt.
    func afwijzingtellingen(ontvangenVanaf van: String) throws -> [Afwijzingtelling] {
        try lees { t in
            try Row.fetchAll(
                t.db,
                sql: """
                    SELECT b.ontvanger, b.afzender, v.regel, COUNT(*), MAX(b.ontvangen_op) FROM bevinding v
                    JOIN bericht b ON b.id = v.bericht_id
                    WHERE b.soort LIKE '%323' AND v.ernst <> 'signaal' AND b.ontvangen_op >= ?
                    AND b.ontvanger IS NOT NULL AND b.afzender IS NOT NULL
                    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    """, arguments: [van]
            ).map {
                Afwijzingtelling(
                    gemeente: $0[0], aanbieder: $0[1], regel: $0[2], aantal: $0[3], laatsteOntvangst: $0[4])
            }
        }
    }
}

/// How often one rule rejected a class in the 323s of one aanbieder to one gemeente.
struct Afwijzingtelling: Sendable, Hashable {
    let gemeente: String
    let aanbieder: String
    let regel: String
    let aantal: Int
    /// ISO 8601 UTC receipt time of the last such message.
    let laatsteOntvangst: String
}
