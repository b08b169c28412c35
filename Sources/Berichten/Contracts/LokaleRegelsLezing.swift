import TOMLKit

/// Reading `[lokale_regels]` of `regio.toml`: each local rule on, off or signalling.
extension Configuratieopbouw {

    mutating func leesLokaleRegels(_ root: TOMLTable) {
        guard let waarde = root["lokale_regels"]?.tomlValue else { return }
        guard let tabel = waarde.table else {
            problemen.meld(
                pad, locator.topniveau("lokale_regels"),
                "'lokale_regels' moet een tabel zijn: schrijf [lokale_regels.BD001]")
            return
        }
        for code in tabel.keys.sorted() {
            let kop = "lokale_regels.\(code)"
            let regel =
                locator.kop(kop) ?? locator.sleutel(code, in: "lokale_regels") ?? locator.topniveau("lokale_regels")
            guard Self.lokaleRegelcodes.contains(code) else {
                problemen.meld(
                    pad, regel,
                    "onbekende lokale regel '\(code)'\(Spellingsuggestie.tekst(voor: code, uit: Self.lokaleRegelcodes))"
                        + " (bekend: \(Self.lokaleRegelcodes.joined(separator: ", ")))")
                continue
            }
            guard let instelling = tabel[code]?.table else {
                problemen.meld(
                    pad, regel, "lokale regel \(code) moet een tabel zijn: schrijf [\(kop)] met actie (en retourcode)")
                continue
            }
            let sectie =
                locator.kop(kop) != nil
                ? TOMLSectie(tabel: instelling, label: "lokale regel \(code)", bestand: pad, kop: kop, locator: locator)
                : TOMLSectie(
                    tabel: instelling, label: "lokale regel \(code)", bestand: pad, regel: regel, locator: locator)
            guard let resultaat = leesLokaleRegel(sectie) else { continue }
            if code == Regelcatalogus.bd005.code, resultaat.actie == .afwijzen {
                // OP364: start and stop may never be a condition for accepting a declaratie.
                sectie.meld(
                    "BD005 kan niet afwijzen: een ontbrekende start zorg mag nooit een voorwaarde zijn voor een "
                        + "declaratie (OP364); kies signaleren of uit", bij: "actie", in: &problemen)
                continue
            }
            lokaleRegels[code] = resultaat
        }
    }

    /// `actie` and, exactly when it is `afwijzen`, a rejecting WJ001 `retourcode`.
    private mutating func leesLokaleRegel(_ sectie: TOMLSectie) -> LokaleRegelInstelling? {
        sectie.controleerSleutels(["actie", "retourcode"], in: &problemen)
        let actie = sectie.tekst("actie", in: &problemen).flatMap { tekst in
            let actie = LokaleRegelActie(rawValue: tekst)
            if actie == nil {
                sectie.meld("actie '\(tekst)' is onbekend (signaleren, afwijzen of uit)", bij: "actie", in: &problemen)
            }
            return actie
        }
        let retourcode = sectie.tekst("retourcode", verplicht: false, in: &problemen)
        guard let actie else { return nil }
        guard actie == .afwijzen else {
            if retourcode != nil || sectie.tabel["retourcode"] != nil {
                sectie.meld(
                    "retourcode hoort alleen bij actie 'afwijzen' (actie is '\(actie.rawValue)')", bij: "retourcode",
                    in: &problemen)
                return nil
            }
            return LokaleRegelInstelling(actie: actie, retourCode: nil)
        }
        guard let retourcode else {
            if sectie.tabel["retourcode"] == nil {
                sectie.meld(
                    "actie 'afwijzen' vraagt een retourcode (een WJ001-code, bijv. S329)", bij: "actie", in: &problemen)
            }
            return nil
        }
        guard retourcode.count == 4 else {
            sectie.meld(
                "retourcode '\(retourcode)' moet een WJ001-code van 4 tekens zijn", bij: "retourcode", in: &problemen)
            return nil
        }
        guard Retourcodelijst.wj001.contains(retourcode) else {
            sectie.meld(
                "retourcode '\(retourcode)' staat niet in WJ001 (release 3.2)", bij: "retourcode", in: &problemen)
            return nil
        }
        guard !Retourcodelijst.geenAfwijzing.contains(retourcode) else {
            sectie.meld(
                "retourcode \(retourcode) wijst niets af: kies een afwijzende WJ001-code", bij: "retourcode",
                in: &problemen)
            return nil
        }
        return LokaleRegelInstelling(actie: actie, retourCode: RetourCode(retourcode))
    }
}
