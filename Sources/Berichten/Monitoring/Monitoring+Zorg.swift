/// The start/stop files (305/307): `in-zorg`, `wachttijden-<jaar>`, `stops-<jaar>` and `kruiscontroles`, per
/// gemeente and for the region. Recomputed whole from the store each time (a start or stop
/// changes the picture of every later day); written only once the store holds a start or stop.
extension Monitoring {
    /// Computed once per run: the files and the dashboards show these same rows.
    func zorgmonitoring(gemeenten: [String], regio: Bool, peildatum: Datum) throws -> Zorgmonitoringen {
        var uit = Zorgmonitoringen()
        guard try opslag.heeftZorgmeldingen() else { return uit }
        for gemeente in gemeenten {
            uit.gemeenten[gemeente] = try zorgmonitoring(gemeente: gemeente, peildatum: peildatum)
        }
        if regio { uit.regio = try zorgmonitoring(gemeente: nil, peildatum: peildatum) }
        return uit
    }

    private func zorgmonitoring(gemeente: String?, peildatum: Datum) throws -> Zorgmonitoring {
        let bron = Zorgmonitoringbron(
            meldingen: try opslag.zorgmeldingregels(gemeente: gemeente),
            toewijzingen: try opslag.alleHuidigeToewijzingen(gemeente: gemeente))
        return Zorgmonitoring(
            gemeente: gemeente, bron: bron, gedeclareerd: try opslag.gedeclareerdePerioden(gemeente: gemeente),
            config: config, peildatum: peildatum)
    }

    func schrijfZorgmonitoring(_ zorg: Zorgmonitoringen) throws -> [String] {
        var paden: [String] = []
        for (gemeente, stand) in zorg.gemeenten.sorted(by: { $0.key < $1.key }) {
            paden += try schrijfZorg(stand, map: monitoringMap + "/" + gemeente)
        }
        if let regio = zorg.regio { paden += try schrijfZorg(regio, map: monitoringMap + "/regio") }
        return paden
    }

    private func schrijfZorg(_ zorg: Zorgmonitoring, map: String) throws -> [String] {
        let gemeente = zorg.gemeente
        let peildatum = zorg.peildatum
        var paden = try schrijf(
            map: map, naam: "in-zorg", kop: kop("in-zorg", gemeente: gemeente, jaar: nil, peildatum: peildatum),
            tabel: Tabel(zorg.inZorg, kolommen: InZorgstand.kolommen))
        paden += try schrijf(
            map: map, naam: "kruiscontroles",
            kop: kop("kruiscontroles", gemeente: gemeente, jaar: nil, peildatum: peildatum),
            tabel: Tabel(zorg.kruiscontroles, kolommen: Kruiscontrole.kolommen))
        for jaar in zorg.jaren {
            paden += try schrijf(
                map: map, naam: "wachttijden-\(jaar)",
                kop: kop("wachttijden", gemeente: gemeente, jaar: jaar, peildatum: peildatum),
                tabel: Tabel(zorg.wachttijden[jaar] ?? [], kolommen: Wachttijdregel.kolommen))
            paden += try schrijf(
                map: map, naam: "stops-\(jaar)", kop: kop("stops", gemeente: gemeente, jaar: jaar, peildatum: nil),
                tabel: Tabel(zorg.stops[jaar] ?? [], kolommen: Stopregel.kolommen))
        }
        return paden
    }
}
