/// Regional key figures of one segment in one year: approved amount, aanbieders and clients
/// with an approved prestatie, and the share of the 3 and the 10 largest aanbieders.
struct Segmentkengetallen: Sendable, Hashable {
    let jaar: Int
    let segment: Segment?
    /// Set when the product is not in the region's product list.
    let onbekendeWet: String?
    let toegekend: Int64
    let aanbieders: Int
    let clienten: Int
    let top3: Int64
    let top10: Int64

    var aandeelTop3: Int64? { toegekend > 0 ? Procent.honderdsten(top3, van: toegekend) : nil }
    var aandeelTop10: Int64? { toegekend > 0 ? Procent.honderdsten(top10, van: toegekend) : nil }

    /// Every segment of the config (also those without production), then products outside it.
    static func kengetallen(
        jaar: Int, toekenningen: Jaartoekenningen, config: Regioconfiguratie
    ) -> [Segmentkengetallen] {
        config.segmenten.map { kengetallen(jaar: jaar, segment: $0, wet: nil, .segment($0.code), toekenningen) }
            + toekenningen.onbekendeWetten.map {
                kengetallen(jaar: jaar, segment: nil, wet: $0, .onbekend(wet: $0), toekenningen)
            }
    }

    private static func kengetallen(
        jaar: Int, segment: Segment?, wet: String?, _ soort: Jaartoekenningen.Soort, _ toekenningen: Jaartoekenningen
    ) -> Segmentkengetallen {
        let perAanbieder = toekenningen.perAanbieder(soort)
        let grootste = perAanbieder.values.sorted(by: >)
        return Segmentkengetallen(
            jaar: jaar, segment: segment, onbekendeWet: wet, toegekend: perAanbieder.values.reduce(0, +),
            aanbieders: perAanbieder.count, clienten: toekenningen.clientenPerSoort[soort]?.count ?? 0,
            top3: grootste.prefix(3).reduce(0, +), top10: grootste.prefix(10).reduce(0, +))
    }

    static let kolommen: [Kolom<Segmentkengetallen>] = [
        Kolom("jaar", .getal) { .getal($0.jaar) },
        Kolom("segment") { .tekst($0.segment?.code ?? "") },
        Kolom("segment_naam") { .tekst($0.segment?.naam ?? "producten buiten de productcodelijst") },
        Kolom("wet") { .tekst($0.segment?.wet.rawValue ?? $0.onbekendeWet) },
        Kolom("bekostiging") { .tekst($0.segment?.bekostiging.rawValue) },
        Kolom("toegekend", .bedrag) { .getal($0.toegekend) },
        Kolom("aanbieders", .getal) { .getal($0.aanbieders) },
        Kolom("clienten", .getal) { .getal($0.clienten) },
        Kolom("aandeel_top3", .procent) { .getal($0.aandeelTop3) },
        Kolom("aandeel_top10", .procent) { .getal($0.aandeelTop10) },
    ]
}
