import TOMLKit

/// Reading the agreements of `regio.toml`: `[[contract]]`, `[[plafond]]` and `[lokale_regels]`.
/// These refer to the gemeenten, segments and aanbieders read before them.
extension Configuratieopbouw {
    static let lokaleRegelcodes = ["BD001", "BD002", "BD003", "BD004", "BD005"]

    mutating func leesContracten(_ root: TOMLTable) {
        let secties = tabellen("contract", in: root, verplicht: true) { nummer, tabel in
            tabel["aanbieder"]?.string.map { "contract \(nummer) (aanbieder \($0))" } ?? "contract \(nummer)"
        }
        for sectie in secties {
            sectie.controleerSleutels(
                ["aanbieder", "segmenten", "gemeenten", "ingangsdatum", "einddatum", "overgang"], in: &problemen)
            var volledig = true
            let aanbieder = sectie.tekst("aanbieder", in: &problemen)
            if let aanbieder, aanbiedersecties[aanbieder] == nil {
                sectie.meld(
                    "aanbieder '\(aanbieder)' bestaat niet (geen [[aanbieder]] met die AGB-code)", bij: "aanbieder",
                    in: &problemen)
                volledig = false
            }
            let segmentcodes = sectie.tekstlijst("segmenten", in: &problemen)
            for code in segmentcodes ?? [] where segmentsecties[code] == nil {
                sectie.meld("segment '\(code)' bestaat niet", element: code, van: "segmenten", in: &problemen)
                volledig = false
            }
            let gemeentecodes = leesContractgemeenten(sectie, segmentcodes: segmentcodes)
            let ingang = sectie.datum("ingangsdatum", in: &problemen)
            let einde = sectie.datum("einddatum", verplicht: false, in: &problemen)
            if let ingang, let einde, einde < ingang {
                sectie.meld("einddatum \(einde) ligt vóór ingangsdatum \(ingang)", bij: "einddatum", in: &problemen)
                volledig = false
            }
            let heeftEinde = sectie.tabel["einddatum"] != nil
            var overgang: Geldigheid?
            if let deel = sectie.deeltabel("overgang", verplicht: false, in: &problemen) {
                overgang = leesOvergang(deel, einde: einde, heeftEinde: heeftEinde)
            }
            if (sectie.tabel["overgang"] != nil && overgang == nil) || (heeftEinde && einde == nil) {
                volledig = false
            }
            let gemeenten: Set<String>?
            switch gemeentecodes {
            case .alle: gemeenten = nil
            case .alleen(let codes): gemeenten = Set(codes)
            case .fout: gemeenten = nil; volledig = false
            }
            guard volledig, let aanbieder, let segmentcodes, let ingang else {
                if let aanbieder { aanbiedersMetOnvolledigContract.insert(aanbieder) }
                continue
            }
            contracten.append(
                Contract(
                    aanbieder: aanbieder, segmenten: Set(segmentcodes), gemeenten: gemeenten,
                    geldigheid: Geldigheid(van: ingang, tot: einde), overgang: overgang))
        }
    }

    /// What the optional `gemeenten` of a contract says.
    private enum Contractgemeenten {
        /// Not given: every participating gemeente of each segment.
        case alle
        case alleen([String])
        /// Given, but with a problem (reported).
        case fout
    }

    /// The optional `gemeenten` of a contract; each must take part in one of its segments.
    private mutating func leesContractgemeenten(_ sectie: TOMLSectie, segmentcodes: [String]?) -> Contractgemeenten {
        guard sectie.tabel["gemeenten"] != nil else { return .alle }
        guard let codes = sectie.tekstlijst("gemeenten", in: &problemen) else { return .fout }
        let onbekend = onbekendeGemeenten(codes)
        for gemeente in onbekend {
            sectie.meld(
                "gemeente '\(gemeente)' hoort niet bij de regio (geen [[gemeente]] met die code)", element: gemeente,
                van: "gemeenten", in: &problemen)
        }
        guard onbekend.isEmpty else { return .fout }
        guard let segmentcodes else { return .alleen(codes) }
        let segmenten = segmentcodes.compactMap { segmentIndex[$0] }
        guard segmenten.count == segmentcodes.count else { return .alleen(codes) }
        var goed = true
        for gemeente in codes where !segmenten.contains(where: { $0.gemeenten.contains(gemeente) }) {
            sectie.meld(
                "gemeente \(gemeente) neemt aan geen van de segmenten van dit contract deel (\(segmentcodes.joined(separator: ", ")))",
                element: gemeente, van: "gemeenten", in: &problemen)
            goed = false
        }
        return goed ? .alleen(codes) : .fout
    }

    /// `overgang = { van, tot }`: both dates, after the contract period.
    private mutating func leesOvergang(_ deel: TOMLSectie, einde: Datum?, heeftEinde: Bool) -> Geldigheid? {
        deel.controleerSleutels(["van", "tot"], in: &problemen)
        let van = deel.datum("van", in: &problemen)
        let tot = deel.datum("tot", in: &problemen)
        guard let van, let tot else { return nil }
        if tot < van {
            deel.meld("tot \(tot) ligt vóór van \(van)", in: &problemen)
            return nil
        }
        if !heeftEinde {
            deel.meld(
                "een overgangsperiode volgt op het einde van het contract, maar het contract heeft geen einddatum",
                in: &problemen)
            return nil
        }
        if let einde, van <= einde {
            deel.meld(
                "de overgang begint op \(van) en moet na de contractperiode liggen (einddatum \(einde))", in: &problemen
            )
            return nil
        }
        return Geldigheid(van: van, tot: tot)
    }

