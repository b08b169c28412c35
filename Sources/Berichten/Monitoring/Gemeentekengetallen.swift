/// Regional key figures of one gemeente in one year: unique clients with an approved prestatie
/// and their share of the region's unique clients (a client served in two gemeenten counts in
/// both, and once for the region), and the approved amount.
struct Gemeentekengetallen: Sendable, Hashable {
    let jaar: Int
    let gemeente: String
    let naam: String?
    let clienten: Int
    let clientenRegio: Int
    let toegekend: Int64

    var aandeelRegio: Int64? { Procent.honderdsten(Int64(clienten), van: Int64(clientenRegio)) }

    /// The config's gemeenten in config order, then any other gemeente found in the store.
    static func kengetallen(
        jaar: Int, toekenningen: Jaartoekenningen, config: Regioconfiguratie
    ) -> [Gemeentekengetallen] {
        var bedragen: [String: Int64] = [:]
        for (groep, bedrag) in toekenningen.bedragen { bedragen[groep.gemeente, default: 0] += bedrag }
        let codes = config.gemeenten.map(\.code)
        let overige = toekenningen.clientenPerGemeente.keys.filter { !codes.contains($0) }.sorted()
        return (codes + overige).map { code in
            Gemeentekengetallen(
                jaar: jaar, gemeente: code, naam: config.gemeentenaam(code),
                clienten: toekenningen.clientenPerGemeente[code]?.count ?? 0,
                clientenRegio: toekenningen.clientenRegio.count,
                toegekend: bedragen[code] ?? 0)
        }
    }

    static let kolommen: [Kolom<Gemeentekengetallen>] = [
        Kolom("jaar", .getal) { .getal($0.jaar) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("gemeente_naam") { .tekst($0.naam) },
        Kolom("clienten", .getal) { .getal($0.clienten) },
        Kolom("clienten_regio", .getal) { .getal($0.clientenRegio) },
        Kolom("aandeel_regio", .procent) { .getal($0.aandeelRegio) },
        Kolom("toegekend", .bedrag) { .getal($0.toegekend) },
    ]
}
