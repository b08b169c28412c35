import Foundation

/// The auditors' report as one self-contained HTML page: inline CSS, no scripts or external
/// assets, landscape A4 when printed with the table header repeated on every page.
extension Afwijzingsrapport {
    func html() -> [UInt8] {
        let titel = "Afwijzingen en signalen \(datum)" + (gemeente.map { " — gemeente \($0)" } ?? "")
        var h = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(titel))</title>
            <style>\(Self.stijl)</style>
            </head>
            <body>
            <header>
            <h1>Afwijzingen en signalen</h1>
            <p class="sub">\(t(regio)) · verwerkt op \(datum.nederlands) · \(t(reikwijdte))</p>
            </header>

            """
        h += kerncijfers()
        h += "<h2>Per regel</h2>\n" + regelTabel()
        h += "<h2>Per aanbieder</h2>\n" + aanbiederTabel()
        h += "<h2>Alle afgewezen en gesignaleerde klassen (\(regels.count))</h2>\n" + detailTabel()
        h += """
            <footer>
            <p><b>Landelijk (standaard)</b>: regel van iJw/iWmo 3.2 (TR/CD/CS); de klasse kreeg de genoemde retourcode in de 302 of 325.
            <b>Lokaal (contract)</b>: contractregel van de regio (BD); <b>signaal</b> betekent alleen gemeld, niet in de retour.
            <b>Niet verwerkt</b>: niveau 1 (XSD) of onleesbaar; volgens de standaard volgt geen retour, het bestand staat in spool/rejected/.</p>
            <p>BSN's zijn gemaskeerd (alleen de laatste 3 cijfers). Tijden in lokale tijd. Bedragen in euro's; credit negatief.
            De retourlinks wijzen naar spool/out/. Opnieuw te maken met <code>berichtd report --van \(datum) --tot \(datum)</code>.</p>
            </footer>
            </body>
            </html>

            """
        return Array(h.utf8)
    }

    private var reikwijdte: String {
        guard let gemeente else { return "alle gemeenten" }
        return "gemeente \(gemeente)" + (gemeentenaam.map { " \($0)" } ?? "")
    }

    private func kerncijfers() -> String {
        let afgewezen = regels.filter { $0.behandeling == .afgewezen }.count
        let signalen = regels.filter { $0.behandeling == .signaal }.count
        let nietVerwerkt = regels.filter { $0.behandeling == .nietVerwerkt }.count
        let uitsplitsing = uitkomsten.map { "\($0.aantal) \($0.uitkomst)" }.joined(separator: ", ")
        return """
            <section class="kern">
            <div><b>\(aantalBerichten)</b>berichten verwerkt<span>\(t(uitsplitsing.isEmpty ? "geen" : uitsplitsing))</span></div>
            <div class="afgewezen"><b>\(afgewezen)</b>afgewezen klassen<span>€ \(Notatie.euro(afgewezenBedrag, punten: true)) afgewezen</span></div>
            <div class="signaal"><b>\(signalen)</b>signalen<span>niet in de retour</span></div>
            <div class="nietverwerkt"><b>\(nietVerwerkt)</b>niet verwerkt<span>geen retour (niveau 1)</span></div>
            </section>

            """
    }

    private func regelTabel() -> String {
        guard !regels.isEmpty else { return "<p class=\"leeg\">Geen afwijzingen of signalen.</p>\n" }
        var h = """
            <table class="samenvatting">
            <thead><tr><th>Regel</th><th>Bron</th><th>Niveau</th><th>Betekenis</th><th>Retourcode</th>\
            <th class="getal">Afgewezen</th><th class="getal">Signalen</th><th class="getal">Niet verwerkt</th>\
            <th class="getal">Afgewezen bedrag</th></tr></thead>
            <tbody>

