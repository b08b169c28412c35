import TOMLKit

/// Reading the region's own tables of `regio.toml`: `[regio]`, `[[gemeente]]`, `[[segment]]`
/// and `[[aanbieder]]`, plus the shared helpers for the tables of the TOML file.
extension Configuratieopbouw {
    static let topniveau = ["regio", "gemeente", "segment", "aanbieder", "contract", "plafond", "lokale_regels"]

    mutating func controleerTopniveau(_ root: TOMLTable) {
        for sleutel in root.keys.sorted() where !Self.topniveau.contains(sleutel) {
            problemen.meld(
                pad, locator.topniveau(sleutel),
                "onbekende sleutel '\(sleutel)'\(Spellingsuggestie.tekst(voor: sleutel, uit: Self.topniveau))"
                    + " (toegestaan: [regio], [[gemeente]], [[segment]], [[aanbieder]], [[contract]], [[plafond]], [lokale_regels])"
            )
        }
    }

    /// The tables of `[[naam]]`, each named by `label` (with its 1-based number). Reports a
    /// `naam` that is not a list of tables, and a missing list when at least one is required.
    mutating func tabellen(
        _ naam: String, in root: TOMLTable, verplicht: Bool, label: (Int, TOMLTable) -> String
    ) -> [TOMLSectie] {
        guard let waarde = root[naam]?.tomlValue else {
            if verplicht { problemen.meld(pad, nil, "geen enkele [[\(naam)]]: er moet er minstens één zijn") }
            return []
        }
        guard let lijst = waarde.array, lijst.allSatisfy({ $0.type == .table }) else {
            problemen.meld(
                pad, locator.topniveau(naam),
                "'\(naam)' moet een lijst van tabellen zijn: schrijf [[\(naam)]], niet [\(naam)] of \(naam) = …")
            return []
        }
        return lijst.enumerated().compactMap { index, element in
            guard let tabel = element.table else { return nil }
            return TOMLSectie(
                tabel: tabel, label: label(index + 1, tabel), bestand: pad, kop: naam, index: index, locator: locator)
        }
    }

    /// `naam 3 (code)`: the number, and the identifying value when it is a text.
    static func label(_ naam: String, _ nummer: Int, _ tabel: TOMLTable, _ sleutel: String) -> String {
        if let waarde = tabel[sleutel]?.string, !waarde.isEmpty {
            "\(naam) \(nummer) (\(waarde))"
        } else {
            "\(naam) \(nummer)"
        }
    }

    mutating func leesRegio(_ root: TOMLTable) -> TOMLSectie? {
        guard let waarde = root["regio"]?.tomlValue else {
            problemen.meld(pad, nil, "[regio] ontbreekt (met naam, producten, tarieven en gemeentecodes)")
            return nil
        }
        guard let tabel = waarde.table else {
            problemen.meld(pad, locator.topniveau("regio"), "'regio' moet een tabel zijn: schrijf [regio]")
            return nil
        }
        let regio = TOMLSectie(tabel: tabel, label: "[regio]", bestand: pad, kop: "regio", locator: locator)
        regio.controleerSleutels(["naam", "producten", "tarieven", "gemeentecodes"], in: &problemen)
        naam = regio.tekst("naam", in: &problemen)
        return regio
    }

    mutating func leesGemeenten(_ root: TOMLTable) {
        for sectie in tabellen("gemeente", in: root, verplicht: true, label: { Self.label("gemeente", $0, $1, "code") })
        {
            sectie.controleerSleutels(["code", "naam"], in: &problemen)
            let code = sectie.tekst("code", in: &problemen)
            let naam = sectie.tekst("naam", in: &problemen)
            guard let code else { continue }
            if let eerder = gemeentesecties[code] {
                sectie.meld("code \(code) staat al bij \(eerder.label)", bij: "code", in: &problemen)
                continue
            }
            gemeentesecties[code] = sectie
            guard Codevorm.cijfers(code, aantal: 4) else {
                sectie.meld(
                    "code '\(code)' is geen CBS-gemeentecode van 4 cijfers (met voorloopnullen)", bij: "code",
                    in: &problemen)
                continue
            }
            if let naam { gemeenten.append(Gemeente(code: code, naam: naam)) }
        }
    }

    /// Checks a list of gemeentecodes against the `[[gemeente]]` tables.
    func onbekendeGemeenten(_ codes: [String]) -> [String] {
        codes.filter { gemeentesecties[$0] == nil }
    }

