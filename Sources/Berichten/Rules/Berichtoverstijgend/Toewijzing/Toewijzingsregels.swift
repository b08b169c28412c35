/// The level-3/4 rules on a ToegewezenProduct of a 301, in the order they are judged: TR332,
/// TR379, TR385 against the store, TR381 against the product list, and the region's contract
/// terms BD002, BD001, BD003, BD004 (not for a deleted toewijzing; reject or signal as the config
/// says).
enum Toewijzingsregels {
    static let alle: [Toewijzingsregel] = [tr332, tr379, tr385, tr381, bd002, bd001, bd003, bd004]

    static let tr332 = Toewijzingsregel(Regelcatalogus.tr332) { g in
        guard let huidige = g.huidige, huidige.bsn != g.bericht.client.bsn || huidige.aanbieder != g.bericht.aanbieder
        else { return [] }
        let nummer = g.product.toewijzingNummer
        let wie = huidige.bsn != g.bericht.client.bsn ? "een andere cliënt" : "aanbieder \(huidige.aanbieder)"
        return [
            Regelcatalogus.tr332.bevinding(
                g.product.positie.kind("ToewijzingNummer"), doel: g.doel,
                gevonden: "ToewijzingNummer \(nummer) is al gebruikt voor \(wie)",
                verwacht: "een nieuw ToewijzingNummer voor deze cliënt en aanbieder",
                toelichting: "ToewijzingNummer \(nummer) bestaat al in gemeente \(g.bericht.gemeente) voor \(wie)")
        ]
    }

    static let tr379 = Toewijzingsregel(Regelcatalogus.tr379) { g in
        guard let referentie = g.product.referentieAanbieder,
            g.context.referentieVerzonden.contains(g.product.toewijzingNummer)
        else {
            return []
        }
        return [
            Regelcatalogus.tr379.bevinding(
                g.product.positie.kind("ReferentieAanbieder"), doel: g.doel,
                gevonden: "ReferentieAanbieder \(referentie)",
                verwacht: "ReferentieAanbieder leeg (alleen bij de eerste verzending op een verzoek)",
                toelichting: "Toewijzing \(g.product.toewijzingNummer) is al eerder verzonden met ReferentieAanbieder "
                    + "\(referentie); ReferentieAanbieder hoort nu leeg te zijn")
        ]
    }

    static let tr385 = Toewijzingsregel(Regelcatalogus.tr385) { g in
        guard g.product.redenWijziging == .verwijderd, let open = g.context.staandeDebets[g.product.toewijzingNummer],
            open > 0
        else {
            return []
        }
        return [
            Regelcatalogus.tr385.bevinding(
                g.product.positie.kind("RedenWijziging"), doel: g.doel,
                gevonden: "verwijderen (13) met \(open) toegekende, niet-gecrediteerde prestatie(s)",
                verwacht: "eerst alle toegekende prestaties gecrediteerd",
                toelichting:
                    "Toewijzing \(g.product.toewijzingNummer) heeft toegekende prestaties en kan niet worden verwijderd"
            )
        ]
    }

    static let tr381 = Toewijzingsregel(Regelcatalogus.tr381) { g in
        guard let code = g.product.product?.code, let categorie = g.product.product?.categorie else { return [] }
        let definitie = g.config.product(wet: g.context.wet, code: code)
        guard definitie?.categorie != categorie else { return [] }
        return [
            Regelcatalogus.tr381.bevinding(
                g.product.positie.kind("Product"), doel: g.doel, gevonden: "product \(categorie)/\(code)",
                verwacht: definitie.map { "categorie \($0.categorie) bij code \(code)" }
                    ?? "een productcode uit de productcodelijst van de regio",
                toelichting: definitie.map {
                    "Productcode \(code) hoort bij categorie \($0.categorie), niet bij \(categorie)"
                }
                    ?? "Productcode \(code) staat niet in de productcodelijst van \(g.config.naam)")
        ]
    }

