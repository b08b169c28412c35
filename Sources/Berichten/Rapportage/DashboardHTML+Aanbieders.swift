/// The dashboard's aanbieders: declared, approved and rejected this year, the rejection rate,
/// and the rules that rejected most, linking to the rejection report of the last such day.
extension Dashboard {
    func aanbiedersHTML() -> String {
        var h = "<h2 id=\"h-aanbieders\">Aanbieders: toegekend en afgewezen in \(jaar)</h2>\n"
        guard !aanbieders.isEmpty else { return h + "<p class=\"leeg\">Geen declaraties in \(jaar).</p>\n" }
        h += """
            <table id="aanbieders">
            <thead><tr><th>Aanbieder (AGB)</th><th class="getal">Ingediend</th><th class="getal">Toegekend</th>\
            <th class="getal">Afgewezen</th><th class="getal">Afgewezen %</th><th class="getal">Prestaties afgewezen</th>\
            <th>Meest voorkomende afwijzingsregels</th><th>Afwijzingsrapport</th></tr></thead>
            <tbody>

            """
        for stand in aanbieders {
            h += "<tr><td>\(HTMLOpmaak.partij(stand.aanbieder, stand.naam))</td>"
            h +=
                "<td class=\"getal\">\(HTMLOpmaak.euro(stand.ingediend))</td><td class=\"getal\">\(HTMLOpmaak.euro(stand.toegekend))</td>"
            h += "<td class=\"getal\">\(HTMLOpmaak.euro(stand.afgewezen))</td>"
            h += "<td class=\"getal\">\(HTMLOpmaak.procent(stand.afwijzingsprocent))</td>"
            h +=
                "<td class=\"getal\">\(stand.prestatiesAfgewezen) van \(stand.prestaties + stand.prestatiesAfgewezen)</td>"
            let regels = stand.regels.prefix(3).map {
                "<b class=\"code\">\(HTMLOpmaak.tekst($0.regel))</b> \($0.aantal)×"
            }
            h += "<td>\(regels.isEmpty ? "<span class=\"klein\">geen</span>" : regels.joined(separator: ", "))</td>"
            h += "<td>\(stand.laatsteAfwijzing.map(link) ?? "")</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// Relative from `monitoring/<map>/` to the report of that day for this gemeente or the region.
    private func link(_ dag: Datum) -> String {
        let href = "../../reports/\(dag)/afwijzingen" + (gemeente.map { "-" + $0 } ?? "") + ".html"
        return "<a href=\"\(HTMLOpmaak.tekst(href))\">\(dag.nederlands)</a>"
    }
}
