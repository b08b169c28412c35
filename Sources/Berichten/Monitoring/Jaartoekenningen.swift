/// The approved amounts of one year (of ProductPeriode begin), summed while the store's rows
/// per client stream past: amounts per segment, gemeente and aanbieder, and the unique clients
/// per segment, per gemeente and in the region. A national year holds well over a million
/// client rows; none of them is kept.
struct Jaartoekenningen: Sendable {
    /// A segment of the region, or a wet whose product is outside the region's product list.
    enum Soort: Hashable, Sendable {
        case segment(String)
        case onbekend(wet: String)
    }

    struct Groep: Hashable, Sendable {
        let soort: Soort
        let gemeente: String
        let aanbieder: String
    }

    private(set) var bedragen: [Groep: Int64] = [:]
    private(set) var clientenPerSoort: [Soort: Set<Int>] = [:]
    private(set) var clientenPerGemeente: [String: Set<Int>] = [:]
    private(set) var clientenRegio: Set<Int> = []

    init(config: Regioconfiguratie, _ rijen: ((Toekenning) throws -> Void) throws -> Void) rethrows {
        try rijen { toekenning in
            let soort =
                config.segment(wet: toekenning.wet, code: toekenning.code).map { Soort.segment($0.code) }
                ?? .onbekend(wet: toekenning.wet)
            bedragen[Groep(soort: soort, gemeente: toekenning.gemeente, aanbieder: toekenning.aanbieder), default: 0] +=
                toekenning.bedrag
            let client = Self.client(toekenning.bsn)
            clientenPerSoort[soort, default: []].insert(client)
            clientenPerGemeente[toekenning.gemeente, default: []].insert(client)
            clientenRegio.insert(client)
        }
    }

    /// Approved in a segment, within one gemeente and for one aanbieder when given.
    func bedrag(segment: String, gemeente: String?, aanbieder: String?) -> Int64 {
        bedragen.reduce(0) { som, deel in
            deel.key.soort == .segment(segment) && (gemeente == nil || deel.key.gemeente == gemeente)
                && (aanbieder == nil || deel.key.aanbieder == aanbieder) ? som + deel.value : som
        }
    }

    /// Approved per aanbieder within one segment or unknown wet.
    func perAanbieder(_ soort: Soort) -> [String: Int64] {
        var uit: [String: Int64] = [:]
        for (groep, bedrag) in bedragen where groep.soort == soort { uit[groep.aanbieder, default: 0] += bedrag }
        return uit
    }

    /// Wets with approved products outside the region's product list.
    var onbekendeWetten: [String] {
        Set(bedragen.keys.compactMap { if case .onbekend(let wet) = $0.soort { wet } else { nil } }).sorted()
    }

    /// A BSN is nine digits (XSD level 1), so a number; anything else still counts once.
    private static func client(_ bsn: String) -> Int {
        Int(bsn) ?? -1 - Int(bsn.hashValue.magnitude % UInt(Int.max))
    }
}