    mutating func leesSegmenten(_ root: TOMLTable) {
        for sectie in tabellen("segment", in: root, verplicht: true, label: { Self.label("segment", $0, $1, "code") }) {
            sectie.controleerSleutels(
                ["code", "wet", "naam", "bekostiging", "gemeenten", "wachtnorm_weken", "wachtnorm_lang_weken"],
                in: &problemen)
            let normen = leesWachtnormen(sectie)
            let code = sectie.tekst("code", in: &problemen)
            let wet = sectie.tekst("wet", in: &problemen).flatMap { tekst in
                let wet = Wet(rawValue: tekst)
                if wet == nil {
                    sectie.meld("wet '\(tekst)' is onbekend (jeugdwet of wmo)", bij: "wet", in: &problemen)
                }
                return wet
            }
            let naam = sectie.tekst("naam", in: &problemen)
            let bekostiging = sectie.tekst("bekostiging", in: &problemen).flatMap { tekst in
                let bekostiging = Bekostiging(rawValue: tekst)
                if bekostiging == nil {
                    sectie.meld(
                        "bekostiging '\(tekst)' is onbekend (inspanningsgericht, outputgericht of taakgericht)",
                        bij: "bekostiging", in: &problemen)
                }
                return bekostiging
            }
            var deelnemers = sectie.tekstlijst("gemeenten", in: &problemen)
            if let lijst = deelnemers {
                let onbekend = onbekendeGemeenten(lijst)
                for gemeente in onbekend {
                    sectie.meld(
                        "gemeente '\(gemeente)' hoort niet bij de regio (geen [[gemeente]] met die code)",
                        element: gemeente,
                        van: "gemeenten", in: &problemen)
                }
                if !onbekend.isEmpty { deelnemers = nil }
            }
            guard let code else { continue }
            if let eerder = segmentsecties[code] {
                sectie.meld("code \(code) staat al bij \(eerder.label)", bij: "code", in: &problemen)
                continue
            }
            segmentsecties[code] = sectie
            if let wet, let naam, let bekostiging, let deelnemers, let normen {
                let segment = Segment(
                    code: code, wet: wet, naam: naam, bekostiging: bekostiging, gemeenten: Set(deelnemers),
                    wachtnormWeken: normen.norm, wachtnormLangWeken: normen.lang)
                segmenten.append(segment)
                segmentIndex[code] = segment
            }
        }
    }

    /// `wachtnorm_weken` (default 4) and `wachtnorm_lang_weken` (default 8): whole weeks, 1 to 104,
    /// the long norm not below the norm.
    private mutating func leesWachtnormen(_ sectie: TOMLSectie) -> (norm: Int, lang: Int)? {
        let norm = sectie.geheelGetal("wachtnorm_weken", verplicht: false, in: &problemen)
        let lang = sectie.geheelGetal("wachtnorm_lang_weken", verplicht: false, in: &problemen)
        let fout =
            (sectie.tabel["wachtnorm_weken"] != nil && norm == nil)
            || (sectie.tabel["wachtnorm_lang_weken"] != nil && lang == nil)
        guard !fout else { return nil }
        let resultaat = (norm: norm ?? 4, lang: lang ?? 8)
        for (sleutel, waarde) in [("wachtnorm_weken", resultaat.norm), ("wachtnorm_lang_weken", resultaat.lang)]
        where !(1...104).contains(waarde) {
            sectie.meld("\(sleutel) \(waarde) moet tussen 1 en 104 weken liggen", bij: sleutel, in: &problemen)
            return nil
        }
        guard resultaat.lang >= resultaat.norm else {
            sectie.meld(
                "wachtnorm_lang_weken \(resultaat.lang) ligt onder wachtnorm_weken \(resultaat.norm)",
                bij: "wachtnorm_lang_weken", in: &problemen)
            return nil
        }
        return resultaat
    }

    mutating func leesAanbieders(_ root: TOMLTable) {
        for sectie in tabellen(
            "aanbieder", in: root, verplicht: true, label: { Self.label("aanbieder", $0, $1, "agb") })
        {
            sectie.controleerSleutels(["agb", "naam"], in: &problemen)
            let agb = sectie.tekst("agb", in: &problemen)
            let naam = sectie.tekst("naam", in: &problemen)
            guard let agb else { continue }
            if let eerder = aanbiedersecties[agb] {
                sectie.meld("AGB-code \(agb) staat al bij \(eerder.label)", bij: "agb", in: &problemen)
                continue
            }
            aanbiedersecties[agb] = sectie
            guard Codevorm.cijfers(agb, aantal: 8) else {
                sectie.meld("agb '\(agb)' moet precies 8 cijfers zijn", bij: "agb", in: &problemen)
                continue
            }
            if let naam { aanbieders.append(Aanbieder(agb: agb, naam: naam)) }
        }
    }
}
