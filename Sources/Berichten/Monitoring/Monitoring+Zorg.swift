/// The start/stop files (305/307): `in-zorg`, `wachttijden-<jaar>`, `stops-<jaar>` and `kruiscontroles`, per
/// gemeente and for the region. Recomputed whole from the store each time (a start or stop
/// changes the picture of every later day); written only once the store holds a start or stop.
extension Monitoring {
    func schrijfZorgmonitoring(gemeenten: [String], regio: Bool, peildatum: Datum) throws -> [String] {
        guard try opslag.heeftZorgmeldingen() else { return [] }
        var paden: [String] = []
        for gemeente in gemeenten {
            paden += try schrijfZorg(gemeente: gemeente, map: monitoringMap + "/" + gemeente, peildatum: peildatum)
        }
        if regio { paden += try schrijfZorg(gemeente: nil, map: monitoringMap + "/regio", peildatum: peildatum) }
        return paden
    }

    private func schrijfZorg(gemeente: String?, map: String, peildatum: Datum) throws -> [String] {
        let bron = Zorgmonitoringbron(
            meldingen: try opslag.zorgmeldingregels(gemeente: gemeente),
            toewijzingen: try opslag.alleHuidigeToewijzingen(gemeente: gemeente))
        var paden = try schrijf(
            map: map, naam: "in-zorg", kop: kop("in-zorg", gemeente: gemeente, jaar: nil, peildatum: peildatum),
            tabel: Tabel(
                InZorgstand.standen(
                    gemeente: gemeente, trajecten: bron.trajecten, toewijzingen: bron.toewijzingen, config: config,
                    peildatum: peildatum),
                kolommen: InZorgstand.kolommen))
        paden += try schrijf(
            map: map, naam: "kruiscontroles",
            kop: kop("kruiscontroles", gemeente: gemeente, jaar: nil, peildatum: peildatum),
            tabel: Tabel(
                Kruiscontrole.regels(
                    bron: bron, gedeclareerd: try opslag.gedeclareerdePerioden(gemeente: gemeente), config: config,
                    peildatum: peildatum),
                kolommen: Kruiscontrole.kolommen))
        let jaren = Set(bron.toewijzingen.values.map(\.ingangsdatum.jaar))
            .union(bron.meldingen.compactMap(\.einddatum?.jaar)).union([peildatum.jaar]).sorted()
        for jaar in jaren {
            paden += try schrijf(
                map: map, naam: "wachttijden-\(jaar)",
                kop: kop("wachttijden", gemeente: gemeente, jaar: jaar, peildatum: peildatum),
                tabel: Tabel(
                    Wachttijdregel.regels(
                        jaar: jaar, gemeente: gemeente, bron: bron, config: config, peildatum: peildatum),
                    kolommen: Wachttijdregel.kolommen))
            paden += try schrijf(
                map: map, naam: "stops-\(jaar)", kop: kop("stops", gemeente: gemeente, jaar: jaar, peildatum: nil),
                tabel: Tabel(
                    Stopregel.regels(jaar: jaar, gemeente: gemeente, bron: bron, config: config),
                    kolommen: Stopregel.kolommen))
        }
        return paden
    }
}
