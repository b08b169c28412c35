/// The active toewijzingen of one gemeente for one segment and aanbieder on the peildatum, what
/// they commit (volume × contract tariff) and what has been approved on them so far (uitnutting).
struct Toewijzingsstand: Sendable, Hashable {
    let peildatum: Datum
    let gemeente: String
    let segment: Segment?
    let aanbieder: String
    let aanbiedernaam: String?
    let toewijzingen: Int
    let clienten: Int
    /// Commitment of the toewijzingen whose tariff is known, in eurocents.
    let verplichting: Int64
    /// Approved on these toewijzingen (debet − credit), all periods.
    let gedeclareerd: Int64
    let zonderEinddatum: Int
    let zonderTarief: Int

    var uitnutting: Int64? { Procent.honderdsten(gedeclareerd, van: verplichting) }

    /// Active: the latest version (Toewijzingsdatum + Toewijzingstijd) is not deleted and has
    /// not ended before the peildatum. Open-ended toewijzingen commit up to 31 December of the
    /// peildatum's year.
    static func standen(
        gemeente: String, versies: [Toewijzingsversie], toegekend: [ToewijzingSleutel: Int64],
        config: Regioconfiguratie, peildatum: Datum
    ) -> [Toewijzingsstand] {
        var laatste: [ToewijzingSleutel: Toewijzingsversie] = [:]
        for versie in versies {
            let sleutel = ToewijzingSleutel(wet: versie.wet, nummer: versie.versie.nummer)
            if let huidige = laatste[sleutel], volgorde(huidige) > volgorde(versie) { continue }
            laatste[sleutel] = versie
        }
        let horizon = Datum(jaar: peildatum.jaar, maand: 12, dag: 31)!
        struct Groep: Hashable {
            let segment: String?
            let aanbieder: String
        }
        var groepen: [Groep: [(Toewijzingsversie, ToewijzingSleutel)]] = [:]
        for (sleutel, versie) in laatste {
            let toewijzing = versie.versie
            guard !toewijzing.isVerwijderd, toewijzing.einddatum.map({ $0 >= peildatum }) ?? true else { continue }
            let segment = config.segment(wet: versie.wet, code: toewijzing.product?.code)
            groepen[Groep(segment: segment?.code, aanbieder: toewijzing.aanbieder), default: []].append(
                (versie, sleutel))
        }
        return groepen.map { groep, leden in
            var verplichting: Int64 = 0
            var zonderTarief = 0
            for (versie, _) in leden {
                let bedrag = Wet(rawValue: versie.wet).flatMap {
                    Verplichting.bedrag(versie.versie, wet: $0, gemeente: gemeente, horizon: horizon, config: config)
                }
                if let bedrag { verplichting += bedrag } else { zonderTarief += 1 }
            }
            return Toewijzingsstand(
                peildatum: peildatum, gemeente: gemeente, segment: groep.segment.flatMap(config.segment(_:)),
                aanbieder: groep.aanbieder, aanbiedernaam: config.aanbiedernaam(groep.aanbieder),
                toewijzingen: leden.count,
                clienten: Set(leden.map(\.0.versie.bsn)).count, verplichting: verplichting,
                gedeclareerd: leden.reduce(0) { $0 + (toegekend[$1.1] ?? 0) },
                zonderEinddatum: leden.filter { $0.0.versie.einddatum == nil }.count, zonderTarief: zonderTarief)
        }.sorted { ($0.segment?.code ?? "", $0.aanbieder) < ($1.segment?.code ?? "", $1.aanbieder) }
    }

    private static func volgorde(_ versie: Toewijzingsversie) -> (Datum, Int, Int64) {
        (versie.versie.toewijzingsdatum, versie.versie.toewijzingstijdMs, versie.id)
    }

    static let kolommen: [Kolom<Toewijzingsstand>] = [
        Kolom("peildatum") { .tekst($0.peildatum.description) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("segment") { .tekst($0.segment?.code) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("aanbieder") { .tekst($0.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("toewijzingen", .getal) { .getal($0.toewijzingen) },
        Kolom("clienten", .getal) { .getal($0.clienten) },
        Kolom("verplichting", .bedrag) { .getal($0.verplichting) },
        Kolom("gedeclareerd", .bedrag) { .getal($0.gedeclareerd) },
        Kolom("uitnutting", .procent) { .getal($0.uitnutting) },
        Kolom("zonder_einddatum", .getal) { .getal($0.zonderEinddatum) },
        Kolom("zonder_tarief", .getal) { .getal($0.zonderTarief) },
    ]
}
