/// TR339, TR340, TR381, TR341 (product and unit) and TR307, TR308, TR319, TR387, TR388 (period)
/// against the toewijzing and the region's product list.
extension Prestatieregels {
    static let tr339 = Prestatieregel(Regelcatalogus.tr339) { g in
        guard let toewijzing = g.toewijzing, let categorie = toewijzing.product?.categorie,
            categorie != g.prestatie.productCategorie
        else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr339, "ProductCategorie", gevonden: "ProductCategorie \(g.prestatie.productCategorie)",
                verwacht: "ProductCategorie \(categorie) van toewijzing \(toewijzing.nummer)",
                toelichting: "De productcategorie wijkt af van de toewijzing")
        ]
    }

    static let tr340 = Prestatieregel(Regelcatalogus.tr340) { g in
        guard let toewijzing = g.toewijzing, let code = toewijzing.product?.code, code != g.prestatie.productCode else {
            return []
        }
        return [
            g.bevinding(
                Regelcatalogus.tr340, "ProductCode", gevonden: "ProductCode \(g.prestatie.productCode)",
                verwacht: "ProductCode \(code) van toewijzing \(toewijzing.nummer)",
                toelichting: "De productcode wijkt af van de toewijzing")
        ]
    }

    static let tr381 = Prestatieregel(Regelcatalogus.tr381) { g in
        let p = g.prestatie
        guard g.toewijzing != nil else { return [] }
        let definitie = g.config.product(wet: g.context.wet, code: p.productCode)
        guard definitie?.categorie != p.productCategorie else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr381, "ProductCode", gevonden: "product \(p.productCategorie)/\(p.productCode)",
                verwacht: definitie.map { "categorie \($0.categorie) bij code \(p.productCode)" }
                    ?? "een code uit de productcodelijst van de regio",
                toelichting: definitie.map { "Productcode \(p.productCode) hoort bij categorie \($0.categorie)" }
                    ?? "Productcode \(p.productCode) staat niet in de productcodelijst")
        ]
    }

    static let tr341 = Prestatieregel(Regelcatalogus.tr341) { g in
        let p = g.prestatie
        guard let toewijzing = g.toewijzing,
            let toegewezen = toewijzing.omvang?.eenheid
                ?? g.config.product(wet: g.context.wet, code: p.productCode)?.eenheid,
            toegewezen != p.eenheid, !(toegewezen == .uur && p.eenheid == .minuut)
        else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr341, "Eenheid", gevonden: "Eenheid \(p.eenheid.codeEnOmschrijving)",
                verwacht: "Eenheid \(toegewezen.codeEnOmschrijving)" + (toegewezen == .uur ? " of 01 (minuut)" : ""),
                toelichting: "De eenheid van de prestatie past niet bij de toewijzing \(toewijzing.nummer)")
        ]
    }

    static let tr307 = Prestatieregel(Regelcatalogus.tr307) { g in
        let periode = g.prestatie.productPeriode
        guard let toewijzing = g.toewijzing, periode.begindatum < toewijzing.ingangsdatum else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr307, "ProductPeriode/Begindatum", gevonden: periode.begindatum.nederlands,
                verwacht: "op of na Ingangsdatum \(toewijzing.ingangsdatum.nederlands)",
                toelichting: "De productperiode begint voor de toewijzing")
        ]
    }

    static let tr308 = Prestatieregel(Regelcatalogus.tr308) { g in
        let periode = g.prestatie.productPeriode
        guard let eind = g.toewijzing?.einddatum, periode.einddatum > eind else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr308, "ProductPeriode/Einddatum", gevonden: periode.einddatum.nederlands,
                verwacht: "uiterlijk Einddatum \(eind.nederlands)",
                toelichting: "De productperiode eindigt na de toewijzing")
        ]
    }

    static let tr319 = Prestatieregel(Regelcatalogus.tr319) { g in
        let periode = g.prestatie.productPeriode
        let einde = g.bericht.declaratie.declaratiePeriode.einddatum
        guard g.toewijzing != nil, periode.einddatum > einde else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr319, "ProductPeriode", gevonden: periode.description,
                verwacht: "uiterlijk \(einde.nederlands) (einde declaratieperiode)",
                toelichting: "De productperiode ligt na de declaratieperiode")
        ]
    }

    static let tr387 = Prestatieregel(Regelcatalogus.tr387) { g in
        let periode = g.prestatie.productPeriode
        guard let toewijzing = g.toewijzing else { return [] }
        let verwacht = max(periode.begindatum.eersteVanMaand, toewijzing.ingangsdatum)
        guard periode.begindatum != verwacht, periode.begindatum >= toewijzing.ingangsdatum else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr387, "ProductPeriode/Begindatum", gevonden: periode.begindatum.nederlands,
                verwacht: verwacht.nederlands,
                toelichting:
                    "De productperiode begint niet op de 1e van de maand (of op de latere ingangsdatum van de toewijzing)"
            )
        ]
    }

    static let tr388 = Prestatieregel(Regelcatalogus.tr388) { g in
        let periode = g.prestatie.productPeriode
        guard let toewijzing = g.toewijzing else { return [] }
        let verwacht =
            toewijzing.einddatum.map { min(periode.begindatum.laatsteVanMaand, $0) }
            ?? periode.begindatum.laatsteVanMaand
        guard periode.einddatum != verwacht, toewijzing.einddatum.map({ periode.einddatum <= $0 }) ?? true else {
            return []
        }
        return [
            g.bevinding(
                Regelcatalogus.tr388, "ProductPeriode/Einddatum", gevonden: periode.einddatum.nederlands,
                verwacht: verwacht.nederlands,
                toelichting:
                    "De productperiode eindigt niet op de laatste dag van de maand (of op de eerdere einddatum van de toewijzing)"
            )
        ]
    }
}
