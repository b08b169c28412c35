/// The auditors' report of one processing day, for the whole region or one gemeente: every
/// rejected or signalled class and every file without retour, with a summary per rule and
/// per aanbieder.
struct Afwijzingsrapport: Sendable {
    struct Regeltotaal: Sendable, Hashable {
        let regel: String
        let niveau: Int
        let bron: RegelBron
        let betekenis: String
        let retourcodes: [String]
        let afgewezen: Int
        let signalen: Int
        let nietVerwerkt: Int
        /// Amounts of the rejected classes that carry one (prestatie, declaratie).
        let bedrag: Int64
    }

    struct Aanbiedertotaal: Sendable, Hashable {
        let aanbieder: String?
        let naam: String?
        let afgewezen: Int
        let signalen: Int
        let nietVerwerkt: Int
        let bedrag: Int64
    }

    let regio: String
    let datum: Datum
    let gemeente: String?
    let gemeentenaam: String?
    /// Messages received that day (for that gemeente) per outcome (`geaccepteerd`,
    /// `afgewezen`, …), most frequent first.
    let uitkomsten: [(uitkomst: String, aantal: Int)]
    let regels: [Afwijzingsregel]

    var aantalBerichten: Int { uitkomsten.reduce(0) { $0 + $1.aantal } }

    /// `berichten`: the day's messages with a finding or set aside; `tellingen`: all the day's
    /// messages per gemeente and outcome.
    init(
        regio: String, datum: Datum, gemeente: String?, berichten: [Berichtregel], tellingen: [Uitkomsttelling],
        bevindingen: [Bevindingregel], config: Regioconfiguratie, tijd: Ontvangsttijd
    ) {
        self.regio = regio
        self.datum = datum
        self.gemeente = gemeente
        gemeentenaam = config.gemeentenaam(gemeente)
        var perUitkomst: [String: Int] = [:]
        for telling in tellingen where gemeente == nil || telling.gemeente == gemeente {
            perUitkomst[telling.uitkomst, default: 0] += telling.aantal
        }
        uitkomsten = perUitkomst.map { ($0.key, $0.value) }.sorted {
            ($1.aantal, $0.uitkomst) < ($0.aantal, $1.uitkomst)
        }
        let gekozen = berichten.filter { gemeente == nil || $0.gemeente == gemeente }
        let perBericht = Dictionary(grouping: bevindingen, by: \.berichtID)
        var regels: [Afwijzingsregel] = []
        for bericht in gekozen {
            if bericht.uitkomst == "xsd-ongeldig" || bericht.uitkomst == "geweigerd" {
                regels.append(Afwijzingsregel(apartGezet: bericht, config: config, tijd: tijd))
            }
            for bevinding in perBericht[bericht.id] ?? [] {
                regels.append(Afwijzingsregel(bericht, bevinding, config: config, tijd: tijd))
            }
        }
        self.regels = regels
    }

    var perRegel: [Regeltotaal] {
        Dictionary(grouping: regels, by: \.regel).map { code, regels in
            Regeltotaal(
                regel: code, niveau: regels[0].niveau, bron: regels[0].bron,
                betekenis: Regelcatalogus.regel(code)?.betekenis ?? Self.betekenis(code),
                retourcodes: Set(regels.compactMap(\.retourcode)).sorted(),
                afgewezen: regels.filter { $0.behandeling == .afgewezen }.count,
                signalen: regels.filter { $0.behandeling == .signaal }.count,
                nietVerwerkt: regels.filter { $0.behandeling == .nietVerwerkt }.count,
                bedrag: Self.afgewezenBedrag(regels))
        }.sorted { $0.regel < $1.regel }
    }

    var perAanbieder: [Aanbiedertotaal] {
        Dictionary(grouping: regels, by: \.aanbieder).map { aanbieder, regels in
            Aanbiedertotaal(
                aanbieder: aanbieder, naam: regels[0].aanbiedernaam,
                afgewezen: regels.filter { $0.behandeling == .afgewezen }.count,
                signalen: regels.filter { $0.behandeling == .signaal }.count,
                nietVerwerkt: regels.filter { $0.behandeling == .nietVerwerkt }.count,
                bedrag: Self.afgewezenBedrag(regels))
        }.sorted { ($0.aanbieder ?? "~") < ($1.aanbieder ?? "~") }
    }

    var afgewezenBedrag: Int64 { Self.afgewezenBedrag(regels) }

    func csv() -> [UInt8] { NederlandseCSV.bytes(Tabel(regels, kolommen: Afwijzingsregel.kolommen)) }

    private static func afgewezenBedrag(_ regels: [Afwijzingsregel]) -> Int64 {
        regels.filter { $0.behandeling == .afgewezen }.reduce(0) { $0 + ($1.bedrag ?? 0) }
    }

    private static func betekenis(_ code: String) -> String {
        switch code {
        case "XSD":
            "Bericht voldoet niet aan de XSD (niveau 1): er volgt geen retour, het bestand staat in spool/rejected/"
        case "WEIGERING":
            "Geen leesbaar iJw/iWmo 3.2-bericht: er volgt geen retour, het bestand staat in spool/rejected/"
        default: ""
        }
    }
}