            """
        for totaal in perRegel {
            h +=
                "<tr><td><b class=\"code\">\(t(totaal.regel))</b></td><td>\(bronLabel(totaal.bron))</td><td>\(totaal.niveau)</td>"
            h += "<td>\(t(totaal.betekenis))</td><td>\(t(totaal.retourcodes.joined(separator: ", ")))</td>"
            h += "<td class=\"getal\">\(totaal.afgewezen)</td><td class=\"getal\">\(totaal.signalen)</td>"
            h += "<td class=\"getal\">\(totaal.nietVerwerkt)</td><td class=\"getal\">\(euro(totaal.bedrag))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    private func aanbiederTabel() -> String {
        guard !regels.isEmpty else { return "<p class=\"leeg\">Geen afwijzingen of signalen.</p>\n" }
        var h = """
            <table class="samenvatting">
            <thead><tr><th>Aanbieder (AGB)</th><th>Naam</th><th class="getal">Afgewezen</th><th class="getal">Signalen</th>\
            <th class="getal">Niet verwerkt</th><th class="getal">Afgewezen bedrag</th></tr></thead>
            <tbody>

            """
        for totaal in perAanbieder {
            h += "<tr><td>\(t(totaal.aanbieder ?? "onbekend"))</td><td>\(t(totaal.naam ?? ""))</td>"
            h += "<td class=\"getal\">\(totaal.afgewezen)</td><td class=\"getal\">\(totaal.signalen)</td>"
            h += "<td class=\"getal\">\(totaal.nietVerwerkt)</td><td class=\"getal\">\(euro(totaal.bedrag))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    private func detailTabel() -> String {
        guard !regels.isEmpty else { return "<p class=\"leeg\">Geen afwijzingen of signalen op deze dag.</p>\n" }
        var h = """
            <table class="detail">
            <thead><tr><th>Tijd</th><th>Bericht</th><th>Afzender → gemeente</th><th>Cliënt</th>\
            <th>Toewijzing · product · periode</th><th class="getal">Bedrag</th><th>Regel</th><th>Retour</th>\
            <th>Toelichting</th><th>Retourbestand</th></tr></thead>
            <tbody>

            """
        for regel in regels {
            h += "<tr class=\"\(klasse(regel.behandeling))\">"
            h +=
                "<td class=\"tijd\">\(regel.tijd.split(separator: " ").map { t(String($0)) }.joined(separator: "<br>"))</td>"
            h +=
                "<td>\(t(regel.bericht)) <b>\(t(regel.identificatie ?? ""))</b><br><span class=\"klein\">\(t(regel.bestand))</span></td>"
            h +=
                "<td>\(partij(regel.afzender, regel.afzendernaam))<br>→ \(partij(regel.gemeente, regel.gemeentenaam))</td>"
            h += "<td class=\"bsn\">\(t(regel.bsn))</td>"
            let toewijzing = [regel.toewijzing.map { "\($0)" }, regel.product].compactMap { $0 }.joined(
                separator: " · ")
            h += "<td>\(t(toewijzing))<br><span class=\"klein\">\(t(regel.periode ?? ""))</span></td>"
            h += "<td class=\"getal\">\(regel.bedrag.map { euro($0) } ?? "")</td>"
            h +=
                "<td><b class=\"code\">\(t(regel.regel))</b><br>\(bronLabel(regel.bron))<br><span class=\"klein\">niveau \(regel.niveau)</span></td>"
            h += "<td>\(behandelingLabel(regel))</td>"
            h += "<td class=\"toelichting\">\(t(regel.toelichting))"
            h += "<div class=\"gv\"><span>gevonden</span> \(t(regel.gevonden))</div>"
            h += "<div class=\"gv\"><span>verwacht</span> \(t(regel.verwacht))</div>"
            if let plaats = regel.plaats { h += "<span class=\"klein\">\(t(plaats))</span>" }
            h += "</td><td class=\"link\">\(retourLink(regel.retourlink))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    private func t(_ tekst: String) -> String { HTMLTekst.tekst(tekst) }

    private func euro(_ cent: Int64) -> String { "€&nbsp;" + Notatie.euro(cent, punten: true) }

    private func partij(_ code: String?, _ naam: String?) -> String {
        guard let code else { return "<span class=\"klein\">onbekend</span>" }
        return t(code) + (naam.map { " <span class=\"klein\">\(t($0))</span>" } ?? "")
    }

    private func klasse(_ behandeling: Afwijzingsregel.Behandeling) -> String {
        switch behandeling {
        case .afgewezen: "afgewezen"
        case .signaal: "signaal"
        case .nietVerwerkt: "nietverwerkt"
        }
    }

    private func bronLabel(_ bron: RegelBron) -> String {
        bron == .lokaal
            ? "<span class=\"label lokaal\">lokaal (contract)</span>"
            : "<span class=\"label landelijk\">landelijk (standaard)</span>"
    }

    private func behandelingLabel(_ regel: Afwijzingsregel) -> String {
        switch regel.behandeling {
        case .afgewezen: "<span class=\"label afgewezen\">afgewezen</span><br><b>\(t(regel.retourcode ?? ""))</b>"
        case .signaal: "<span class=\"label signaal\">signaal</span><br><span class=\"klein\">niet in de retour</span>"
        case .nietVerwerkt:
            "<span class=\"label nietverwerkt\">niet verwerkt</span><br><span class=\"klein\">geen retour</span>"
        }
    }

    private func retourLink(_ link: String?) -> String {
        guard let link else { return "<span class=\"klein\">geen retour</span>" }
        let href = link.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? link
        let naam = link.split(separator: "/").last.map(String.init) ?? link
        return "<a href=\"\(t(href))\">\(t(naam))</a>"
    }

    private static let stijl = """

