/// Who is in care on the peildatum, per segment × aanbieder (of one gemeente, or of the region
/// when `gemeente` is `nil`): clients and toegewezen products started and not stopped, and apart
/// from them those whose care is temporarily stopped (reden 20). Clients are counted, never listed.
struct InZorgstand: Sendable, Hashable {
    let peildatum: Datum
    let gemeente: String?
    let segment: Segment?
    let aanbieder: String
    let aanbiedernaam: String?
    let clientenInZorg: Int
    let productenInZorg: Int
    let clientenTijdelijkGestopt: Int
    let productenTijdelijkGestopt: Int

    static func standen(
        gemeente: String?, trajecten: [Zorgtraject],
        toewijzingen: [Zorgmonitoringbron.ToewijzingSleutel: OpgeslagenToewijzing],
        config: Regioconfiguratie, peildatum: Datum
    ) -> [InZorgstand] {
        struct Groep: Hashable {
            let segment: String?
            let aanbieder: String
        }
        var inZorg: [Groep: [Zorgtraject]] = [:]
        var tijdelijk: [Groep: [Zorgtraject]] = [:]
        for traject in trajecten {
            let stand = traject.stand(op: peildatum)
            guard stand == .inZorg || stand == .tijdelijkGestopt else { continue }
            let segment = Zorgmonitoringbron.segment(traject, toewijzingen: toewijzingen, config: config)
            let groep = Groep(segment: segment?.code, aanbieder: traject.sleutel.aanbieder)
            if stand == .inZorg {
                inZorg[groep, default: []].append(traject)
            } else {
                tijdelijk[groep, default: []].append(traject)
            }
        }
        return Set(inZorg.keys).union(tijdelijk.keys).map { groep in
            let zorg = inZorg[groep] ?? []
            let gestopt = tijdelijk[groep] ?? []
            return InZorgstand(
                peildatum: peildatum, gemeente: gemeente, segment: groep.segment.flatMap(config.segment(_:)),
                aanbieder: groep.aanbieder, aanbiedernaam: config.aanbiedernaam(groep.aanbieder),
                clientenInZorg: Set(zorg.map(\.sleutel.bsn)).count, productenInZorg: zorg.count,
                clientenTijdelijkGestopt: Set(gestopt.map(\.sleutel.bsn)).count,
                productenTijdelijkGestopt: gestopt.count)
        }.sorted { ($0.segment?.code ?? "", $0.aanbieder) < ($1.segment?.code ?? "", $1.aanbieder) }
    }

    static let kolommen: [Kolom<InZorgstand>] = [
        Kolom("peildatum") { .tekst($0.peildatum.description) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("segment") { .tekst($0.segment?.code) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("aanbieder") { .tekst($0.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("clienten_in_zorg", .getal) { .getal($0.clientenInZorg) },
        Kolom("producten_in_zorg", .getal) { .getal($0.productenInZorg) },
        Kolom("clienten_tijdelijk_gestopt", .getal) { .getal($0.clientenTijdelijkGestopt) },
        Kolom("producten_tijdelijk_gestopt", .getal) { .getal($0.productenTijdelijkGestopt) },
    ]
}
