/// The starts and stops of one toegewezen product of one client at one aanbieder: the
/// ToewijzingNummer, or the Product for taakgericht care without one (IV096).
struct Zorgtraject: Sendable {
    struct Sleutel: Hashable, Sendable {
        let gemeente: String
        let wet: String
        let aanbieder: String
        let bsn: String
        let toewijzingNummer: Int64?
        let product: Product?
    }

    /// Where care stands on a day.
    enum Stand: Sendable, Equatable {
        case nietGestart
        case inZorg
        /// The current start has a temporary stop (reden 20) that ended before the day.
        case tijdelijkGestopt
        /// The current start has a definitive stop that ended before the day.
        case gestopt
    }

    let sleutel: Sleutel
    let starts: [Zorgmeldingregel]
    let stops: [Zorgmeldingregel]

    /// The traject of every toegewezen product in `meldingen`.
    static func trajecten(_ meldingen: [Zorgmeldingregel]) -> [Sleutel: Zorgtraject] {
        var groepen: [Sleutel: [Zorgmeldingregel]] = [:]
        for melding in meldingen {
            let sleutel = Sleutel(
                gemeente: melding.gemeente, wet: melding.wet, aanbieder: melding.aanbieder, bsn: melding.bsn,
                toewijzingNummer: melding.toewijzingNummer,
                product: melding.toewijzingNummer == nil ? melding.product : nil)
            groepen[sleutel, default: []].append(melding)
        }
        var trajecten: [Sleutel: Zorgtraject] = [:]
        for (sleutel, leden) in groepen {
            trajecten[sleutel] = Zorgtraject(
                sleutel: sleutel, starts: leden.filter { !$0.isStop }.sorted { $0.begindatum < $1.begindatum },
                stops: leden.filter(\.isStop))
        }
        return trajecten
    }

    /// The first Begindatum of care (`nil`: never started).
    var eersteStart: Datum? { starts.first?.begindatum }

    /// The product code of the starts (for the segment when no toewijzing is known).
    var productCode: String? {
        starts.lazy.compactMap(\.product?.code).first ?? stops.lazy.compactMap(\.product?.code).first
    }

    /// On `dag`: the latest start on or before it, and its stops. A stop's Einddatum is the last
    /// day of care, so on the Einddatum itself care still counts.
    func stand(op dag: Datum) -> Stand {
        guard let start = starts.last(where: { $0.begindatum <= dag }) else { return .nietGestart }
        let afgelopen = stops.filter { stop in
            stop.begindatum == start.begindatum && (stop.einddatum.map { $0 < dag } ?? false)
        }
        if afgelopen.contains(where: { !$0.isTijdelijkeStop }) { return .gestopt }
        if !afgelopen.isEmpty { return .tijdelijkGestopt }
        return .inZorg
    }
}

/// Nearest-rank percentiles of whole numbers: the value at rank ⌈p·n/100⌉ of the sorted list
/// (so the median of an even count is the lower of the two middle values).
enum Rangpercentiel {
    static func waarde(_ p: Int, van waarden: [Int]) -> Int? {
        guard !waarden.isEmpty, (1...100).contains(p) else { return nil }
        let gesorteerd = waarden.sorted()
        let rang = (p * gesorteerd.count + 99) / 100
        return gesorteerd[max(rang, 1) - 1]
    }
}
