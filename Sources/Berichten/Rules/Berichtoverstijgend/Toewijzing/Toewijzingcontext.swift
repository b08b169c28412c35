/// What the level-3/4 rules of a 301 may know of the store, fetched before any rule runs.
struct Toewijzingcontext: Sendable {
    let wet: Wet
    /// Current version per ToewijzingNummer of the message (absent: a new number).
    let huidige: [Int64: OpgeslagenToewijzing]
    /// ToewijzingNummers whose ReferentieAanbieder of the message was sent before (TR379).
    let referentieVerzonden: Set<Int64>
    /// Standing debets per ToewijzingNummer that the message deletes (TR385).
    let staandeDebets: [Int64: Int]
    /// The client had a toewijzing of this aanbieder before the transition period of a product's
    /// segment (BD003), per ToewijzingNummer of a product whose aanbieder is in transition.
    let eerderBijAanbieder: [Int64: Bool]

    init(
        wet: Wet, huidige: [Int64: OpgeslagenToewijzing] = [:], referentieVerzonden: Set<Int64> = [],
        staandeDebets: [Int64: Int] = [:], eerderBijAanbieder: [Int64: Bool] = [:]
    ) {
        self.wet = wet
        self.huidige = huidige
        self.referentieVerzonden = referentieVerzonden
        self.staandeDebets = staandeDebets
        self.eerderBijAanbieder = eerderBijAanbieder
    }

    init(_ bericht: Toewijzingbericht, config: Regioconfiguratie, opslag: Opslagtransactie) throws {
        let wet = bericht.soort.standaard.wet
        let producten = bericht.client.toegewezenProducten
        var referentieVerzonden = Set<Int64>()
        var staandeDebets: [Int64: Int] = [:]
        var eerder: [Int64: Bool] = [:]
        for product in producten {
            if let referentie = product.referentieAanbieder,
                try opslag.referentieAanbiederVerzonden(
                    gemeente: bericht.gemeente, wet: wet, nummer: product.toewijzingNummer, referentie: referentie)
            {
                referentieVerzonden.insert(product.toewijzingNummer)
            }
            if product.redenWijziging == .verwijderd {
                staandeDebets[product.toewijzingNummer] = try opslag.staandeDebets(
                    gemeente: bericht.gemeente, wet: wet, toewijzingNummer: product.toewijzingNummer)
            }
            if let code = product.product?.code, let segment = config.segment(wet: wet, productCode: code),
                case .overgang(let contract) = config.contractstatus(
                    aanbieder: bericht.aanbieder, segment: segment.code, gemeente: bericht.gemeente,
                    op: product.ingangsdatum)
            {
                eerder[product.toewijzingNummer] = try opslag.heeftEerdereToewijzing(
                    gemeente: bericht.gemeente, wet: wet, aanbieder: bericht.aanbieder, bsn: bericht.client.bsn,
                    voor: contract.overgang?.van ?? product.ingangsdatum)
            }
        }
        self.init(
            wet: wet,
            huidige: try opslag.huidigeToewijzingen(
                gemeente: bericht.gemeente, wet: wet, nummers: Set(producten.map(\.toewijzingNummer))),
            referentieVerzonden: referentieVerzonden, staandeDebets: staandeDebets, eerderBijAanbieder: eerder)
    }
}

/// One ToegewezenProduct of a 301 and everything its rules may look at.
struct Toewijzingsgeval: Sendable {
    let product: ToegewezenProduct
    let doel: Klassedoel
    let bericht: Toewijzingbericht
    let context: Toewijzingcontext
    let config: Regioconfiguratie

    var huidige: OpgeslagenToewijzing? { context.huidige[product.toewijzingNummer] }
}

/// A level-3/4 rule on a ToegewezenProduct, as data: its catalogue entry and its check.
struct Toewijzingsregel: Sendable {
    let regel: Regel
    private let check: @Sendable (Toewijzingsgeval) -> [Bevinding]

    init(_ regel: Regel, _ check: @escaping @Sendable (Toewijzingsgeval) -> [Bevinding]) {
        self.regel = regel
        self.check = check
    }

    func controleer(_ geval: Toewijzingsgeval) -> [Bevinding] { check(geval) }
}
