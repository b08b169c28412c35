import Berichten

/// Renders a check report for people at a terminal.
enum Controleweergave {
    static func tekst(_ verslag: Controleverslag) -> String {
        var regels = [verslag.bestand]
        if let soort = verslag.soort {
            var kop = "  \(soort.naam) \(soort.type.omschrijving) (\(soort.standaard.naam) 3.2)"
            if let afzender = verslag.afzender {
                kop += soort.type == .toewijzing ? " van gemeente \(afzender)" : " van aanbieder \(afzender)"
            }
            if let ontvanger = verslag.ontvanger {
                kop += soort.type == .toewijzing ? " aan aanbieder \(ontvanger)" : " aan gemeente \(ontvanger)"
            }
            if let identificatie = verslag.identificatie { kop += ", Identificatie \(identificatie)" }
            regels.append(kop)
        }
        switch verslag.uitkomst {
        case .geldig:
            regels.append("  geldig")
        case .ongeldig:
            regels.append(
                "  ongeldig: \(verslag.bevindingen.count) bevinding(en) op niveau 2 (retourcode 0001, alleen Header retour)"
            )
            for bevinding in verslag.bevindingen {
                regels.append("  \(bevinding.regel)  \(bevinding.locatie.pad) (regel \(bevinding.locatie.regel))")
                regels.append("         \(bevinding.toelichting)")
                regels.append("         gevonden: \(bevinding.gevonden); verwacht: \(bevinding.verwacht)")
            }
        case .xsdOngeldig:
            regels.append("  XSD-ongeldig (niveau 1): er volgt geen retourbericht, het bestand wordt apart gezet")
            for toelichting in verslag.toelichtingen { regels.append("  - \(toelichting)") }
            for fout in verslag.xsdFouten {
                regels.append("  XSD  \(fout.path) (\(fout.position))")
                regels.append("       \(fout.message)")
            }
        case .geweigerd:
            if let weigering = verslag.weigering {
                regels.append("  geweigerd (\(weigering.code)): \(weigering.toelichting)")
            }
        }
        return regels.joined(separator: "\n")
    }
}