        @page { size: A4 landscape; margin: 10mm; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 13px; line-height: 1.35;
          color: #1b1b1b; margin: 24px; }
        h1 { font-size: 22px; margin: 0 0 2px; color: #1f3a5f; }
        h2 { font-size: 16px; margin: 22px 0 8px; color: #1f3a5f; border-bottom: 2px solid #1f3a5f; padding-bottom: 2px; }
        .sub { margin: 0 0 12px; color: #555; }
        .kern { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 4px; }
        .kern div { border: 1px solid #c9ced6; border-left-width: 5px; border-radius: 3px; padding: 6px 12px; min-width: 180px; }
        .kern b { display: block; font-size: 22px; }
        .kern span { display: block; color: #555; font-size: 12px; }
        .kern .afgewezen { border-left-color: #b42318; }
        .kern .signaal { border-left-color: #b7791f; }
        .kern .nietverwerkt { border-left-color: #666; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
        th, td { border: 1px solid #c9ced6; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #1f3a5f; color: #fff; font-weight: 600; }
        .getal { text-align: right; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f4f6f9; }
        table.samenvatting { width: auto; min-width: 60%; }
        table.detail { table-layout: fixed; }
        table.detail th:nth-child(1) { width: 6.5%; }
        table.detail th:nth-child(2) { width: 11.5%; }
        table.detail th:nth-child(3) { width: 10%; }
        table.detail th:nth-child(4) { width: 6%; }
        table.detail th:nth-child(5) { width: 10%; }
        table.detail th:nth-child(6) { width: 6%; }
        table.detail th:nth-child(7) { width: 8.5%; }
        table.detail th:nth-child(8) { width: 7%; }
        table.detail th:nth-child(9) { width: 24%; }
        table.detail th:nth-child(10) { width: 10.5%; }
        td { overflow-wrap: anywhere; }
        td.bsn { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; white-space: nowrap; }
        tr.afgewezen td:first-child { border-left: 4px solid #b42318; }
        tr.signaal td:first-child { border-left: 4px solid #b7791f; }
        tr.nietverwerkt td:first-child { border-left: 4px solid #666; }
        .label { display: inline-block; border: 1px solid; border-radius: 3px; padding: 0 4px; font-size: 11px; white-space: nowrap;
          overflow-wrap: normal; word-break: keep-all; }
        .label.afgewezen { color: #b42318; }
        .label.signaal { color: #8a5a00; }
        .label.nietverwerkt { color: #444; }
        .label.lokaal { color: #5b2c83; }
        .label.landelijk { color: #1f3a5f; }
        .klein { color: #555; font-size: 11px; }
        .code, td.tijd { white-space: nowrap; }
        table.detail .label { white-space: normal; }
        .gv { font-size: 12px; margin-top: 2px; }
        .gv span { color: #555; font-style: italic; }
        a { color: #1f4fa0; }
        footer { margin-top: 18px; color: #555; font-size: 11px; border-top: 1px solid #c9ced6; }
        @media print {
          body { margin: 0; font-size: 8pt; }
          .klein, .gv, .label { font-size: 7pt; }
          th, td { padding: 2px 4px; }
          .kern div { flex: 1; min-width: 0; }
          .kern b { font-size: 14pt; }
          th { background: #fff; color: #000; border-bottom: 2px solid #000; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          tbody tr:nth-child(even) { background: none; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
        }

        """
}
