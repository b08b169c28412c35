/// A dashboard as one self-contained page: inline CSS and inline SVG, no scripts or external
/// files, A4 landscape when printed. Well-formed XML, so a test can parse every table.
extension Dashboard {
    func html() -> [UInt8] {
        let wie = gemeente.map { "gemeente " + HTMLOpmaak.partij($0, gemeentenaam) } ?? HTMLOpmaak.tekst(regio)
        let titel =
            "Monitoring \(jaar) — "
            + (gemeente.map { "gemeente \($0)" + (gemeentenaam.map { " \($0)" } ?? "") } ?? regio)
        var h = """
            <!DOCTYPE html>
            <html lang="nl" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTMLOpmaak.tekst(titel))</title>
            <style>\(DashboardStijl.css)</style>
            </head>
            <body>
            <header>
            <h1>Monitoring \(jaar) — \(wie)</h1>
            <p class="sub">\(gemeente == nil ? "alle gemeenten van de regio" : HTMLOpmaak.tekst(regio)) · \
            peildatum \(peildatum.nederlands) · toegekend = debet − credit van goedgekeurde prestaties, \
            in de maand waarin hun ProductPeriode begint</p>
            </header>

            """
        h += kerncijfersHTML()
        h += plafondsHTML()
        h += productieHTML()
        h += aanbiedersHTML()
        h += uitnuttingHTML()
        h += zorgHTML()
        h += voetHTML()
        h += "</body>\n</html>\n"
        return Array(h.utf8)
    }

    private func kerncijfersHTML() -> String {
        """
        <section class="kern" id="kerncijfers">
        <div id="k-toegekend"><b>\(HTMLOpmaak.euroRond(toegekend))</b>toegekend in \(jaar)<span>\(HTMLOpmaak.euro(toegekend))</span></div>
        <div id="k-clienten"><b>\(clienten)</b>cliënten<span>met een toegekende prestatie in \(jaar)</span></div>
        <div id="k-toewijzingen"><b>\(actieveToewijzingen)</b>actieve toewijzingen<span>op \(peildatum.nederlands)</span></div>
        <div id="k-afgewezen" class="\(afgewezen > 0 ? "afgewezen" : "ok")"><b>\(HTMLOpmaak.procent(afgewezenProcent))</b>\
        afgewezen (bedrag)<span>\(HTMLOpmaak.euro(afgewezen)) van \(HTMLOpmaak.euro(ingediend)) ingediend</span></div>
        <div id="k-prestaties" class="\(prestatiesAfgewezen > 0 ? "afgewezen" : "ok")">\
        <b>\(HTMLOpmaak.procent(afgewezenPrestatiesProcent))</b>afgewezen (prestaties)\
        <span>\(prestatiesAfgewezen) van \(prestatiesAfgewezen + prestatiesToegekend) prestaties</span></div>
        <div id="k-inzicht" class="\(plafondsInZicht > 0 ? "inzicht" : "ok")"><b>\(plafondsInZicht)</b>\
        plafonds in zicht<span>vanaf de signaaldrempel, van de \(plafonds.count)</span></div>
        <div id="k-overschreden" class="\(plafondsOverschreden > 0 ? "overschreden" : "ok")"><b>\(plafondsOverschreden)</b>\
        plafonds overschreden<span>100 % of meer, van de \(plafonds.count)</span></div>
        </section>

        """
    }

    private func voetHTML() -> String {
        let map =
            gemeente.map { "spool/monitoring/\($0)/" }
            ?? "spool/monitoring/regio/ en spool/monitoring/&lt;gemeente&gt;/"
        return """
            <footer>
            <p>Alle cijfers komen uit de monitoringbestanden van dezelfde bijwerking (\(map)): de plafonds uit \
            <code>plafonds-\(jaar).csv</code>, de maanden en aanbieders uit <code>productie-\(jaar).csv</code> \
            (en <code>productie-\(jaar - 1).csv</code>), de uitnutting uit <code>toewijzingen.csv</code>, toegekend en cliënten \
            bovenaan uit <code>regio/gemeenten-\(jaar).csv</code>. De afwijzingsregels tellen de afgewezen klassen van de \
            declaraties die sinds 1 januari \(jaar) zijn ontvangen; de link gaat naar het afwijzingsrapport van de laatste dag \
            met een afwijzing. Bedragen in euro's, credit negatief. Opnieuw te maken met <code>berichtd report</code>.</p>
            </footer>

            """
    }
}
