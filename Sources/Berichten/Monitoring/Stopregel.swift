/// Stops (not deleted) with an Einddatum in the year, per segment × aanbieder × RedenBeeindiging
/// (of one gemeente, or the region when `gemeente` is `nil`).
struct Stopregel: Sendable, Hashable {
    let jaar: Int
    let gemeente: String?
    let segment: Segment?
    let aanbieder: String
    let aanbiedernaam: String?
    let redenBeeindiging: String
    let stops: Int
    let clienten: Int

    static func regels(
        jaar: Int, gemeente: String?, bron: Zorgmonitoringbron, config: Regioconfiguratie
    ) -> [Stopregel] {
        struct Groep: Hashable {
            let segment: String?
            let aanbieder: String
            let reden: String
        }
        var groepen: [Groep: [Zorgmeldingregel]] = [:]
        for traject in bron.trajecten {
            let segment = Zorgmonitoringbron.segment(traject, toewijzingen: bron.toewijzingen, config: config)
            for stop in traject.stops where stop.einddatum?.jaar == jaar {
                let groep = Groep(
                    segment: segment?.code, aanbieder: stop.aanbieder, reden: stop.redenBeeindiging ?? "")
                groepen[groep, default: []].append(stop)
            }
        }
        return groepen.map { groep, stops in
            Stopregel(
                jaar: jaar, gemeente: gemeente, segment: groep.segment.flatMap(config.segment(_:)),
                aanbieder: groep.aanbieder, aanbiedernaam: config.aanbiedernaam(groep.aanbieder),
                redenBeeindiging: groep.reden, stops: stops.count, clienten: Set(stops.map(\.bsn)).count)
        }.sorted {
            ($0.segment?.code ?? "", $0.aanbieder, $0.redenBeeindiging)
                < ($1.segment?.code ?? "", $1.aanbieder, $1.redenBeeindiging)
        }
    }

    static let kolommen: [Kolom<Stopregel>] = [
        Kolom("jaar", .getal) { .getal($0.jaar) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("segment") { .tekst($0.segment?.code) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("aanbieder") { .tekst($0.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("reden_beeindiging") { .tekst($0.redenBeeindiging) },
        Kolom("stops", .getal) { .getal($0.stops) },
        Kolom("clienten", .getal) { .getal($0.clienten) },
    ]
}
