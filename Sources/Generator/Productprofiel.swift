import Berichten

/// How a product is assigned and declared in generated messages: the Omvang of the
/// toewijzing and the volume an aanbieder declares per month. Only inspanningsgerichte units
/// are generated (hours, day parts, pieces per week; days per month); outputgerichte trajecten
/// and euro budgets are declared once per toewijzing and are left out.
struct Productprofiel: Sendable {
    let eenheid: Eenheid
    let frequentie: Frequentie
    /// Range of the toewijzing's Volume per week or per month.
    let volumes: ClosedRange<Int>
    /// A stay for the whole month (wonen, gezinshuis): declared as the days of the period.
    let heleMaand: Bool
    /// Wmo category 01 (hulp bij het huishouden) per week: TR321 allows 6 weeks in every
    /// product period (IV077), so a deliberately too large volume must exceed that.
    private(set) var zesWeken = false

    /// The profile of a product, or `nil` when the generator does not make it.
    init?(_ product: Productdefinitie) {
        switch product.eenheid {
        case .uur:
            self.init(eenheid: .uur, frequentie: .perWeek, volumes: 1...6, heleMaand: false)
        case .dagdeel:
            self.init(eenheid: .dagdeel, frequentie: .perWeek, volumes: 1...8, heleMaand: false)
        case .stuksInspanning:
            self.init(eenheid: .stuksInspanning, frequentie: .perWeek, volumes: 2...10, heleMaand: false)
        case .etmaal:
            let omschrijving = product.omschrijving.lowercased()
            if omschrijving.contains("wonen") || omschrijving.contains("gezinshuis") {
                self.init(eenheid: .etmaal, frequentie: .perMaand, volumes: 31...31, heleMaand: true)
            } else {
                self.init(eenheid: .etmaal, frequentie: .perMaand, volumes: 2...8, heleMaand: false)
            }
        case .minuut, .stuksOutput, .euro:
            return nil
        }
        zesWeken = product.wet == .wmo && product.categorie == "01" && frequentie == .perWeek
    }

    private init(eenheid: Eenheid, frequentie: Frequentie, volumes: ClosedRange<Int>, heleMaand: Bool) {
        self.eenheid = eenheid
        self.frequentie = frequentie
        self.volumes = volumes
        self.heleMaand = heleMaand
    }

    /// The most the toewijzing allows in a product period, in the toewijzing's unit (IV076–IV078):
    /// per week: the distinct ISO weeks the period touches × Volume (Wmo category 01: 6 × Volume);
    /// per month: Volume.
    func maximum(volume: Int, periode: Periode) -> Int {
        switch frequentie {
        case .perWeek where zesWeken:
            return volume * 6
        case .perWeek:
            let weken = (periode.einddatum.maandagVanWeek - periode.begindatum.maandagVanWeek) / 7 + 1
            return volume * weken
        default:
            return volume
        }
    }

    /// A correct monthly volume for a whole-month period, in the toewijzing's unit. It never
    /// exceeds four weeks or one month of the Omvang, so that the running total stays well below
    /// the toewijzing's maximum (TR322) as well.
    func gewoonVolume(volume: Int, periode: Periode, _ random: inout SplitMix64) -> Int {
        if heleMaand { return periode.aantalDagen }
        switch frequentie {
        case .perWeek: return random.getal(Swift.max(1, volume * 2)...(volume * 4))
        default: return random.getal(1...volume)
        }
    }
}
