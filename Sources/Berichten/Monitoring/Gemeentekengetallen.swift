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
    static func kengetallen(jaar: Int, toekenningen: [Toekenning], config: Regioconfiguratie) -> [Gemeentekengetallen] {
        let regio = Set(toekenningen.map(\.bsn)).count
        let perGemeente = Dictionary(grouping: toekenningen, by: \.gemeente)
        let codes = config.gemeenten.map(\.code)
        let overige = perGemeente.keys.filter { !codes.contains($0) }.sorted()
        return (codes + overige).map { code in
            let eigen = perGemeente[code] ?? []
            return Gemeentekengetallen(
                jaar: jaar, gemeente: code, naam: config.gemeentenaam(code), clienten: Set(eigen.map(\.bsn)).count,
                clientenRegio: regio, toegekend: eigen.reduce(0) { $0 + $1.bedrag })
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
