/// One aanbieder on a dashboard: its `productie-<jaar>` rows summed (ingediend, toegekend,
/// afgewezen, prestaties) and the rules that rejected its declaraties this year, most frequent
/// first, with the last day on which it had a rejection (whose report the dashboard links to).
struct Aanbiederstand: Sendable, Hashable {
    struct Regeltelling: Sendable, Hashable {
        let regel: String
        let aantal: Int
    }

    let aanbieder: String
    let naam: String?
    let ingediend: Int64
    let toegekend: Int64
    let afgewezen: Int64
    let prestaties: Int
    let prestatiesAfgewezen: Int
    let regels: [Regeltelling]
    let laatsteAfwijzing: Datum?

    /// Rejected amount as a share of the amount declared.
    var afwijzingsprocent: Int64? { Procent.honderdsten(afgewezen, van: ingediend) }

    /// Every aanbieder with production or a rejection, the largest declared amount first.
    static func standen(
        productie: [Productieregel], afwijzingen: [Afwijzingtelling], config: Regioconfiguratie, tijd: Ontvangsttijd
    ) -> [Aanbiederstand] {
        let perAanbieder = Dictionary(grouping: productie, by: \.aanbieder)
        let regelsPerAanbieder = Dictionary(grouping: afwijzingen, by: \.aanbieder)
        let codes = Set(perAanbieder.keys).union(regelsPerAanbieder.keys)
        return codes.map { code in
            let regels = perAanbieder[code] ?? []
            var perRegel: [String: Int] = [:]
            for telling in regelsPerAanbieder[code] ?? [] { perRegel[telling.regel, default: 0] += telling.aantal }
            let laatste = (regelsPerAanbieder[code] ?? []).map(\.laatsteOntvangst).max()
            return Aanbiederstand(
                aanbieder: code, naam: config.aanbiedernaam(code),
                ingediend: regels.reduce(0) { $0 + $1.ingediend }, toegekend: regels.reduce(0) { $0 + $1.toegekend },
                afgewezen: regels.reduce(0) { $0 + $1.afgewezen }, prestaties: regels.reduce(0) { $0 + $1.prestaties },
                prestatiesAfgewezen: regels.reduce(0) { $0 + $1.prestatiesAfgewezen },
                regels: perRegel.map { Regeltelling(regel: $0.key, aantal: $0.value) }
                    .sorted { ($1.aantal, $0.regel) < ($0.aantal, $1.regel) },
                laatsteAfwijzing: laatste.flatMap(tijd.lokaleDatum))
        }.sorted { ($1.ingediend, $0.aanbieder) < ($0.ingediend, $1.aanbieder) }
    }
}
