/// The dashboard's ceilings: all at a glance, then per ceiling the signal in words, the running
/// total per month against the ceiling and its threshold, and the forecast; those with a signal
/// first, the rows of `plafonds-<jaar>` after them.
extension Dashboard {
    func plafondsHTML() -> String {
        var h = "<h2 id=\"h-plafonds\">Plafonds \(jaar)</h2>\n"
        guard !plafonds.isEmpty else {
            return h + "<p class=\"leeg\">Geen plafonds voor \(jaar) in de regioconfiguratie.</p>\n"
        }
        h += overzicht()
        let volgorde = plafonds.enumerated().sorted {
            (Self.ernst($0.element.stand.signaal), $0.offset) < (Self.ernst($1.element.stand.signaal), $1.offset)
        }
        let metSignaal = volgorde.filter { $0.element.stand.signaal != .ok }
        let zonder = volgorde.filter { $0.element.stand.signaal == .ok }
        if !metSignaal.isEmpty {
            h += "<h2 id=\"h-signalen\">Plafonds met een signaal: verloop per maand</h2>\n"
            for (index, verloop) in metSignaal { h += plafondHTML(verloop, nummer: index + 1, compact: false) }
        }
        h += "<h2 id=\"h-alle\">Alle plafonds van \(jaar)</h2>\n" + tabel()
        if !zonder.isEmpty {
            h += "<h2 id=\"h-zonder\">Plafonds zonder signaal: verloop per maand</h2>\n<div class=\"raster\">\n"
            for (index, verloop) in zonder { h += plafondHTML(verloop, nummer: index + 1, compact: true) }
            h += "</div>\n"
        }
        return h
    }

