/// Writing the individual monitoring files and reports.
extension Monitoring {
    func schrijfProductie(gemeente: String, jaar: Int) throws -> [String] {
        let regels = Productieregel.regels(
            gemeente: gemeente, try opslag.productietellingen(gemeente: gemeente, jaar: jaar), config: config)
        return try schrijf(
            map: monitoringMap + "/" + gemeente, naam: "productie-\(jaar)",
            kop: kop("productie", gemeente: gemeente, jaar: jaar, peildatum: nil),
            tabel: Tabel(regels, kolommen: Productieregel.kolommen))
    }

    /// The active toewijzingen of a gemeente on the peildatum, as `toewijzingen` and the dashboards show them.
    func toewijzingsstanden(gemeente: String, peildatum: Datum) throws -> [Toewijzingsstand] {
        Toewijzingsstand.standen(
            gemeente: gemeente, versies: try opslag.huidigeToewijzingen(gemeente: gemeente, actiefOp: peildatum),
            toegekend: try opslag.toegekendPerToewijzing(gemeente: gemeente), config: config, peildatum: peildatum)
    }

    func schrijfToewijzingen(gemeente: String, standen: [Toewijzingsstand], peildatum: Datum) throws -> [String] {
        try schrijf(
            map: monitoringMap + "/" + gemeente, naam: "toewijzingen",
            kop: kop("toewijzingen", gemeente: gemeente, jaar: nil, peildatum: peildatum),
            tabel: Tabel(standen, kolommen: Toewijzingsstand.kolommen))
    }

    /// The approved amounts of one year, streamed once per run for the ceilings, the regional
    /// files and the dashboards.
    func jaartoekenningen(_ jaar: Int) throws -> Jaartoekenningen {
        try Jaartoekenningen(config: config) { try opslag.toekenningen(jaar: jaar, $0) }
    }

    /// The ceilings of each gemeente in `gemeenten`; with `regio` also every ceiling and the
    /// regional key figures of the year.
    func schrijfPlafonds(
        jaar: Int, gemeenten: [String], regio: Bool, peildatum: Datum, toekenningen: Jaartoekenningen
    ) throws -> [String] {
        var paden: [String] = []
        for gemeente in gemeenten {
            let standen = Plafondstand.standen(
                jaar: jaar, gemeente: gemeente, toekenningen: toekenningen, config: config, peildatum: peildatum)
            paden += try schrijf(
                map: monitoringMap + "/" + gemeente, naam: "plafonds-\(jaar)",
                kop: kop("plafonds", gemeente: gemeente, jaar: jaar, peildatum: peildatum),
                tabel: Tabel(standen, kolommen: Plafondstand.kolommen))
        }
        guard regio else { return paden }
        let map = monitoringMap + "/regio"
        paden += try schrijf(
            map: map, naam: "plafonds-\(jaar)", kop: kop("plafonds", gemeente: nil, jaar: jaar, peildatum: peildatum),
            tabel: Tabel(
                Plafondstand.standen(
                    jaar: jaar, gemeente: nil, toekenningen: toekenningen, config: config, peildatum: peildatum),
                kolommen: Plafondstand.kolommen))
        paden += try schrijf(
            map: map, naam: "segmenten-\(jaar)", kop: kop("segmenten", gemeente: nil, jaar: jaar, peildatum: nil),
            tabel: Tabel(
                Segmentkengetallen.kengetallen(jaar: jaar, toekenningen: toekenningen, config: config),
                kolommen: Segmentkengetallen.kolommen))
        paden += try schrijf(
            map: map, naam: "gemeenten-\(jaar)", kop: kop("gemeenten", gemeente: nil, jaar: jaar, peildatum: nil),
            tabel: Tabel(
                Gemeentekengetallen.kengetallen(jaar: jaar, toekenningen: toekenningen, config: config),
                kolommen: Gemeentekengetallen.kolommen))
        return paden
    }

    /// The reports of one processing day: the region's (with `regio`) and one per gemeente that
    /// had messages that day (`nil`: every such gemeente).
    func schrijfRapporten(dag: Datum, gemeenten: Set<String>?, regio: Bool) throws -> [String] {
        let (van, tot) = tijd.grenzen(dag)
        let berichten = try opslag.rapportberichten(ontvangenVan: van, tot: tot)
        let tellingen = try opslag.uitkomsttellingen(ontvangenVan: van, tot: tot)
        let bevindingen = try opslag.bevindingregels(ontvangenVan: van, tot: tot)
        let metBerichten = Set(tellingen.compactMap(\.gemeente))
        let map = rapportenMap + "/" + dag.description
        var keuze: [String?] = regio ? [nil] : []
        keuze += (gemeenten ?? metBerichten).intersection(metBerichten).filter(Self.isGemeentecode).sorted().map { $0 }
        var paden: [String] = []
        for gemeente in keuze {
            let rapport = Afwijzingsrapport(
                regio: config.naam, datum: dag, gemeente: gemeente, berichten: berichten, tellingen: tellingen,
                bevindingen: bevindingen,
                config: config, tijd: tijd)
            let naam = map + "/afwijzingen" + (gemeente.map { "-" + $0 } ?? "")
            try Spool.writeAtomically(rapport.html(), naar: naam + ".html")
            try Spool.writeAtomically(rapport.csv(), naar: naam + ".csv")
            paden += [naam + ".html", naam + ".csv"]
        }
        return paden
    }

    func kop(_ bestand: String, gemeente: String?, jaar: Int?, peildatum: Datum?) -> [(String, Cel)] {
        var kop: [(String, Cel)] = [("bestand", .tekst(bestand)), ("regio", .tekst(config.naam))]
        if let gemeente {
            kop += [("gemeente", .tekst(gemeente)), ("gemeente_naam", .tekst(config.gemeentenaam(gemeente)))]
        }
        if let jaar { kop.append(("jaar", .getal(jaar))) }
        if let peildatum { kop.append(("peildatum", .tekst(peildatum.description))) }
        return kop
    }

    func schrijf(map: String, naam: String, kop: [(String, Cel)], tabel: Tabel) throws -> [String] {
        let pad = map + "/" + naam
        try Spool.writeAtomically(NederlandseCSV.bytes(tabel), naar: pad + ".csv")
        try Spool.writeAtomically(JSONTabel.bytes(tabel, kop: kop), naar: pad + ".json")
        return [pad + ".csv", pad + ".json"]
    }
}
