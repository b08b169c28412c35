import TOMLKit

/// Reading `[[plafond]]` of `regio.toml`: ceilings per segment, year and optionally gemeente or aanbieder.
extension Configuratieopbouw {

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
}