    /// The rows of `plafonds-<jaar>`, in the file's order.
    private func tabel() -> String {
        var h = ""
        h += """
            <table id="plafonds">
            <thead><tr><th>Plafond</th><th>Soort</th><th>Gemeente</th><th>Aanbieder</th><th class="getal">Plafond</th>\
            <th class="getal">Toegekend</th><th class="getal">Procent</th><th>Signaal</th><th class="getal">Prognose</th>\
            <th class="getal">Prognose %</th></tr></thead>
            <tbody>

            """
        for verloop in plafonds {
            let stand = verloop.stand
            h +=
                "<tr class=\"\(Self.klasse(stand.signaal))\"><td>\(HTMLOpmaak.segmentnaam(stand.segment))</td><td>\(HTMLOpmaak.tekst(stand.soort))</td>"
            h += "<td>\(stand.plafond.gemeente.map { HTMLOpmaak.partij($0, stand.gemeentenaam) } ?? "alle")</td>"
            h += "<td>\(stand.plafond.aanbieder.map { HTMLOpmaak.partij($0, stand.aanbiedernaam) } ?? "alle")</td>"
            h +=
                "<td class=\"getal\">\(HTMLOpmaak.euro(stand.plafond.bedragCent))</td><td class=\"getal\">\(HTMLOpmaak.euro(stand.toegekend))</td>"
            h +=
                "<td class=\"getal\">\(HTMLOpmaak.procent(stand.procent))</td><td>\(Self.signaallabel(stand.signaal))</td>"
            h += "<td class=\"getal\">\(stand.prognose.bedrag.map(HTMLOpmaak.euro) ?? "–")</td>"
            h += "<td class=\"getal\">\(HTMLOpmaak.procent(stand.prognoseProcent))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n"
        return h
    }

    /// Every ceiling as one bar: toegekend and forecast as a share of the ceiling.
    private func overzicht() -> String {
        let rijen = plafonds.map { verloop in
            let stand = verloop.stand
            let wie =
                stand.plafond.aanbieder.map { stand.aanbiedernaam ?? $0 }
                ?? stand.plafond.gemeente.map { stand.gemeentenaam ?? $0 } ?? "hele segment"
            let label = stand.plafond.segment + " · " + wie
            return Meterbalken.Rij(
                label: label.count > 40 ? String(label.prefix(39)) + "…" : label, waarde: stand.procent ?? 0,
                markering: stand.prognose.afgeslotenMaanden < 12 ? stand.prognoseProcent : nil,
                drempel: Int64(stand.plafond.signaalProcent) * 100, kleur: Self.kleur(stand.signaal))
        }
        return Meterbalken(titel: "Toegekend en prognose in procent van elk plafond, \(jaar)", rijen: rijen).svg
            + "<p class=\"klein\">Balk: toegekend in procent van het plafond; oranje streepje: de signaaldrempel; stippellijn: de "
            + "lineaire prognose voor het jaareinde. De getallen staan in de tabel „Alle plafonds van \(jaar)” (Procent, Prognose %).</p>\n"
    }

    private func plafondHTML(_ verloop: Plafondverloop, nummer: Int, compact: Bool) -> String {
        let stand = verloop.stand
        let plafond = stand.plafond
        let klasse = Self.klasse(stand.signaal)
        var kop = HTMLOpmaak.segmentnaam(stand.segment) + " · " + HTMLOpmaak.tekst(stand.soort)
        if let gemeente = plafond.gemeente { kop += " · gemeente " + HTMLOpmaak.partij(gemeente, stand.gemeentenaam) }
        if let aanbieder = plafond.aanbieder {
            kop += " · aanbieder " + HTMLOpmaak.partij(aanbieder, stand.aanbiedernaam)
        }
        var h =
            "<div class=\"plafond\" id=\"plafond-\(nummer)\">\n<h3>\(kop) \(Self.signaallabel(stand.signaal))</h3>\n"
        h += "<p class=\"signaal \(klasse)\">\(Self.inWoorden(stand))</p>\n<div class=\"paar\">\n"
        h += grafiek(verloop, compact: compact)
        h += """
            <table id="plafond-\(nummer)-maanden">
            <thead><tr><th>Maand</th><th class="getal">Toegekend</th><th class="getal">Cumulatief</th>\
            <th class="getal">% van plafond</th></tr></thead>
            <tbody>

            """
        let cumulatief = verloop.cumulatief
        let eerste = verloop.perMaand.firstIndex { $0 != 0 } ?? 12
        let laatste = max(verloop.perMaand.lastIndex { $0 != 0 } ?? -1, stand.prognose.afgeslotenMaanden - 1)
        for maand in 0..<12 where maand >= eerste && maand <= laatste {
            h +=
                "<tr><td>\(HTMLOpmaak.maanden[maand])</td><td class=\"getal\">\(HTMLOpmaak.euro(verloop.perMaand[maand]))</td>"
            h += "<td class=\"getal\">\(HTMLOpmaak.euro(cumulatief[maand]))</td>"
            h +=
                "<td class=\"getal\">\(HTMLOpmaak.procent(Procent.honderdsten(cumulatief[maand], van: plafond.bedragCent)))</td></tr>\n"
        }
        h +=
            "<tr class=\"totaal\"><td>toegekend \(jaar)</td><td class=\"getal\">\(HTMLOpmaak.euro(stand.toegekend))</td>"
        h += "<td class=\"getal\"></td><td class=\"getal\">\(HTMLOpmaak.procent(stand.procent))</td></tr>\n"
        if let prognose = stand.prognose.bedrag {
            h +=
                "<tr class=\"prognose\"><td>prognose jaareinde</td><td class=\"getal\">\(HTMLOpmaak.euro(prognose))</td>"
            h += "<td class=\"getal\"></td><td class=\"getal\">\(HTMLOpmaak.procent(stand.prognoseProcent))</td></tr>\n"
        }
        h +=
            "<tr><td>plafond</td><td class=\"getal\">\(HTMLOpmaak.euro(plafond.bedragCent))</td><td class=\"getal\"></td>"
        h += "<td class=\"getal\">100,00&#160;%</td></tr>\n"
        return h + "</tbody>\n</table>\n</div>\n</div>\n"
    }

    private func grafiek(_ verloop: Plafondverloop, compact: Bool) -> String {
        let stand = verloop.stand
        let cumulatief = verloop.cumulatief
        let laatste = (verloop.perMaand.lastIndex { $0 != 0 } ?? -1)
        let tot = max(laatste, stand.prognose.afgeslotenMaanden - 1)
        var lijnen: [Grafiekreeks] = []
        let afgesloten = stand.prognose.afgeslotenMaanden
        if let prognose = stand.prognose.bedrag, afgesloten < 12 {
            var waarden = [Int64?](repeating: nil, count: 12)
            waarden[afgesloten - 1] = stand.toegekend
            waarden[11] = prognose
            lijnen.append(Grafiekreeks(naam: "lineaire prognose", kleur: "#555", waarden: waarden, gestreept: true))
        }
        let plafond = stand.plafond
        let grafiek = Staafgrafiek(
            titel: "Toegekend cumulatief per maand tegen het plafond",
            categorieen: HTMLOpmaak.kortemaanden,
            staven: [
                Grafiekreeks(
                    naam: "toegekend t/m de maand", kleur: Self.kleur(stand.signaal),
                    waarden: (0..<12).map { $0 <= tot ? cumulatief[$0] : nil })
            ],
            lijnen: lijnen,
            referentielijnen: [
                Referentielijn(waarde: plafond.bedragCent, label: "100 % plafond", kleur: "#b42318"),
                Referentielijn(
                    waarde: plafond.bedragCent * Int64(plafond.signaalProcent) / 100,
                    label: "\(plafond.signaalProcent) % signaal",
                    kleur: "#d97706", streep: "5 3"),
            ],
            breedte: compact ? 520 : 640, hoogte: compact ? 220 : 260)
        return grafiek.svg
    }

    /// The signal as a controller would say it.
    static func inWoorden(_ stand: Plafondstand) -> String {
        let plafond = stand.plafond
        let procent = HTMLOpmaak.procent(stand.procent)
        var zin: String
        switch stand.signaal {
        case .overschreden:
            zin =
                "<b>Overschreden.</b> Toegekend is \(HTMLOpmaak.euroRond(stand.toegekend)), \(procent) van het plafond van "
                + "\(HTMLOpmaak.euroRond(plafond.bedragCent)): \(HTMLOpmaak.euroRond(stand.toegekend - plafond.bedragCent)) erboven."
        case .inZicht:
            zin =
                "<b>Plafond in zicht.</b> Toegekend is \(HTMLOpmaak.euroRond(stand.toegekend)), \(procent) van het plafond van "
                + "\(HTMLOpmaak.euroRond(plafond.bedragCent)) (signaal vanaf \(plafond.signaalProcent)&#160;%); er resteert nog "
                + "\(HTMLOpmaak.euroRond(plafond.bedragCent - stand.toegekend))."
        case .ok:
            zin =
                "<b>Geen signaal.</b> Toegekend is \(HTMLOpmaak.euroRond(stand.toegekend)), \(procent) van het plafond van "
                + "\(HTMLOpmaak.euroRond(plafond.bedragCent)) (signaal vanaf \(plafond.signaalProcent)&#160;%)."
        }
        guard let prognose = stand.prognose.bedrag else {
            return zin + " Nog geen prognose: er is in \(plafond.jaar) nog geen maand afgesloten."
        }
        let maanden = stand.prognose.afgeslotenMaanden
        if maanden == 12 { return zin + " Het jaar is afgesloten." }
        let verschil = prognose - plafond.bedragCent
        zin +=
            " Gaat het zo door (\(maanden) afgesloten \(maanden == 1 ? "maand" : "maanden"), lineair doorgetrokken), dan komt "
            + "\(plafond.jaar) uit op \(HTMLOpmaak.euroRond(prognose)) = \(HTMLOpmaak.procent(stand.prognoseProcent)) van het plafond"
        if verschil > 0 { return zin + ": <b>\(HTMLOpmaak.euroRond(verschil)) boven het plafond</b>." }
        return zin + ", \(HTMLOpmaak.euroRond(-verschil)) eronder."
    }

    static func signaallabel(_ signaal: Plafondsignaal) -> String {
        "<span class=\"label \(klasse(signaal))\">\(HTMLOpmaak.tekst(signaal.rawValue))</span>"
    }

    static func klasse(_ signaal: Plafondsignaal) -> String {
        switch signaal {
        case .ok: "ok"
        case .inZicht: "inzicht"
        case .overschreden: "overschreden"
        }
    }

    static func kleur(_ signaal: Plafondsignaal) -> String {
        switch signaal {
        case .ok: "#5b8cc4"
        case .inZicht: "#e69a2e"
        case .overschreden: "#c94f4f"
        }
    }

    private static func ernst(_ signaal: Plafondsignaal) -> Int {
        switch signaal {
        case .overschreden: 0
        case .inZicht: 1
        case .ok: 2
        }
    }
}
