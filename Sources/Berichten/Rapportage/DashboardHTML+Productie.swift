/// The dashboard's production per month and segment (this year against last year) and the
/// utilisation of the active toewijzingen per segment, each chart with its table.
extension Dashboard {
    static let segmentkleuren = [
        "#1f5fa8", "#e08a1e", "#3a9d5d", "#8e5bb5", "#c94f4f", "#2a9bb0", "#b0892a", "#6b7b8c",
    ]

    func productieHTML() -> String {
        var h = "<h2 id=\"h-productie\">Productie per maand en segment (toegekend)</h2>\n"
        let segmenten = productiesegmenten
        guard !segmenten.isEmpty else { return h + "<p class=\"leeg\">Geen productie in \(jaar) of \(jaar - 1).</p>\n" }
        let vorig = toegekendPerMaand(vorigJaar: true)
        let metVorigJaar = !productieVorigJaar.isEmpty
        let perSegment = segmenten.map { toegekendPerMaand(segment: $0?.code) }
        let totaal = toegekendPerMaand(vorigJaar: false)
        let staven = segmenten.enumerated().map { index, segment in
            Grafiekreeks(
                naam: segment.map { "\($0.code) \($0.naam)" } ?? "buiten productcodelijst",
                kleur: Self.segmentkleuren[index % Self.segmentkleuren.count], waarden: perSegment[index].map { $0 })
        }
        let grafiek = Staafgrafiek(
            titel: "Toegekend per maand en segment, \(jaar)" + (metVorigJaar ? " tegen \(jaar - 1)" : ""),
            categorieen: HTMLOpmaak.kortemaanden, staven: staven,
            // Last year's months without production are left out, not drawn as zero: the store may begin mid-year.
            lijnen: metVorigJaar
                ? [Grafiekreeks(naam: "totaal \(jaar - 1)", kleur: "#333", waarden: vorig.map { $0 == 0 ? nil : $0 })]
                : [],
            breedte: 720, hoogte: 280)
        h += "<div class=\"paar\">\n" + grafiek.svg
        h += "<table id=\"productie\">\n<thead><tr><th>Maand</th>"
        for segment in segmenten {
            h +=
                "<th class=\"getal\">\(segment.map { "\(HTMLOpmaak.tekst($0.code))<br/><span class=\"klein\">\(HTMLOpmaak.tekst($0.naam))</span>" } ?? "overig")</th>"
        }
        h +=
            "<th class=\"getal\">Totaal \(jaar)</th>"
            + (metVorigJaar ? "<th class=\"getal\">Totaal \(jaar - 1)</th>" : "") + "</tr></thead>\n<tbody>\n"
        for maand in 0..<12
        where totaal[maand] != 0 || perSegment.contains(where: { $0[maand] != 0 }) || vorig[maand] != 0 {
            h += "<tr><td>\(HTMLOpmaak.maanden[maand])</td>"
            for reeks in perSegment { h += "<td class=\"getal\">\(HTMLOpmaak.euro(reeks[maand]))</td>" }
            h += "<td class=\"getal\">\(HTMLOpmaak.euro(totaal[maand]))</td>"
            h += (metVorigJaar ? "<td class=\"getal\">\(HTMLOpmaak.euro(vorig[maand]))</td>" : "") + "</tr>\n"
        }
        h += "<tr class=\"totaal\"><td>totaal</td>"
        for reeks in perSegment { h += "<td class=\"getal\">\(HTMLOpmaak.euro(reeks.reduce(0, +)))</td>" }
        h += "<td class=\"getal\">\(HTMLOpmaak.euro(totaal.reduce(0, +)))</td>"
        h += (metVorigJaar ? "<td class=\"getal\">\(HTMLOpmaak.euro(vorig.reduce(0, +)))</td>" : "") + "</tr>\n"
        return h + "</tbody>\n</table>\n</div>\n"
    }

    func uitnuttingHTML() -> String {
        var h = "<h2 id=\"h-uitnutting\">Uitnutting van de actieve toewijzingen op \(peildatum.nederlands)</h2>\n"
        let segmenten = uitnutting
        guard !segmenten.isEmpty else {
            return h + "<p class=\"leeg\">Geen actieve toewijzingen op de peildatum.</p>\n"
        }
        let grafiek = Staafgrafiek(
            titel: "Verplichting en gedeclareerd per segment",
            categorieen: segmenten.map { $0.segment?.code ?? "overig" },
            staven: [
                Grafiekreeks(naam: "verplichting", kleur: "#a9bcd6", waarden: segmenten.map(\.verplichting)),
                Grafiekreeks(naam: "gedeclareerd", kleur: "#1f5fa8", waarden: segmenten.map(\.gedeclareerd)),
            ],
            schikking: .naastElkaar, breedte: max(480, 170 + 76 * Double(segmenten.count)), hoogte: 240)
        h += "<div class=\"paar\">\n" + grafiek.svg
        h += """
            <table id="uitnutting">
            <thead><tr><th>Segment</th><th class="getal">Actieve toewijzingen</th><th class="getal">Verplichting</th>\
            <th class="getal">Gedeclareerd</th><th class="getal">Uitnutting</th><th class="getal">Zonder tarief</th></tr></thead>
            <tbody>

            """
        for segment in segmenten {
            h +=
                "<tr><td>\(HTMLOpmaak.segmentnaam(segment.segment))</td><td class=\"getal\">\(segment.toewijzingen)</td>"
            h +=
                "<td class=\"getal\">\(HTMLOpmaak.euro(segment.verplichting))</td><td class=\"getal\">\(HTMLOpmaak.euro(segment.gedeclareerd))</td>"
            h +=
                "<td class=\"getal\">\(HTMLOpmaak.procent(segment.uitnutting))</td><td class=\"getal\">\(segment.zonderTarief)</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</div>\n"
        return h
            + "<p class=\"klein\">Verplichting: maximaal volume over de looptijd × contracttarief (zonder einddatum tot 31 "
            + "december \(peildatum.jaar)); gedeclareerd: toegekend op deze toewijzingen, alle periodes. Per segment opgeteld uit "
            + "<code>toewijzingen.csv</code>.</p>\n"
    }
}
