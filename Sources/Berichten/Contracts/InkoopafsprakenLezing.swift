import TOMLKit

/// Reading the contracts of `regio.toml` (`[[contract]]`); they refer to the gemeenten, segments
/// and aanbieders read before them. Plafonds and local rules have their own files.
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
}
