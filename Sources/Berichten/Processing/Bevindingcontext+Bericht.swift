extension Bevindingcontext {
    /// What an auditor needs next to a finding, from the message it is about: the client, the
    /// toewijzing, the product, the period and the amount of the class the finding names.
    static func voor(_ bevinding: Bevinding, in bericht: Bericht) -> Bevindingcontext {
        var context = Bevindingcontext()
        switch (bericht, bevinding.doel) {
        case (.toewijzing(let t), .toegewezenProduct(let i)) where i < t.client.toegewezenProducten.count:
            let product = t.client.toegewezenProducten[i]
            context.bsn = t.client.bsn
            context.toewijzingNummer = product.toewijzingNummer
            context.product = product.product?.description
            context.periode = "\(product.ingangsdatum) t/m \(product.einddatum?.description ?? "")"
        case (.toewijzing(let t), _):
            context.bsn = t.client.bsn
        case (.declaratie(let d), .prestatie(let c, let p))
        where c < d.clienten.count && p < d.clienten[c].prestaties.count:
            let prestatie = d.clienten[c].prestaties[p]
            context.bsn = d.clienten[c].bsn
            context.toewijzingNummer = prestatie.toewijzingNummer
            context.product = prestatie.product.description
            context.periode = "\(prestatie.productPeriode.begindatum) t/m \(prestatie.productPeriode.einddatum)"
            context.bedrag = prestatie.ingediendBedrag.getekend
        case (.declaratie(let d), .declaratieClient(let c)) where c < d.clienten.count:
            context.bsn = d.clienten[c].bsn
        case (.declaratie(let d), _):
            context.periode = d.declaratie.declaratiePeriode.description
            context.bedrag = d.declaratie.totaalIngediendBedrag.getekend
        case (.zorgmelding(let z), .zorgmeldingproduct(let i)) where i < z.client.producten.count:
            let product = z.client.producten[i]
            context.bsn = z.client.bsn
            context.toewijzingNummer = product.toewijzingNummer
            context.product = product.product?.description
            context.periode = "\(product.begindatum) t/m \(product.einddatum?.description ?? "")"
        case (.zorgmelding(let z), _):
            context.bsn = z.client.bsn
        }
        return context
    }
}
