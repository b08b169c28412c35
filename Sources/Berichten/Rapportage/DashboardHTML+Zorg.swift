/// The dashboard's section "In zorg en wachttijden" (only when the store holds starts or stops):
/// key figures, care in progress per segment × aanbieder, waiting times per row of
/// `wachttijden-<jaar>` as a chart with its table, and the cross-checks counted per kind.
extension Dashboard {
    func zorgHTML() -> String {
        guard zorg != nil else { return "" }
        var h = "<h2 id=\"h-zorg\">In zorg en wachttijden</h2>\n"
        h += zorgkerncijfersHTML()
        h += inZorgHTML()
        h += wachttijdenHTML()
        h += kruiscontrolesHTML()
        let map = gemeente ?? "regio"
        return h
            + "<p class=\"klein\">Uit <code>\(map)/in-zorg.csv</code> (peildatum \(peildatum.nederlands)), "
            + "<code>\(map)/wachttijden-\(jaar).csv</code> (toewijzingen met Ingangsdatum in \(jaar)) en "
            + "<code>\(map)/kruiscontroles.csv</code> van dezelfde bijwerking; de kerncijfers zijn sommen van hun rijen, "
            + "dus een cliënt bij twee aanbieders of segmenten telt twee keer. Alleen aantallen, geen cliëntgegevens.</p>\n"
    }

    private func zorgkerncijfersHTML() -> String {
        """
        <section class="kern" id="zorgkerncijfers">
        <div id="k-in-zorg-clienten"><b>\(clientenInZorg)</b>cliënten in zorg<span>op \(peildatum.nederlands), \
        per segment en aanbieder opgeteld</span></div>
        <div id="k-in-zorg-producten"><b>\(productenInZorg)</b>toegewezen producten in zorg\
        <span>gestart en niet gestopt</span></div>
        <div id="k-tijdelijk-gestopt"><b>\(productenTijdelijkGestopt)</b>producten tijdelijk gestopt\
        <span>\(clientenTijdelijkGestopt) \(clientenTijdelijkGestopt == 1 ? "cliënt" : "cliënten") (reden 20)</span></div>
        <div id="k-niet-gestart" class="\(nietGestarteProducten > 0 ? "inzicht" : "ok")"><b>\(nietGestarteProducten)</b>\
        toegewezen producten niet gestart<span>van de \(toegewezenProducten) met Ingangsdatum in \(jaar)</span></div>
        <div id="k-langer-dan-norm" class="\(langerDanNorm > 0 ? "inzicht" : "ok")"><b>\(langerDanNorm)</b>\
        wachten langer dan de norm<span>standaard 4 weken, per segment in te stellen</span></div>
        <div id="k-langer-dan-norm-lang" class="\(langerDanNormLang > 0 ? "overschreden" : "ok")">\
        <b>\(langerDanNormLang)</b>wachten langer dan de lange norm<span>standaard 8 weken</span></div>
        </section>

        """
    }

    private func inZorgHTML() -> String {
        var h = "<h3 id=\"h-in-zorg\">In zorg op \(peildatum.nederlands), per segment en aanbieder</h3>\n"
        guard !inZorg.isEmpty else { return h + "<p class=\"leeg\">Niemand in zorg op de peildatum.</p>\n" }
        h += """
            <table id="in-zorg">
            <thead><tr><th>Segment</th><th>Aanbieder (AGB)</th><th class="getal">Cliënten in zorg</th>\
            <th class="getal">Producten in zorg</th><th class="getal">Cliënten tijdelijk gestopt</th>\
            <th class="getal">Producten tijdelijk gestopt</th></tr></thead>
            <tbody>

            """
        for stand in inZorg {
            h += "<tr><td>\(HTMLOpmaak.segmentnaam(stand.segment))</td>"
            h += "<td>\(HTMLOpmaak.partij(stand.aanbieder, stand.aanbiedernaam))</td>"
            h += Self.getallen([
                stand.clientenInZorg, stand.productenInZorg, stand.clientenTijdelijkGestopt,
                stand.productenTijdelijkGestopt,
            ])
            h += "</tr>\n"
        }
        h += "<tr class=\"totaal\"><td>totaal</td><td></td>"
        h += Self.getallen([clientenInZorg, productenInZorg, clientenTijdelijkGestopt, productenTijdelijkGestopt])
        return h + "</tr>\n</tbody>\n</table>\n"
    }

