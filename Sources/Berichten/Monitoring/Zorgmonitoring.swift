/// The start/stop monitoring of one gemeente (or of the region when `gemeente` is `nil`) on a
/// peildatum: the rows of `in-zorg`, `kruiscontroles`, `wachttijden-<jaar>` and `stops-<jaar>`,
/// computed once per run, then written to those files and shown on the dashboard as they are.
struct Zorgmonitoring: Sendable {
    let gemeente: String?
    let peildatum: Datum
    let inZorg: [InZorgstand]
    let kruiscontroles: [Kruiscontrole]
    /// Per year: every year of an Ingangsdatum or Einddatum in the store, and the peildatum's.
    let wachttijden: [Int: [Wachttijdregel]]
    let stops: [Int: [Stopregel]]

    init(
        gemeente: String?, bron: Zorgmonitoringbron,
        gedeclareerd: [Zorgmonitoringbron.ToewijzingSleutel: Gedeclareerd], config: Regioconfiguratie,
        peildatum: Datum
    ) {
        self.gemeente = gemeente
        self.peildatum = peildatum
        inZorg = InZorgstand.standen(
            gemeente: gemeente, trajecten: bron.trajecten, toewijzingen: bron.toewijzingen, config: config,
            peildatum: peildatum)
        kruiscontroles = Kruiscontrole.regels(
            bron: bron, gedeclareerd: gedeclareerd, config: config, peildatum: peildatum)
        let jaren = Set(bron.toewijzingen.values.map(\.ingangsdatum.jaar))
            .union(bron.meldingen.compactMap(\.einddatum?.jaar)).union([peildatum.jaar])
        var wachttijden: [Int: [Wachttijdregel]] = [:]
        var stops: [Int: [Stopregel]] = [:]
        for jaar in jaren {
            wachttijden[jaar] = Wachttijdregel.regels(
                jaar: jaar, gemeente: gemeente, bron: bron, config: config, peildatum: peildatum)
            stops[jaar] = Stopregel.regels(jaar: jaar, gemeente: gemeente, bron: bron, config: config)
        }
        self.wachttijden = wachttijden
        self.stops = stops
    }

    var jaren: [Int] { wachttijden.keys.sorted() }
}

/// The start/stop monitoring of one run: per gemeente and for the region. Empty when the store
/// holds no start or stop (then neither the files nor the dashboard section exist).
struct Zorgmonitoringen: Sendable {
    var gemeenten: [String: Zorgmonitoring] = [:]
    var regio: Zorgmonitoring?

    /// `nil`: the region's.
    func van(_ gemeente: String?) -> Zorgmonitoring? { gemeente.map { gemeenten[$0] } ?? regio }
}
