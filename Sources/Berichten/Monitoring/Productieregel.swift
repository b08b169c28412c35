/// Production of one gemeente in one month (of ProductPeriode begin) for one segment, product,
/// aanbieder and unit. Credits count negative in `prestaties`, amounts and `volume`.
struct Productieregel: Sendable, Hashable {
    let gemeente: String
    let maand: String
    let segment: Segment?
    let wet: String
    let product: String
    let productomschrijving: String?
    let aanbieder: String
    let aanbiedernaam: String?
    let eenheid: String
    /// Unique BSNs with an approved prestatie.
    let clienten: Int
    let prestaties: Int
    let prestatiesAfgewezen: Int
    let ingediend: Int64
    let toegekend: Int64
    /// Approved volume.
    let volume: Int64

    var afgewezen: Int64 { ingediend - toegekend }

    static func regels(gemeente: String, _ tellingen: [Productietelling], config: Regioconfiguratie) -> [Productieregel]
    {
        tellingen.map { telling in
            let segment = config.segment(wet: telling.wet, code: telling.code)
            return Productieregel(
                gemeente: gemeente, maand: telling.maand, segment: segment, wet: telling.wet, product: telling.code,
                productomschrijving: Wet(rawValue: telling.wet).flatMap {
                    config.product(wet: $0, code: telling.code)?.omschrijving
                },
                aanbieder: telling.aanbieder, aanbiedernaam: config.aanbiedernaam(telling.aanbieder),
                eenheid: telling.eenheid, clienten: telling.clienten, prestaties: telling.prestaties,
                prestatiesAfgewezen: telling.prestatiesAfgewezen, ingediend: telling.ingediend,
                toegekend: telling.toegekend, volume: telling.volume)
        }.sorted {
            ($0.maand, $0.segment?.code ?? "", $0.product, $0.aanbieder, $0.eenheid)
                < ($1.maand, $1.segment?.code ?? "", $1.product, $1.aanbieder, $1.eenheid)
        }
    }

    static let kolommen: [Kolom<Productieregel>] = [
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("maand") { .tekst($0.maand) },
        Kolom("segment") { .tekst($0.segment?.code) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("wet") { .tekst($0.wet) },
        Kolom("product") { .tekst($0.product) },
        Kolom("product_omschrijving") { .tekst($0.productomschrijving) },
        Kolom("aanbieder") { .tekst($0.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("clienten", .getal) { .getal($0.clienten) },
        Kolom("prestaties", .getal) { .getal($0.prestaties) },
        Kolom("prestaties_afgewezen", .getal) { .getal($0.prestatiesAfgewezen) },
        Kolom("ingediend", .bedrag) { .getal($0.ingediend) },
        Kolom("toegekend", .bedrag) { .getal($0.toegekend) },
        Kolom("afgewezen", .bedrag) { .getal($0.afgewezen) },
        Kolom("volume", .getal) { .getal($0.volume) },
        Kolom("eenheid") { .tekst($0.eenheid) },
        Kolom("eenheid_omschrijving") { .tekst(Eenheid(rawValue: $0.eenheid)?.omschrijving) },
    ]
}