    /// The product's segment and the aanbieder's contract status on the Ingangsdatum, for the
    /// local rules; `nil` for a deleted toewijzing or a product outside every segment.
    private static func contract(_ g: Toewijzingsgeval) -> (code: String, segment: Segment, status: Contractstatus)? {
        guard !g.product.isVerwijderd, let code = g.product.product?.code,
            let segment = g.config.segment(wet: g.context.wet, productCode: code)
        else { return nil }
        let status = g.config.contractstatus(
            aanbieder: g.bericht.aanbieder, segment: segment.code, gemeente: g.bericht.gemeente,
            op: g.product.ingangsdatum)
        return (code, segment, status)
    }

    private static func lokaal(
        _ regel: Regel, _ g: Toewijzingsgeval, gevonden: String, verwacht: String, toelichting: String
    ) -> [Bevinding] {
        g.config.lokaleBevinding(
            regel, g.product.positie, g.doel, gevonden: gevonden, verwacht: verwacht, toelichting: toelichting
        )
        .map { [$0] } ?? []
    }

    static let bd002 = Toewijzingsregel(Regelcatalogus.bd002) { g in
        guard let (code, segment, status) = contract(g), status == .gemeenteNeemtNietDeel else { return [] }
        return lokaal(
            Regelcatalogus.bd002, g, gevonden: "gemeente \(g.bericht.gemeente), segment \(segment.naam)",
            verwacht: "een gemeente die deelneemt aan \(segment.naam)",
            toelichting:
                "Gemeente \(g.bericht.gemeente) neemt niet deel aan het segment \(segment.naam) (product \(code))")
    }

    static let bd001 = Toewijzingsregel(Regelcatalogus.bd001) { g in
        guard let (_, segment, status) = contract(g), status == .geenContract else { return [] }
        let ingang = g.product.ingangsdatum.nederlands
        return lokaal(
            Regelcatalogus.bd001, g,
            gevonden:
                "aanbieder \(g.bericht.aanbieder), segment \(segment.naam), gemeente \(g.bericht.gemeente), \(ingang)",
            verwacht: "een contract voor dit segment in deze gemeente op de ingangsdatum",
            toelichting:
                "Aanbieder \(g.bericht.aanbieder) is op \(ingang) niet gecontracteerd voor \(segment.naam) in gemeente "
                + "\(g.bericht.gemeente)")
    }

    static let bd003 = Toewijzingsregel(Regelcatalogus.bd003) { g in
        guard let (_, segment, status) = contract(g), case .overgang(let overgang) = status,
            g.huidige == nil, g.context.eerderBijAanbieder[g.product.toewijzingNummer] != true
        else { return [] }
        return lokaal(
            Regelcatalogus.bd003, g,
            gevonden:
                "nieuwe cliënt voor aanbieder \(g.bericht.aanbieder) in overgangsperiode \(overgang.overgang?.description ?? "")",
            verwacht: "alleen cliënten met een toewijzing van vóór de overgangsperiode",
            toelichting:
                "Aanbieder \(g.bericht.aanbieder) zit voor \(segment.naam) in de overgangsperiode en mag geen nieuwe cliënten krijgen"
        )
    }

    static let bd004 = Toewijzingsregel(Regelcatalogus.bd004) { g in
        guard let (code, segment, _) = contract(g), segment.bekostiging == .taakgericht else { return [] }
        return lokaal(
            Regelcatalogus.bd004, g,
            gevonden: "product \(code) uit taakgericht segment \(segment.naam) per cliënt toegewezen",
            verwacht: "geen toewijzing per cliënt (lumpsumfinanciering)",
            toelichting:
                "Segment \(segment.naam) is taakgericht bekostigd; product \(code) wordt niet per cliënt toegewezen")
    }
}

/// Level-3/4 judgement of a 301: the context once, then every rule on every ToegewezenProduct.
struct Toewijzingcontrole {
    let config: Regioconfiguratie

    func controleer(_ bericht: Toewijzingbericht, _ opslag: Opslagtransactie) throws -> [Bevinding] {
        beoordeel(bericht, try Toewijzingcontext(bericht, config: config, opslag: opslag))
    }

    func beoordeel(_ bericht: Toewijzingbericht, _ context: Toewijzingcontext) -> [Bevinding] {
        bericht.client.toegewezenProducten.enumerated().flatMap { index, product in
            let geval = Toewijzingsgeval(
                product: product, doel: .toegewezenProduct(index), bericht: bericht, context: context, config: config)
            return Toewijzingsregels.alle.flatMap { $0.controleer(geval) }
        }
    }
}
