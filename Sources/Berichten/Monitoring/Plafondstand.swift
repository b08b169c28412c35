/// How far a budget ceiling of the region config is used: the approved amount (debet − credit)
/// of prestaties whose ProductPeriode begins in the ceiling's year, within its segment and, when
/// the ceiling names them, its gemeente and aanbieder.
struct Plafondstand: Sendable, Hashable {
    let peildatum: Datum
    let plafond: Plafond
    let segment: Segment?
    let gemeentenaam: String?
    let aanbiedernaam: String?
    let toegekend: Int64
    let prognose: Prognose

    var procent: Int64? { Procent.honderdsten(toegekend, van: plafond.bedragCent) }
    var prognoseProcent: Int64? { prognose.bedrag.flatMap { Procent.honderdsten($0, van: plafond.bedragCent) } }
    var signaal: Plafondsignaal {
        .voor(toegekend: toegekend, plafond: plafond.bedragCent, drempelProcent: plafond.signaalProcent)
    }

    /// `segment` (the region's ceiling), `gemeenteaandeel`, `contract`, or `contract in gemeente`.
    var soort: String {
        switch (plafond.gemeente, plafond.aanbieder) {
        case (nil, nil): "segment"
        case (_, nil): "gemeenteaandeel"
        case (nil, _): "contract"
        default: "contract in gemeente"
        }
    }

    /// The ceilings of `jaar` in config order; with `gemeente`, only those that concern it: its
    /// own share and the regional and contract ceilings of segments it takes part in.
    static func standen(
        jaar: Int, gemeente: String?, toekenningen: Jaartoekenningen, config: Regioconfiguratie, peildatum: Datum
    ) -> [Plafondstand] {
        config.plafonds.filter { plafond in
            guard plafond.jaar == jaar else { return false }
            guard let gemeente else { return true }
            if let eigen = plafond.gemeente { return eigen == gemeente }
            return config.segment(plafond.segment)?.gemeenten.contains(gemeente) ?? false
        }.map { plafond in
            let toegekend = toekenningen.bedrag(
                segment: plafond.segment, gemeente: plafond.gemeente, aanbieder: plafond.aanbieder)
            return Plafondstand(
                peildatum: peildatum, plafond: plafond, segment: config.segment(plafond.segment),
                gemeentenaam: config.gemeentenaam(plafond.gemeente),
                aanbiedernaam: config.aanbiedernaam(plafond.aanbieder),
                toegekend: toegekend, prognose: Prognose(toegekend: toegekend, jaar: jaar, peildatum: peildatum))
        }
    }

    static let kolommen: [Kolom<Plafondstand>] = [
        Kolom("peildatum") { .tekst($0.peildatum.description) },
        Kolom("jaar", .getal) { .getal($0.plafond.jaar) },
        Kolom("segment") { .tekst($0.plafond.segment) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("plafondsoort") { .tekst($0.soort) },
        Kolom("gemeente") { .tekst($0.plafond.gemeente) },
        Kolom("gemeente_naam") { .tekst($0.gemeentenaam) },
        Kolom("aanbieder") { .tekst($0.plafond.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("plafond", .bedrag) { .getal($0.plafond.bedragCent) },
        Kolom("toegekend", .bedrag) { .getal($0.toegekend) },
        Kolom("procent", .procent) { .getal($0.procent) },
        Kolom("signaal_procent", .getal) { .getal($0.plafond.signaalProcent) },
        Kolom("signaal") { .tekst($0.signaal.rawValue) },
        Kolom("afgesloten_maanden", .getal) { .getal($0.prognose.afgeslotenMaanden) },
        Kolom("prognose", .bedrag) { .getal($0.prognose.bedrag) },
        Kolom("prognose_procent", .procent) { .getal($0.prognoseProcent) },
    ]
}
