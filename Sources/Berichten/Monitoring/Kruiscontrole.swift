/// The two cross-checks of starts against declaraties a controller asks for, one row per
/// toewijzing (by ToewijzingNummer, never by client):
/// - `gedeclareerd zonder start`: approved prestaties on a toewijzing for which the aanbieder
///   never sent a start (that was not deleted) — allowed (OP364), but worth a question;
/// - `gestart zonder declaratie`: care in progress on the peildatum for two calendar months or
///   more (since the start, or since the end of the last declared product period) without a
///   declared product period after it.
struct Kruiscontrole: Sendable, Hashable {
    enum Soort: String, Sendable {
        case gedeclareerdZonderStart = "gedeclareerd zonder start"
        case gestartZonderDeclaratie = "gestart zonder declaratie"
    }

    let soort: Soort
    let gemeente: String
    let segment: Segment?
    let aanbieder: String
    let aanbiedernaam: String?
    let toewijzingNummer: Int64
    let ingangsdatum: Datum
    let start: Datum?
    let gedeclareerd: Gedeclareerd?

    static func regels(
        bron: Zorgmonitoringbron, gedeclareerd: [Zorgmonitoringbron.ToewijzingSleutel: Gedeclareerd],
        config: Regioconfiguratie, peildatum: Datum
    ) -> [Kruiscontrole] {
        var gestart = Set<Zorgmonitoringbron.ToewijzingSleutel>()
        var uit: [Kruiscontrole] = []
        let grens = twee(maandenVoor: peildatum)
        for traject in bron.trajecten {
            let s = traject.sleutel
            guard let nummer = s.toewijzingNummer else { continue }
            let sleutel = Zorgmonitoringbron.ToewijzingSleutel(gemeente: s.gemeente, wet: s.wet, nummer: nummer)
            guard let toewijzing = bron.toewijzingen[sleutel], toewijzing.aanbieder == s.aanbieder,
                toewijzing.bsn == s.bsn, let eerste = traject.eersteStart
            else { continue }
            gestart.insert(sleutel)
            guard traject.stand(op: peildatum) == .inZorg,
                let huidige = traject.starts.last(where: { $0.begindatum <= peildatum })
            else { continue }
            let declaratie = gedeclareerd[sleutel]
            let sinds = max(huidige.begindatum, declaratie.map { $0.tot.plus(dagen: 1) } ?? huidige.begindatum)
            guard sinds <= grens else { continue }
            uit.append(
                Kruiscontrole(
                    soort: .gestartZonderDeclaratie, gemeente: s.gemeente,
                    segment: config.segment(wet: s.wet, code: toewijzing.product?.code), aanbieder: s.aanbieder,
                    aanbiedernaam: config.aanbiedernaam(s.aanbieder), toewijzingNummer: nummer,
                    ingangsdatum: toewijzing.ingangsdatum, start: eerste, gedeclareerd: declaratie))
        }
        for (sleutel, declaratie) in gedeclareerd where !gestart.contains(sleutel) {
            guard let toewijzing = bron.toewijzingen[sleutel] else { continue }
            uit.append(
                Kruiscontrole(
                    soort: .gedeclareerdZonderStart, gemeente: sleutel.gemeente,
                    segment: config.segment(wet: sleutel.wet, code: toewijzing.product?.code),
                    aanbieder: toewijzing.aanbieder, aanbiedernaam: config.aanbiedernaam(toewijzing.aanbieder),
                    toewijzingNummer: sleutel.nummer, ingangsdatum: toewijzing.ingangsdatum, start: nil,
                    gedeclareerd: declaratie))
        }
        return uit.sorted {
            ($0.soort.rawValue, $0.gemeente, $0.toewijzingNummer) < (
                $1.soort.rawValue, $1.gemeente, $1.toewijzingNummer
            )
        }
    }

    /// The same day two calendar months earlier (the last day of that month when it is shorter).
    static func twee(maandenVoor datum: Datum) -> Datum {
        var jaar = datum.jaar
        var maand = datum.maand - 2
        if maand < 1 {
            maand += 12
            jaar -= 1
        }
        let dag = min(datum.dag, Datum.dagenInMaand(jaar: jaar, maand: maand))
        return Datum(jaar: jaar, maand: maand, dag: dag) ?? datum
    }

    static let kolommen: [Kolom<Kruiscontrole>] = [
        Kolom("controle") { .tekst($0.soort.rawValue) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("segment") { .tekst($0.segment?.code) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("aanbieder") { .tekst($0.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("toewijzingnummer", .getal) { .getal($0.toewijzingNummer) },
        Kolom("ingangsdatum") { .tekst($0.ingangsdatum.description) },
        Kolom("eerste_start") { .tekst($0.start?.description) },
        Kolom("gedeclareerd_van") { .tekst($0.gedeclareerd?.van.description) },
        Kolom("gedeclareerd_tot") { .tekst($0.gedeclareerd?.tot.description) },
        Kolom("toegekend", .bedrag) { .getal($0.gedeclareerd?.bedrag) },
    ]
}