    private func wachttijdenHTML() -> String {
        var h = "<h3 id=\"h-wachttijden\">Wachttijden tot de eerste start, toewijzingen van \(jaar)</h3>\n"
        guard !wachttijden.isEmpty else {
            return h + "<p class=\"leeg\">Geen toewijzingen met Ingangsdatum in \(jaar).</p>\n"
        }
        let grafiek = Wachttijdbalken(
            titel: "Dagen van Ingangsdatum tot eerste start: mediaan en p90 per maand, segment en aanbieder",
            rijen: wachttijden.map { regel in
                Wachttijdbalken.Rij(
                    label: "\(regel.maand) · \(regel.segment?.code ?? "overig") · \(regel.aanbieder)",
                    mediaan: regel.mediaan, p90: regel.p90, normDagen: regel.normWeken * 7,
                    normLangDagen: regel.normLangWeken * 7)
            })
        h += "<div class=\"paar\">\n" + grafiek.svg
        h += """
            <table id="wachttijden">
            <thead><tr><th>Maand</th><th>Segment</th><th>Aanbieder (AGB)</th><th class="getal">Toegewezen</th>\
            <th class="getal">Gestart</th><th class="getal">Niet gestart</th><th class="getal">Mediaan (dagen)</th>\
            <th class="getal">P90 (dagen)</th><th class="getal">Maximum (dagen)</th><th class="getal">Norm (weken)</th>\
            <th class="getal">Langer dan norm</th><th class="getal">Lange norm (weken)</th>\
            <th class="getal">Langer dan lange norm</th></tr></thead>
            <tbody>

            """
        for regel in wachttijden {
            h += "<tr><td>\(HTMLOpmaak.tekst(regel.maand))</td><td>\(HTMLOpmaak.segmentnaam(regel.segment))</td>"
            h += "<td>\(HTMLOpmaak.partij(regel.aanbieder, regel.aanbiedernaam))</td>"
            h += Self.getallen([regel.toegewezen, regel.gestart, regel.nietGestart, regel.mediaan, regel.p90])
            h += Self.getallen([regel.maximum, regel.normWeken, regel.langerDanNorm])
            h += Self.getallen([regel.normLangWeken, regel.langerDanNormLang]) + "</tr>\n"
        }
        h += "<tr class=\"totaal\"><td>totaal</td><td></td><td></td>"
        h += Self.getallen([toegewezenProducten, gestarteProducten, nietGestarteProducten])
        h += "<td></td><td></td><td></td><td></td>" + Self.getallen([langerDanNorm]) + "<td></td>"
        h += Self.getallen([langerDanNormLang]) + "</tr>\n</tbody>\n</table>\n</div>\n"
        return h
            + "<p class=\"klein\">Kalenderdagen van de Ingangsdatum van de toewijzing tot de eerste start (305) van "
            + "dezelfde aanbieder; mediaan en p90 per rij zoals in het bestand (rangmethode), nooit opgeteld. "
            + "Langer dan de norm: nog niet gestart en op de peildatum langer dan de norm van het segment wachtend "
            + "sinds de Ingangsdatum. – = nog niets gestart.</p>\n"
    }

    private func kruiscontrolesHTML() -> String {
        let uitleg: [(Kruiscontrole.Soort, String)] = [
            (
                .gedeclareerdZonderStart,
                "Goedgekeurde declaraties op een toewijzing waarvoor de aanbieder nooit een start (305) stuurde. "
                    + "Dat mag (OP364), maar is een vraag aan de aanbieder waard."
            ),
            (
                .gestartZonderDeclaratie,
                "Zorg die op de peildatum loopt en sinds de start (of sinds het einde van de laatst gedeclareerde "
                    + "productperiode) twee kalendermaanden of langer niet is gedeclareerd."
            ),
        ]
        var h = """
            <h3 id="h-kruiscontroles">Kruiscontroles: starts tegen declaraties</h3>
            <table id="kruiscontroles">
            <thead><tr><th>Controle</th><th class="getal">Toewijzingen</th><th>Wat het betekent</th></tr></thead>
            <tbody>

            """
        for (soort, tekst) in uitleg {
            h += "<tr><td>\(HTMLOpmaak.tekst(soort.rawValue))</td><td class=\"getal\">\(kruiscontroles(soort))</td>"
            h += "<td>\(HTMLOpmaak.tekst(tekst))</td></tr>\n"
        }
        let map = gemeente ?? "regio"
        return h + "</tbody>\n</table>\n"
            + "<p class=\"klein\">Per toewijzing(nummer) uitgewerkt in <code>\(map)/kruiscontroles.csv</code>.</p>\n"
    }

    /// Whole numbers as right-aligned cells; `nil` as `–`.
    private static func getallen(_ waarden: [Int?]) -> String {
        waarden.map { "<td class=\"getal\">\($0.map(String.init) ?? "–")</td>" }.joined()
    }
}
