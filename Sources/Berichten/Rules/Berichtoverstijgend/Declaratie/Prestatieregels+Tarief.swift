/// TR418 (ProductTarief is the contract tariff) and TR346 (IngediendBedrag is volume × tariff),
/// against the region's contract tariffs.
extension Prestatieregels {
    /// The contract tariff of a prestatie on its first day: per its own unit, or (IV081) per hour
    /// when it is declared in minutes on an hourly tariff.
    private struct Contract {
        let tarief: Int64
        /// The message's tariff: absent for Eenheid 83 (CD087).
        let verwachtTarief: Int64?
        let uurtarief: Int64?

        init?(_ g: Prestatiegeval) {
            let p = g.prestatie
            guard p.eenheid != .euro, let tarief = p.productTarief else { return nil }
            let datum = p.productPeriode.begindatum
            func contract(_ eenheid: Eenheid) -> Int64? {
                g.config.contractTarief(
                    wet: g.context.wet, productCode: p.productCode, eenheid: eenheid, aanbieder: g.bericht.aanbieder,
                    gemeente: g.bericht.gemeente, op: datum)?.centPerEenheid
            }
            let eigen = contract(p.eenheid)
            self.tarief = tarief
            uurtarief = eigen == nil && p.eenheid == .minuut ? contract(.uur) : nil
            verwachtTarief = eigen ?? uurtarief.map { Afronding.halfOmhoog($0, gedeeldDoor: 60) }
        }
    }

    static let tr418 = Prestatieregel(Regelcatalogus.tr418) { g in
        let p = g.prestatie
        guard g.toewijzing != nil, let contract = Contract(g) else { return [] }
        let datum = p.productPeriode.begindatum
        guard let verwacht = contract.verwachtTarief else {
            return [
                g.bevinding(
                    Regelcatalogus.tr418, "ProductTarief", gevonden: "ProductTarief \(contract.tarief)",
                    verwacht: "een contracttarief voor \(p.productCode) in eenheid \(p.eenheid.codeEnOmschrijving)",
                    toelichting:
                        "Er is geen contracttarief voor product \(p.productCode) bij aanbieder \(g.bericht.aanbieder) in gemeente "
                        + "\(g.bericht.gemeente) op \(datum.nederlands)")
            ]
        }
        guard contract.tarief != verwacht else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr418, "ProductTarief",
                gevonden: "ProductTarief \(contract.tarief) (\(Eurocent.tekst(contract.tarief)))",
                verwacht: "contracttarief \(verwacht) (\(Eurocent.tekst(verwacht))) per \(p.eenheid.omschrijving)"
                    + (contract.uurtarief.map { " (uurtarief \($0) / 60)" } ?? ""),
                toelichting:
                    "Het ProductTarief wijkt af van het contracttarief voor \(p.productCode) op \(datum.nederlands)")
        ]
    }

    /// IV081: an hourly contract tariff declared in minutes. The rounded per-minute tariff goes
    /// into ProductTarief (TR418 checks it) but is "niet gebruikt voor de berekening van
    /// IngediendBedrag": that is (contractuele uurtarief × aantal minuten) / 60, rounded to cents.
    static let tr346 = Prestatieregel(Regelcatalogus.tr346) { g in
        let p = g.prestatie
        guard g.toewijzing != nil, let contract = Contract(g) else { return [] }
        let verwacht =
            contract.uurtarief.map { Afronding.halfOmhoog($0 * p.geleverdVolume, gedeeldDoor: 60) }
            ?? contract.tarief * p.geleverdVolume
        guard p.ingediendBedrag.bedrag != verwacht else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr346, "IngediendBedrag", gevonden: "IngediendBedrag \(p.ingediendBedrag.bedrag)",
                verwacht: "\(verwacht) (\(p.geleverdVolume) × "
                    + (contract.uurtarief.map { "uurtarief \($0) / 60, afgerond op hele centen (IV081)" }
                        ?? "ProductTarief \(contract.tarief)") + ")",
                toelichting: contract.uurtarief == nil
                    ? "Het ingediende bedrag is niet GeleverdVolume × ProductTarief"
                    : "Het ingediende bedrag is niet het contractuele uurtarief × minuten / 60 (IV081)")
        ]
    }
}
