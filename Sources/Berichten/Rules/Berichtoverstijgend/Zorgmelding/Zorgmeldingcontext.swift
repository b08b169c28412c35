/// What the level-3/4 rules of a 305/307 may know of the store, fetched before any rule runs.
struct Zorgmeldingcontext: Sendable {
    let wet: Wet
    /// Current version per ToewijzingNummer of the message (absent: unknown in this gemeente).
    let toewijzingen: [Int64: OpgeslagenToewijzing]
    /// The client's starts and stops of this aanbieder in this gemeente that are not deleted.
    let meldingen: [OpgeslagenZorgmelding]

    init(wet: Wet, toewijzingen: [Int64: OpgeslagenToewijzing] = [:], meldingen: [OpgeslagenZorgmelding] = []) {
        self.wet = wet
        self.toewijzingen = toewijzingen
        self.meldingen = meldingen
    }

    init(_ bericht: Zorgmeldingbericht, opslag: Opslagtransactie) throws {
        let wet = bericht.soort.standaard.wet
        self.init(
            wet: wet,
            toewijzingen: try opslag.huidigeToewijzingen(
                gemeente: bericht.gemeente, wet: wet,
                nummers: Set(bericht.client.producten.compactMap(\.toewijzingNummer))
            ),
            meldingen: try opslag.zorgmeldingen(
                gemeente: bericht.gemeente, wet: wet, aanbieder: bericht.aanbieder, bsn: bericht.client.bsn))
    }
}

/// One StartProduct or StopProduct and everything its rules may look at.
struct Zorgmeldingsgeval: Sendable {
    let product: Zorgmeldingproduct
    let doel: Klassedoel
    let bericht: Zorgmeldingbericht
    let context: Zorgmeldingcontext
    let config: Regioconfiguratie

    /// The stored starts and stops, without those that this message deletes (StatusAanlevering 3):
    /// a correction deletes and re-delivers in one message.
    var meldingen: [OpgeslagenZorgmelding] {
        let verwijderd = Set(
            bericht.client.producten.filter { $0.statusAanlevering == .verwijderen }.map {
                Zorgmeldingsleutel($0, stop: bericht.isStop)
            })
        guard !verwijderd.isEmpty else { return context.meldingen }
        return context.meldingen.filter { $0.isStop != bericht.isStop || !verwijderd.contains($0.zorgmeldingsleutel) }
    }

    var starts: [OpgeslagenZorgmelding] { meldingen.filter { !$0.isStop } }
    var stops: [OpgeslagenZorgmelding] { meldingen.filter(\.isStop) }

    /// The stored deliveries of the same kind (start or stop) with exactly this product's key.
    var zelfdeSleutel: [OpgeslagenZorgmelding] {
        let sleutel = Zorgmeldingsleutel(product, stop: bericht.isStop)
        return context.meldingen.filter { $0.isStop == bericht.isStop && $0.zorgmeldingsleutel == sleutel }
    }

    /// The stored stops on the start this StopProduct is about, other than an identical one (TR074's case).
    var anderestopsOpDezeStart: [OpgeslagenZorgmelding] {
        let sleutel = Zorgmeldingsleutel(product, stop: true)
        return stops.filter { $0.sleutel == product.startsleutel && $0.zorgmeldingsleutel != sleutel }
    }
}

extension OpgeslagenZorgmelding {
    var zorgmeldingsleutel: Zorgmeldingsleutel {
        Zorgmeldingsleutel(start: sleutel, redenBeeindiging: redenBeeindiging, einddatum: einddatum)
    }
}

/// A level-3/4 rule on a StartProduct or StopProduct, as data: its catalogue entry and its check.
struct Zorgmeldingsregel: Sendable {
    let regel: Regel
    private let check: @Sendable (Zorgmeldingsgeval) -> [Bevinding]

    init(_ regel: Regel, _ check: @escaping @Sendable (Zorgmeldingsgeval) -> [Bevinding]) {
        self.regel = regel
        self.check = check
    }

    func controleer(_ geval: Zorgmeldingsgeval) -> [Bevinding] { check(geval) }
}

/// Level-3/4 judgement of a 305/307: the context once, then every rule on every product.
struct Zorgmeldingcontrole {
    let config: Regioconfiguratie

    func controleer(_ bericht: Zorgmeldingbericht, _ opslag: Opslagtransactie) throws -> [Bevinding] {
        let context = try Zorgmeldingcontext(bericht, opslag: opslag)
        return Self.controleer(bericht, context, config)
    }

    static func controleer(
        _ bericht: Zorgmeldingbericht, _ context: Zorgmeldingcontext, _ config: Regioconfiguratie
    ) -> [Bevinding] {
        let regels = bericht.isStop ? Zorgmeldingsregels.stop : Zorgmeldingsregels.start
        var uit: [Bevinding] = []
        for (index, product) in bericht.client.producten.enumerated() {
            let geval = Zorgmeldingsgeval(
                product: product, doel: .zorgmeldingproduct(index), bericht: bericht, context: context, config: config)
            for regel in regels { uit += regel.controleer(geval) }
        }
        return uit
    }
}
