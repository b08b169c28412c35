/// What one dashboard (`monitoring/<gemeente>/index.html`, `monitoring/regio/index.html`)
/// shows for the year of the peildatum. Every figure is a row, or a sum of rows, of the
/// monitoring files written in the same run (`productie-<jaar>`, `plafonds-<jaar>`,
/// `toewijzingen`, `regio/gemeenten-<jaar>`, `in-zorg`, `wachttijden-<jaar>`, `kruiscontroles`):
/// nothing is calculated a second way.
struct Dashboard: Sendable {
    let regio: String
    /// `nil`: the region.
    let gemeente: String?
    let gemeentenaam: String?
    let peildatum: Datum
    /// The gemeente's row of `regio/gemeenten-<jaar>`, or every row for the region.
    let kengetallen: [Gemeentekengetallen]
    let plafonds: [Plafondverloop]
    /// `productie-<jaar>` rows of the gemeente, or of every gemeente for the region.
    let productie: [Productieregel]
    let productieVorigJaar: [Productieregel]
    let toewijzingen: [Toewijzingsstand]
    let aanbieders: [Aanbiederstand]
    /// The rows of `in-zorg`, `wachttijden-<jaar>` and `kruiscontroles`; `nil` without starts or stops.
    let zorg: Zorgmonitoring?

    var jaar: Int { peildatum.jaar }

    // MARK: Kerncijfers

    var toegekend: Int64 { kengetallen.reduce(0) { $0 + $1.toegekend } }
    /// Unique clients: the gemeente's, or the region's (a client of two gemeenten counts once).
    var clienten: Int { gemeente == nil ? kengetallen.first?.clientenRegio ?? 0 : kengetallen.first?.clienten ?? 0 }
    var actieveToewijzingen: Int { toewijzingen.reduce(0) { $0 + $1.toewijzingen } }
    var ingediend: Int64 { productie.reduce(0) { $0 + $1.ingediend } }
    var afgewezen: Int64 { productie.reduce(0) { $0 + $1.afgewezen } }
    var prestatiesToegekend: Int { productie.reduce(0) { $0 + $1.prestaties } }
    var prestatiesAfgewezen: Int { productie.reduce(0) { $0 + $1.prestatiesAfgewezen } }
    /// Rejected amount as a share of the amount declared.
    var afgewezenProcent: Int64? { Procent.honderdsten(afgewezen, van: ingediend) }
    /// Rejected prestaties as a share of approved plus rejected prestaties.
    var afgewezenPrestatiesProcent: Int64? {
        Procent.honderdsten(Int64(prestatiesAfgewezen), van: Int64(prestatiesToegekend + prestatiesAfgewezen))
    }
    var plafondsInZicht: Int { plafonds.filter { $0.stand.signaal == .inZicht }.count }
    var plafondsOverschreden: Int { plafonds.filter { $0.stand.signaal == .overschreden }.count }

    // MARK: Segments

    /// The segments with production this year or last, by code; products outside the product
    /// list (`nil`) last.
    var productiesegmenten: [Segment?] {
        var gezien: [String: Segment] = [:]
        var zonder = false
        for regel in productie + productieVorigJaar {
            if let segment = regel.segment { gezien[segment.code] = segment } else { zonder = true }
        }
        return gezien.keys.sorted().map { gezien[$0] } + (zonder ? [nil] : [])
    }

    /// Approved per month (January first) this year within one segment (`nil`: outside the product list).
    func toegekendPerMaand(segment: String?) -> [Int64] {
        var maanden = [Int64](repeating: 0, count: 12)
        for regel in productie where regel.segment?.code == segment {
            guard let maand = Plafondverloop.maandindex(regel.maand) else { continue }
            maanden[maand] += regel.toegekend
        }
        return maanden
    }

    /// Approved per month over every segment, this year or last year.
    func toegekendPerMaand(vorigJaar: Bool) -> [Int64] {
        var maanden = [Int64](repeating: 0, count: 12)
        for regel in vorigJaar ? productieVorigJaar : productie {
            guard let maand = Plafondverloop.maandindex(regel.maand) else { continue }
            maanden[maand] += regel.toegekend
        }
        return maanden
    }

    var uitnutting: [Segmentuitnutting] { Segmentuitnutting.perSegment(toewijzingen) }
}
