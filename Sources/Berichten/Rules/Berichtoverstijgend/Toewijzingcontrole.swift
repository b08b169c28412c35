/// Level-3/4 rules and local contract rules on the products of a 301.
struct Toewijzingcontrole {
    let config: Regioconfiguratie

    func controleer(_ bericht: Toewijzingbericht, _ opslag: Opslagtransactie) throws -> [Bevinding] {
        let wet = bericht.soort.standaard.wet
        var uit: [Bevinding] = []
        for (index, product) in bericht.client.toegewezenProducten.enumerated() {
            let doel = Klassedoel.toegewezenProduct(index)
            let huidige = try opslag.huidigeToewijzing(gemeente: bericht.gemeente, wet: wet, nummer: product.toewijzingNummer)
            if let huidige, huidige.bsn != bericht.client.bsn || huidige.aanbieder != bericht.aanbieder {
                let wie = huidige.bsn != bericht.client.bsn ? "een andere cliënt" : "aanbieder \(huidige.aanbieder)"
                uit.append(Regelcatalogus.tr332.bevinding(
                    product.positie.kind("ToewijzingNummer"), doel: doel,
                    gevonden: "ToewijzingNummer \(product.toewijzingNummer) is al gebruikt voor \(wie)",
                    verwacht: "een nieuw ToewijzingNummer voor deze cliënt en aanbieder",
                    toelichting: "ToewijzingNummer \(product.toewijzingNummer) bestaat al in gemeente \(bericht.gemeente) voor \(wie)"))
            }
            if let referentie = product.referentieAanbieder,
                try opslag.referentieAanbiederVerzonden(
                    gemeente: bericht.gemeente, wet: wet, nummer: product.toewijzingNummer, referentie: referentie)
            {
                uit.append(Regelcatalogus.tr379.bevinding(
                    product.positie.kind("ReferentieAanbieder"), doel: doel, gevonden: "ReferentieAanbieder \(referentie)",
                    verwacht: "ReferentieAanbieder leeg (alleen bij de eerste verzending op een verzoek)",
                    toelichting: "Toewijzing \(product.toewijzingNummer) is al eerder verzonden met ReferentieAanbieder "
                        + "\(referentie); ReferentieAanbieder hoort nu leeg te zijn"))
            }
            if product.redenWijziging == .verwijderd {
                let open = try opslag.staandeDebets(gemeente: bericht.gemeente, wet: wet, toewijzingNummer: product.toewijzingNummer)
                if open > 0 {
                    uit.append(Regelcatalogus.tr385.bevinding(
                        product.positie.kind("RedenWijziging"), doel: doel,
                        gevonden: "verwijderen (13) met \(open) toegekende, niet-gecrediteerde prestatie(s)",
                        verwacht: "eerst alle toegekende prestaties gecrediteerd",
                        toelichting: "Toewijzing \(product.toewijzingNummer) heeft toegekende prestaties en kan niet worden verwijderd"))
                }
            }
            if let code = product.product?.code, let categorie = product.product?.categorie {
                let definitie = config.product(wet: wet, code: code)
                if definitie?.categorie != categorie {
                    uit.append(Regelcatalogus.tr381.bevinding(
                        product.positie.kind("Product"), doel: doel, gevonden: "product \(categorie)/\(code)",
                        verwacht: definitie.map { "categorie \($0.categorie) bij code \(code)" }
                            ?? "een productcode uit de productcodelijst van de regio",
                        toelichting: definitie.map { "Productcode \(code) hoort bij categorie \($0.categorie), niet bij \(categorie)" }
                            ?? "Productcode \(code) staat niet in de productcodelijst van \(config.naam)"))
                }
            }
            if !product.isVerwijderd {
                uit += try lokaleRegels(bericht, product, doel, huidige: huidige, opslag)
            }
        }
        return uit
    }

    /// BD001–BD004: contract terms of the region (signal or reject, as configured).
    private func lokaleRegels(
        _ bericht: Toewijzingbericht, _ product: ToegewezenProduct, _ doel: Klassedoel,
        huidige: OpgeslagenToewijzing?, _ opslag: Opslagtransactie
    ) throws -> [Bevinding] {
        let wet = bericht.soort.standaard.wet
        guard let code = product.product?.code, let segment = config.segment(wet: wet, productCode: code) else { return [] }
        var uit: [Bevinding] = []
        let positie = product.positie
        func lokaal(
            _ regel: Regel, _ positie: Bronpositie, _ doel: Klassedoel, gevonden: String, verwacht: String, toelichting: String
        ) -> [Bevinding] {
            config.lokaleBevinding(regel, positie, doel, gevonden: gevonden, verwacht: verwacht, toelichting: toelichting)
                .map { [$0] } ?? []
        }
        let status = config.contractstatus(
            aanbieder: bericht.aanbieder, segment: segment.code, gemeente: bericht.gemeente, op: product.ingangsdatum)
        switch status {
        case .gemeenteNeemtNietDeel:
            uit += lokaal(Regelcatalogus.bd002, positie, doel,
                gevonden: "gemeente \(bericht.gemeente), segment \(segment.naam)",
                verwacht: "een gemeente die deelneemt aan \(segment.naam)",
                toelichting: "Gemeente \(bericht.gemeente) neemt niet deel aan het segment \(segment.naam) (product \(code))")
        case .geenContract:
            uit += lokaal(Regelcatalogus.bd001, positie, doel,
                gevonden: "aanbieder \(bericht.aanbieder), segment \(segment.naam), gemeente \(bericht.gemeente), \(product.ingangsdatum.nederlands)",
                verwacht: "een contract voor dit segment in deze gemeente op de ingangsdatum",
                toelichting: "Aanbieder \(bericht.aanbieder) is op \(product.ingangsdatum.nederlands) niet gecontracteerd voor "
                    + "\(segment.naam) in gemeente \(bericht.gemeente)")
        case .overgang(let contract):
            let eerder = try opslag.heeftEerdereToewijzing(
                gemeente: bericht.gemeente, wet: wet, aanbieder: bericht.aanbieder, bsn: bericht.client.bsn,
                voor: contract.overgang?.van ?? product.ingangsdatum)
            let bestaand = huidige != nil || eerder
            if !bestaand {
                uit += lokaal(Regelcatalogus.bd003, positie, doel,
                    gevonden: "nieuwe cliënt voor aanbieder \(bericht.aanbieder) in overgangsperiode \(contract.overgang?.description ?? "")",
                    verwacht: "alleen cliënten met een toewijzing van vóór de overgangsperiode",
                    toelichting: "Aanbieder \(bericht.aanbieder) zit voor \(segment.naam) in de overgangsperiode en mag geen "
                        + "nieuwe cliënten krijgen")
            }
        case .gecontracteerd:
            break
        }
        if segment.bekostiging == .taakgericht {
            uit += lokaal(Regelcatalogus.bd004, positie, doel,
                gevonden: "product \(code) uit taakgericht segment \(segment.naam) per cliënt toegewezen",
                verwacht: "geen toewijzing per cliënt (lumpsumfinanciering)",
                toelichting: "Segment \(segment.naam) is taakgericht bekostigd; product \(code) wordt niet per cliënt toegewezen")
        }
        return uit
    }
}
