/// Waiting times from toewijzing to the first start of care, per month of the toewijzing's
/// Ingangsdatum × segment × aanbieder (of one gemeente, or the region when `gemeente` is `nil`).
/// Counts the current, not deleted toewijzingen whose Ingangsdatum lies in the year; the first
/// start is the earliest Begindatum of a start (not deleted) of the same aanbieder and client on
/// the ToewijzingNummer. Days are calendar days; median and 90th percentile by nearest rank.
struct Wachttijdregel: Sendable, Hashable {
    let maand: String
    let gemeente: String?
    let segment: Segment?
    let aanbieder: String
    let aanbiedernaam: String?
    let toegewezen: Int
    let gestart: Int
    /// Days from Ingangsdatum to the first start, of the started ones.
    let vanafIngang: [Int]
    /// Days from Toewijzingsdatum to the first start, of the started ones.
    let vanafToewijzing: [Int]
    let normWeken: Int
    let normLangWeken: Int
    /// Not started and on the peildatum waiting (since the Ingangsdatum) longer than the norm.
    let langerDanNorm: Int
    let langerDanNormLang: Int

    var nietGestart: Int { toegewezen - gestart }
    /// Days from Ingangsdatum to the first start: median, 90th percentile and maximum (`nil`: none started).
    var mediaan: Int? { Rangpercentiel.waarde(50, van: vanafIngang) }
    var p90: Int? { Rangpercentiel.waarde(90, van: vanafIngang) }
    var maximum: Int? { vanafIngang.max() }

    static func regels(
        jaar: Int, gemeente: String?, bron: Zorgmonitoringbron, config: Regioconfiguratie, peildatum: Datum
    ) -> [Wachttijdregel] {
        struct StartSleutel: Hashable {
            let toewijzing: Zorgmonitoringbron.ToewijzingSleutel
            let aanbieder: String
            let bsn: String
        }
        var eersteStart: [StartSleutel: Datum] = [:]
        for traject in bron.trajecten {
            guard let nummer = traject.sleutel.toewijzingNummer, let start = traject.eersteStart else { continue }
            let s = traject.sleutel
            let sleutel = StartSleutel(
                toewijzing: .init(gemeente: s.gemeente, wet: s.wet, nummer: nummer), aanbieder: s.aanbieder, bsn: s.bsn)
            eersteStart[sleutel] = min(eersteStart[sleutel] ?? start, start)
        }
        struct Groep: Hashable {
            let maand: String
            let segment: String?
            let aanbieder: String
        }
        struct Telling {
            var toegewezen = 0
            var gestart = 0
            var vanafIngang: [Int] = []
            var vanafToewijzing: [Int] = []
            var wachtenden: [Int] = []
        }
        var groepen: [Groep: Telling] = [:]
        for (sleutel, toewijzing) in bron.toewijzingen
        where !toewijzing.isVerwijderd && toewijzing.ingangsdatum.jaar == jaar {
            let segment = config.segment(wet: sleutel.wet, code: toewijzing.product?.code)
            let maand = String(toewijzing.ingangsdatum.description.prefix(7))
            let groep = Groep(maand: maand, segment: segment?.code, aanbieder: toewijzing.aanbieder)
            var telling = groepen[groep] ?? Telling()
            telling.toegewezen += 1
            if let start = eersteStart[
                StartSleutel(toewijzing: sleutel, aanbieder: toewijzing.aanbieder, bsn: toewijzing.bsn)]
            {
                telling.gestart += 1
                telling.vanafIngang.append(start.dagnummer - toewijzing.ingangsdatum.dagnummer)
                telling.vanafToewijzing.append(start.dagnummer - toewijzing.toewijzingsdatum.dagnummer)
            } else if toewijzing.ingangsdatum <= peildatum {
                telling.wachtenden.append(peildatum.dagnummer - toewijzing.ingangsdatum.dagnummer)
            }
            groepen[groep] = telling
        }
        return groepen.map { groep, telling in
            let segment = groep.segment.flatMap(config.segment(_:))
            let norm = segment?.wachtnormWeken ?? 4
            let lang = segment?.wachtnormLangWeken ?? 8
            return Wachttijdregel(
                maand: groep.maand, gemeente: gemeente, segment: segment, aanbieder: groep.aanbieder,
                aanbiedernaam: config.aanbiedernaam(groep.aanbieder), toegewezen: telling.toegewezen,
                gestart: telling.gestart, vanafIngang: telling.vanafIngang, vanafToewijzing: telling.vanafToewijzing,
                normWeken: norm, normLangWeken: lang,
                langerDanNorm: telling.wachtenden.filter { $0 > norm * 7 }.count,
                langerDanNormLang: telling.wachtenden.filter { $0 > lang * 7 }.count)
        }.sorted {
            ($0.maand, $0.segment?.code ?? "", $0.aanbieder) < ($1.maand, $1.segment?.code ?? "", $1.aanbieder)
        }
    }

    static let kolommen: [Kolom<Wachttijdregel>] = [
        Kolom("maand") { .tekst($0.maand) },
        Kolom("gemeente") { .tekst($0.gemeente) },
        Kolom("segment") { .tekst($0.segment?.code) },
        Kolom("segment_naam") { .tekst($0.segment?.naam) },
        Kolom("aanbieder") { .tekst($0.aanbieder) },
        Kolom("aanbieder_naam") { .tekst($0.aanbiedernaam) },
        Kolom("toegewezen_producten", .getal) { .getal($0.toegewezen) },
        Kolom("gestart", .getal) { .getal($0.gestart) },
        Kolom("niet_gestart", .getal) { .getal($0.nietGestart) },
        Kolom("dagen_mediaan", .getal) { .getal($0.mediaan.map(Int64.init)) },
        Kolom("dagen_p90", .getal) { .getal($0.p90.map(Int64.init)) },
        Kolom("dagen_max", .getal) { .getal($0.maximum.map(Int64.init)) },
        Kolom("dagen_mediaan_vanaf_toewijzingsdatum", .getal) {
            .getal(Rangpercentiel.waarde(50, van: $0.vanafToewijzing).map(Int64.init))
        },
        Kolom("dagen_p90_vanaf_toewijzingsdatum", .getal) {
            .getal(Rangpercentiel.waarde(90, van: $0.vanafToewijzing).map(Int64.init))
        },
        Kolom("dagen_max_vanaf_toewijzingsdatum", .getal) { .getal($0.vanafToewijzing.max().map(Int64.init)) },
        Kolom("norm_weken", .getal) { .getal($0.normWeken) },
        Kolom("wacht_langer_dan_norm", .getal) { .getal($0.langerDanNorm) },
        Kolom("norm_lang_weken", .getal) { .getal($0.normLangWeken) },
        Kolom("wacht_langer_dan_norm_lang", .getal) { .getal($0.langerDanNormLang) },
    ]
}
