/// TR369 (budget), TR321 (volume of the product period) and TR322 (volume over the run)
/// against the toewijzing and what was declared on it before.
extension Prestatieregels {
    static let tr369 = Prestatieregel(Regelcatalogus.tr369) { g in
        let p = g.prestatie
        guard let toewijzing = g.toewijzing, let budget = toewijzing.budget else { return [] }
        // The budget is in eurocent: a prestatie counts with its amount, which for Eenheid 83 is its GeleverdVolume (CS339).
        let eerder = g.stand.verbruik(toewijzing.nummer, g.context).reduce(Int64(0)) { $0 + $1.bedrag }
        let deze = p.ingediendBedrag.bedrag
        guard eerder + deze > budget else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr369, "IngediendBedrag",
                gevonden: "\(Eurocent.tekst(deze)) (GeleverdVolume \(p.geleverdVolume) \(p.eenheid.omschrijving)), "
                    + "eerder \(Eurocent.tekst(eerder)), samen \(Eurocent.tekst(eerder + deze))",
                verwacht: "samen hooguit Budget \(Eurocent.tekst(budget))",
                toelichting:
                    "Het budget van toewijzing \(toewijzing.nummer) (\(Eurocent.tekst(budget))) wordt overschreden")
        ]
    }

    /// The toewijzing's Omvang when the prestatie is in its unit (or in minutes on hours), with
    /// the factor that brings hours to minutes.
    private static func omvang(
        _ g: Prestatiegeval
    ) -> (toewijzing: OpgeslagenToewijzing, omvang: Omvang, schaal: Int64)? {
        guard let toewijzing = g.toewijzing, let omvang = toewijzing.omvang,
            omvang.eenheid == g.prestatie.eenheid || (omvang.eenheid == .uur && g.prestatie.eenheid == .minuut)
        else { return nil }
        return (toewijzing, omvang, omvang.eenheid == .uur ? 60 : 1)
    }

    private static func genormaliseerd(_ volume: Int64, _ eenheid: Eenheid, _ omvang: Omvang) -> Int64 {
        omvang.eenheid == .uur && eenheid == .uur ? volume * 60 : volume
    }

    /// TR321 judges this prestatie's own GeleverdVolume against the volume of its product period
    /// (IV076–IV079). An earlier approved debet in the same period is TR389's business (9389), so
    /// volumes are not added up here; the sum over the whole run is TR322's.
    static let tr321 = Prestatieregel(Regelcatalogus.tr321) { g in
        let p = g.prestatie
        guard let (toewijzing, omvang, schaal) = omvang(g) else { return [] }
        let deze = genormaliseerd(p.geleverdVolume, p.eenheid, omvang)
        let maximum =
            Volumenorm.maximumPerPeriode(
                omvang, periode: p.productPeriode, toewijzing: (toewijzing.ingangsdatum, toewijzing.einddatum),
                product: (g.context.wet, toewijzing.product?.categorie)) * schaal
        guard deze > maximum else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr321, "GeleverdVolume",
                gevonden: "GeleverdVolume \(p.geleverdVolume) \(p.eenheid.omschrijving)",
                verwacht:
                    "hooguit \(maximum / (p.eenheid == .minuut ? 1 : schaal)) \(p.eenheid.omschrijving) in \(p.productPeriode) (\(omvang))",
                toelichting: "Het geleverde volume is groter dan toegewezen voor deze productperiode")
        ]
    }

    static let tr322 = Prestatieregel(Regelcatalogus.tr322) { g in
        let p = g.prestatie
        guard let (toewijzing, omvang, schaal) = omvang(g),
            let maximum = Volumenorm.maximumLooptijd(
                omvang, ingang: toewijzing.ingangsdatum, eind: toewijzing.einddatum)
        else { return [] }
        let deze = genormaliseerd(p.geleverdVolume, p.eenheid, omvang)
        let totaal = g.stand.verbruik(toewijzing.nummer, g.context).reduce(Int64(0)) {
            $0 + genormaliseerd($1.volume, $1.eenheid, omvang)
        }
        guard totaal + deze > maximum * schaal else { return [] }
        let deler: Int64 = p.eenheid == .minuut ? 1 : schaal
        return [
            g.bevinding(
                Regelcatalogus.tr322, "GeleverdVolume",
                gevonden: "totaal gedeclareerd \((totaal + deze) / deler) \(p.eenheid.omschrijving)",
                verwacht: "hooguit \(maximum * schaal / deler) over de looptijd (\(omvang))",
                toelichting:
                    "De som van het geleverde volume op toewijzing \(toewijzing.nummer) is groter dan toegewezen")
        ]
    }
}
