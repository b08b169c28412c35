/// The maximum volume a toewijzing allows, per product period (TR321) and over its whole
/// term (TR322), following IV076–IV079.
enum Volumenorm {
    /// Maximum for one product period, in the toewijzing's own unit. `product` is the wet and
    /// category of the toewijzing: Wmo category 01 (hulp bij het huishouden) per week always
    /// allows 6 weeks per product period (IV077).
    static func maximumPerPeriode(
        _ omvang: Omvang, periode: Periode, toewijzing: (ingang: Datum, eind: Datum?),
        product: (wet: Wet, categorie: String?)
    ) -> Int64 {
        switch omvang.frequentie {
        case .perDag:
            return omvang.volume * Int64(periode.aantalDagen)
        case .perWeek:
            if omvang.eenheid == .stuksOutput || omvang.eenheid == .euro {
                return omvang.volume * Int64(outputWeken(in: periode, toewijzing: toewijzing))
            }
            if product.wet == .wmo, product.categorie == "01" {
                return omvang.volume * 6
            }
            return omvang.volume * Int64(isoWeken(in: periode))
        case .perMaand, .totaal:
            return omvang.volume
        }
    }

    /// Maximum over the toewijzing's term; `nil` when the term is open and the frequency needs it.
    static func maximumLooptijd(_ omvang: Omvang, ingang: Datum, eind: Datum?) -> Int64? {
        switch omvang.frequentie {
        case .totaal:
            return omvang.volume
        case .perDag:
            guard let eind else { return nil }
            return omvang.volume * Int64(Periode(begindatum: ingang, einddatum: eind).aantalDagen)
        case .perWeek:
            guard let eind else { return nil }
            return omvang.volume * Int64(isoWeken(in: Periode(begindatum: ingang, einddatum: eind)))
        case .perMaand:
            guard let eind else { return nil }
            return omvang.volume * Int64((eind.jaar - ingang.jaar) * 12 + eind.maand - ingang.maand + 1)
        }
    }

    /// Distinct ISO weeks (Monday–Sunday) the period touches, partial weeks included (IV076).
    static func isoWeken(in periode: Periode) -> Int {
        guard periode.einddatum >= periode.begindatum else { return 0 }
        let first = periode.begindatum.maandagVanWeek
        let last = periode.einddatum.maandagVanWeek
        return (last - first) / 7 + 1
    }

    /// Outputgericht per week: the Sundays in the period, plus the broken last week when the
    /// toewijzing does not end on a Sunday; that week belongs to the period holding the
    /// toewijzing's last Sunday (IV076, IV077), or its Einddatum when it has no Sunday at all.
    static func outputWeken(in periode: Periode, toewijzing: (ingang: Datum, eind: Datum?)) -> Int {
        // Counted, not walked: a toewijzing may run for centuries in an XSD-valid message.
        var sundays = 0
        let eersteZondag = periode.begindatum.dagnummer + (7 - periode.begindatum.isoWeekdag) % 7
        if eersteZondag <= periode.einddatum.dagnummer {
            sundays = (periode.einddatum.dagnummer - eersteZondag) / 7 + 1
        }
        if let einde = toewijzing.eind, einde.isoWeekdag != 7 {
            let laatsteZondag = einde.plus(dagen: -einde.isoWeekdag)
            if periode.bevat(laatsteZondag >= toewijzing.ingang ? laatsteZondag : einde) { sundays += 1 }
        }
        return sundays
    }
}