    mutating func leesPlafonds(_ root: TOMLTable) {
        let secties = tabellen("plafond", in: root, verplicht: false) { nummer, tabel in
            let delen = [tabel["segment"]?.string, tabel["jaar"]?.int.map(String.init)].compactMap { $0 }
            return delen.isEmpty ? "plafond \(nummer)" : "plafond \(nummer) (\(delen.joined(separator: " ")))"
        }
        struct Sleutel: Hashable {
            let segment: String, jaar: Int, gemeente: String?, aanbieder: String?
        }
        var eerder: [Sleutel: String] = [:]
        for sectie in secties {
            sectie.controleerSleutels(
                ["segment", "jaar", "bedrag_cent", "gemeente", "aanbieder", "signaal_procent"], in: &problemen)
            var goed = true
            let segment = sectie.tekst("segment", in: &problemen)
            if let segment, segmentsecties[segment] == nil {
                sectie.meld("segment '\(segment)' bestaat niet", bij: "segment", in: &problemen)
                goed = false
            }
            var jaar = sectie.geheelGetal("jaar", in: &problemen)
            if let waarde = jaar, !(1990...2100).contains(waarde) {
                sectie.meld("jaar \(waarde) is geen geldig jaartal", bij: "jaar", in: &problemen)
                jaar = nil
            }
            var bedrag = sectie.geheelGetal("bedrag_cent", in: &problemen)
            if let waarde = bedrag, waarde <= 0 {
                sectie.meld(
                    "bedrag_cent moet groter dan 0 zijn (gevonden: \(waarde))", bij: "bedrag_cent", in: &problemen)
                bedrag = nil
            }
            let gemeente = sectie.tekst("gemeente", verplicht: false, in: &problemen)
            if let gemeente {
                if gemeentesecties[gemeente] == nil {
                    sectie.meld(
                        "gemeente '\(gemeente)' hoort niet bij de regio (geen [[gemeente]] met die code)",
                        bij: "gemeente",
                        in: &problemen)
                    goed = false
                } else if let segment, let definitie = segmentIndex[segment], !definitie.gemeenten.contains(gemeente) {
                    sectie.meld(
                        "gemeente \(gemeente) neemt niet deel aan segment \(segment)", bij: "gemeente", in: &problemen)
                    goed = false
                }
            }
            let aanbieder = sectie.tekst("aanbieder", verplicht: false, in: &problemen)
            if let aanbieder {
                if aanbiedersecties[aanbieder] == nil {
                    sectie.meld(
                        "aanbieder '\(aanbieder)' bestaat niet (geen [[aanbieder]] met die AGB-code)", bij: "aanbieder",
                        in: &problemen)
                    goed = false
                } else if let segment, let jaar, !aanbiedersMetOnvolledigContract.contains(aanbieder),
                    !heeftContract(aanbieder: aanbieder, segment: segment, jaar: jaar)
                {
                    sectie.meld(
                        "aanbieder \(aanbieder) heeft in \(jaar) geen contract (of overgang) voor segment \(segment)",
                        bij: "aanbieder", in: &problemen)
                    goed = false
                }
            }
            var signaal = 80
            if sectie.tabel["signaal_procent"] != nil {
                if let waarde = sectie.geheelGetal("signaal_procent", in: &problemen), (1...100).contains(waarde) {
                    signaal = waarde
                } else {
                    if let waarde = sectie.tabel["signaal_procent"]?.int {
                        sectie.meld(
                            "signaal_procent \(waarde) moet tussen 1 en 100 liggen", bij: "signaal_procent",
                            in: &problemen)
                    }
                    goed = false
                }
            }
            guard goed, let segment, let jaar, let bedrag else { continue }
            let sleutel = Sleutel(segment: segment, jaar: jaar, gemeente: gemeente, aanbieder: aanbieder)
            if let label = eerder[sleutel] {
                sectie.meld(
                    "dubbel plafond: \(label) heeft hetzelfde segment, jaar, gemeente en aanbieder", in: &problemen)
                continue
            }
            eerder[sleutel] = sectie.label
            plafonds.append(
                Plafond(
                    segment: segment, jaar: jaar, bedragCent: Int64(bedrag), gemeente: gemeente, aanbieder: aanbieder,
                    signaalProcent: signaal))
        }
    }

    /// Whether a contract or transition period of the aanbieder covers the segment in some part of the year.
    private func heeftContract(aanbieder: String, segment: String, jaar: Int) -> Bool {
        guard let begin = Datum(jaar: jaar, maand: 1, dag: 1), let einde = Datum(jaar: jaar, maand: 12, dag: 31) else {
            return false
        }
        func raakt(_ periode: Geldigheid?) -> Bool {
            guard let periode else { return false }
            return periode.van <= einde && (periode.tot.map { $0 >= begin } ?? true)
        }
        return contracten.contains {
            $0.aanbieder == aanbieder && $0.segmenten.contains(segment) && (raakt($0.geldigheid) || raakt($0.overgang))
        }
    }

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
