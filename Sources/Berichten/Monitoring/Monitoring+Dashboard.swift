/// Writing the dashboards: `monitoring/<gemeente>/index.html` and `monitoring/regio/index.html`.
extension Monitoring {
    /// The dashboards of `gemeenten` and, with `regio`, the region's, for the peildatum's year.
    /// `toekenningen`: of that year, as the plafonds and regional files of this run used them;
    /// `toewijzingen`: the standen this run already wrote to `toewijzingen` (the rest is read).
    /// The region sums every gemeente in the config or the store, as `regio/gemeenten` does.
    /// `zorg`: the start/stop rows this run writes to `in-zorg`, `wachttijden` and `kruiscontroles`.
    func schrijfDashboards(
        gemeenten: [String], regio: Bool, peildatum: Datum, toekenningen: Jaartoekenningen,
        toewijzingen bekend: [String: [Toewijzingsstand]], zorg: Zorgmonitoringen
    ) throws -> [String] {
        let jaar = peildatum.jaar
        let alle = try Set(config.gemeenten.map(\.code)).union(opslag.gemeentenMetGegevens()).filter(
            Self.isGemeentecode
        ).sorted()
        let gekozen = gemeenten.filter(Self.isGemeentecode)
        let metToewijzingen = regio ? alle : gekozen
        var productie: [String: [Productieregel]] = [:]
        var vorigJaar: [String: [Productieregel]] = [:]
        var toewijzingen: [String: [Toewijzingsstand]] = [:]
        for gemeente in Set(alle).union(gekozen).sorted() {
            productie[gemeente] = Productieregel.regels(
                gemeente: gemeente, try opslag.productietellingen(gemeente: gemeente, jaar: jaar), config: config)
        }
        for gemeente in metToewijzingen {
            vorigJaar[gemeente] = Productieregel.regels(
                gemeente: gemeente, try opslag.productietellingen(gemeente: gemeente, jaar: jaar - 1), config: config)
            toewijzingen[gemeente] =
                try bekend[gemeente] ?? toewijzingsstanden(gemeente: gemeente, peildatum: peildatum)
        }
        let begin = Datum(jaar: jaar, maand: 1, dag: 1).map { tijd.grenzen($0).van } ?? ""
        let afwijzingen = Dictionary(grouping: try opslag.afwijzingtellingen(ontvangenVanaf: begin), by: \.gemeente)
        let kengetallen = Gemeentekengetallen.kengetallen(jaar: jaar, toekenningen: toekenningen, config: config)

        func dashboard(_ gemeente: String?, _ keuze: [String]) -> Dashboard {
            let regels = keuze.flatMap { productie[$0] ?? [] }
            return Dashboard(
                regio: config.naam, gemeente: gemeente, gemeentenaam: config.gemeentenaam(gemeente),
                peildatum: peildatum,
                kengetallen: kengetallen.filter { gemeente == nil || $0.gemeente == gemeente },
                plafonds: Plafondstand.standen(
                    jaar: jaar, gemeente: gemeente, toekenningen: toekenningen, config: config, peildatum: peildatum
                ).map { Plafondverloop($0, productie: productie) },
                productie: regels, productieVorigJaar: keuze.flatMap { vorigJaar[$0] ?? [] },
                toewijzingen: keuze.flatMap { toewijzingen[$0] ?? [] },
                aanbieders: Aanbiederstand.standen(
                    productie: regels, afwijzingen: keuze.flatMap { afwijzingen[$0] ?? [] }, config: config, tijd: tijd),
                zorg: zorg.van(gemeente)
            )
        }
        var paden: [String] = []
        for gemeente in gekozen {
            let pad = monitoringMap + "/" + gemeente + "/index.html"
            try Spool.writeAtomically(dashboard(gemeente, [gemeente]).html(), naar: pad)
            paden.append(pad)
        }
        if regio {
            let pad = monitoringMap + "/regio/index.html"
            try Spool.writeAtomically(dashboard(nil, alle).html(), naar: pad)
            paden.append(pad)
        }
        return paden
    }
}
