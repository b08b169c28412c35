/// What the level-3/4 rules of a 323 may know of the store, fetched before any rule runs in a
/// few `IN (…)` queries: the rules themselves run no SQL. The store does not change while a
/// message is judged, so these answers hold for the whole message.
struct Declaratiecontext: Sendable {
    /// A product period of one toewijzing and product: the key of TR389.
    struct DebetSleutel: Hashable, Sendable {
        let toewijzingNummer: Int64
        let product: Product
        let periode: Periode
    }

    let wet: Wet
    /// TR333: the aanbieder used this DeclaratieNummer before.
    let declaratieNummerGebruikt: Bool
    /// TR318: the begin of the last declared period of this aanbieder and gemeente.
    let laatsteDeclaratieperiode: Datum?
    /// Current version per ToewijzingNummer of the message (absent: no such toewijzing).
    let toewijzingen: [Int64: OpgeslagenToewijzing]
    /// First stored prestatie per (Vorig)ReferentieNummer of the message, of this aanbieder.
    let opgeslagen: [String: OpgeslagenPrestatie]
    /// What counts against each toewijzing of the message in the store, over its run and per
    /// product period of the message.
    let verbruik: [Int64: [Toewijzingsverbruik]]
    /// VorigReferentieNummers of the message that an approved credit in the store already credited (TR390).
    let gecrediteerd: Set<String>
    /// Approved debets in the store that were not credited, per key of a debet of the message
    /// whose period has one standing (TR389).
    let staandeDebets: [DebetSleutel: [String]]
    /// ToewijzingNummers of the message with a start (305) of this aanbieder that is not deleted
    /// (BD005); `nil` when not fetched, and then BD005 stays silent.
    let gestart: Set<Int64>?

    init(
        wet: Wet, declaratieNummerGebruikt: Bool = false, laatsteDeclaratieperiode: Datum? = nil,
        toewijzingen: [Int64: OpgeslagenToewijzing] = [:], opgeslagen: [String: OpgeslagenPrestatie] = [:],
        verbruik: [Int64: [Toewijzingsverbruik]] = [:], gecrediteerd: Set<String> = [],
        staandeDebets: [DebetSleutel: [String]] = [:], gestart: Set<Int64>? = nil
    ) {
        self.wet = wet
        self.declaratieNummerGebruikt = declaratieNummerGebruikt
        self.laatsteDeclaratieperiode = laatsteDeclaratieperiode
        self.toewijzingen = toewijzingen
        self.opgeslagen = opgeslagen
        self.verbruik = verbruik
        self.gecrediteerd = gecrediteerd
        self.staandeDebets = staandeDebets
        self.gestart = gestart
    }

    /// Fetches everything the rules ask about this message.
    init(_ bericht: Declaratiebericht, opslag: Opslagtransactie) throws {
        let wet = bericht.soort.standaard.wet
        var nummers = Set<Int64>()
        var perioden = Set<Periode>()
        var referentieNummers = Set<String>()
        var vorige = Set<String>()
        for client in bericht.clienten {
            for prestatie in client.prestaties {
                nummers.insert(prestatie.toewijzingNummer)
                perioden.insert(prestatie.productPeriode)
                referentieNummers.insert(prestatie.referentieNummer)
                if let vorig = prestatie.vorigReferentieNummer {
                    referentieNummers.insert(vorig)
                    vorige.insert(vorig)
                }
            }
        }
        let verbruik = try opslag.verbruik(
            gemeente: bericht.gemeente, wet: wet, toewijzingNummers: nummers, perioden: perioden)
        var staandeDebets: [DebetSleutel: [String]] = [:]
        for client in bericht.clienten {
            for prestatie in client.prestaties where prestatie.vorigReferentieNummer == nil {
                let sleutel = DebetSleutel(
                    toewijzingNummer: prestatie.toewijzingNummer, product: prestatie.product,
                    periode: prestatie.productPeriode)
                let staand = (verbruik[prestatie.toewijzingNummer] ?? []).contains {
                    $0.periode == sleutel.periode && $0.debets > 0
                }
                guard staand, staandeDebets[sleutel] == nil else { continue }
                staandeDebets[sleutel] = try opslag.nietGecrediteerdeDebets(
                    aanbieder: bericht.aanbieder, gemeente: bericht.gemeente, wet: wet,
                    toewijzingNummer: sleutel.toewijzingNummer,
                    categorie: prestatie.productCategorie, code: prestatie.productCode, periode: sleutel.periode)
            }
        }
        self.init(
            wet: wet,
            declaratieNummerGebruikt: try opslag.declaratieNummerGebruikt(
                aanbieder: bericht.aanbieder, wet: wet, nummer: bericht.declaratie.declaratieNummer),
            laatsteDeclaratieperiode: try opslag.laatsteDeclaratieperiode(
                aanbieder: bericht.aanbieder, gemeente: bericht.gemeente, wet: wet),
            toewijzingen: try opslag.huidigeToewijzingen(gemeente: bericht.gemeente, wet: wet, nummers: nummers),
            opgeslagen: try opslag.prestaties(
                aanbieder: bericht.aanbieder, wet: wet, referentieNummers: referentieNummers),
            verbruik: verbruik,
            gecrediteerd: try opslag.gecrediteerd(aanbieder: bericht.aanbieder, wet: wet, referentieNummers: vorige),
            staandeDebets: staandeDebets,
            gestart: try opslag.gestarteToewijzingen(
                gemeente: bericht.gemeente, wet: wet, aanbieder: bericht.aanbieder, nummers: nummers))
    }
}
