/// Level-2 rules of the 301 on each ToegewezenProduct and between them.
extension Berichtinhoud301 {
    static let productControles: [Controle] = [
        Controle(Regelcatalogus.cs003) { bericht, regel, uit in
            for (index, product) in bericht.client.toegewezenProducten.enumerated() {
                guard let einddatum = product.einddatum, einddatum < product.ingangsdatum else { continue }
                uit.append(
                    regel.bevinding(
                        product.positie.kind("Einddatum"), doel: .toegewezenProduct(index),
                        gevonden: einddatum.nederlands,
                        verwacht: "op of na Ingangsdatum \(product.ingangsdatum.nederlands)",
                        toelichting:
                            "Einddatum \(einddatum.nederlands) van toewijzing \(product.toewijzingNummer) ligt voor de "
                            + "Ingangsdatum \(product.ingangsdatum.nederlands)"))
            }
            for (contact, doel) in contacten(bericht) {
                guard let periode = contact.periode, let begin = periode.begindatum, let eind = periode.einddatum,
                    eind < begin
                else { continue }
                uit.append(
                    regel.bevinding(
                        contact.positie.kind("Periode/Einddatum"), doel: doel, gevonden: eind.nederlands,
                        verwacht: "op of na Begindatum \(begin.nederlands)",
                        toelichting:
                            "Einddatum \(eind.nederlands) van de contactperiode ligt voor de Begindatum \(begin.nederlands)"
                    ))
            }
        },
        productControle(Regelcatalogus.cd041) { product in
            guard let code = product.product?.code, product.omvang == nil else { return nil }
            return (
                "Omvang", "Product/Code \(code) zonder Omvang", "Omvang gevuld",
                "Toewijzing \(product.toewijzingNummer) heeft productcode \(code) maar geen Omvang"
            )
        },
        productControle(Regelcatalogus.cd075) { product in
            guard let budget = product.budget, product.einddatum == nil else { return nil }
            return (
                "Einddatum", "Budget \(Eurocent.tekst(budget)) zonder Einddatum", "Einddatum gevuld",
                "Toewijzing \(product.toewijzingNummer) heeft een Budget maar geen Einddatum"
            )
        },
        productControle(Regelcatalogus.cd076) { product in
            guard product.omvang?.frequentie == .perWeek, product.einddatum == nil else { return nil }
            return (
                "Einddatum", "Frequentie 2 (per week) zonder Einddatum", "Einddatum gevuld",
                "Toewijzing \(product.toewijzingNummer) heeft een volume per week maar geen Einddatum"
            )
        },
        productControle(Regelcatalogus.cd077) { product in
            guard let budget = product.budget, let omvang = product.omvang else { return nil }
            return (
                "Omvang", "Omvang \(omvang) naast Budget \(Eurocent.tekst(budget))", "Omvang leeg (er is een Budget)",
                "Toewijzing \(product.toewijzingNummer) heeft zowel een Budget als een Omvang"
            )
        },
        productControle(Regelcatalogus.cd078) { product in
            guard let budget = product.budget, let omvang = product.omvang else { return nil }
            return (
                "Budget", "Budget \(Eurocent.tekst(budget)) naast Omvang \(omvang)", "Budget leeg (er is een Omvang)",
                "Toewijzing \(product.toewijzingNummer) heeft zowel een Omvang als een Budget"
            )
        },
        productControle(Regelcatalogus.cd079) { product in
            guard product.budget == nil, product.product == nil else { return nil }
            return (
                "Product", "geen Product en geen Budget", "Product gevuld (er is geen Budget)",
                "Toewijzing \(product.toewijzingNummer) heeft geen Product en geen Budget"
            )
        },
        productControle(Regelcatalogus.cd080) { product in
            guard product.product?.code == nil, let omvang = product.omvang else { return nil }
            if let einddatum = product.einddatum, einddatum <= grens2021 { return nil }
            return (
                "Omvang", "Omvang \(omvang) zonder Product/Code", "Omvang leeg (geen productcode)",
                "Toewijzing \(product.toewijzingNummer) heeft een Omvang zonder productcode"
            )
        },
        productControle(Regelcatalogus.cs338) { product in
            guard let omvang = product.omvang, [.etmaal, .dagdeel, .euro, .stuksInspanning].contains(omvang.eenheid),
                ![.perWeek, .perMaand, .totaal].contains(omvang.frequentie)
            else { return nil }
            if let einddatum = product.einddatum, einddatum <= grens2021 { return nil }
            return (
                "Omvang/Frequentie",
                "Eenheid \(omvang.eenheid.codeEnOmschrijving) met Frequentie \(omvang.frequentie.codeEnOmschrijving)",
                "Frequentie 2 (per week), 4 (per maand) of 6 (totaal)",
                "Bij eenheid \(omvang.eenheid.omschrijving) is frequentie \(omvang.frequentie.omschrijving) niet toegestaan"
            )
        },
        productControle(Regelcatalogus.cs335) { product in
            guard product.redenWijziging == .verwijderd, product.einddatum != product.ingangsdatum else { return nil }
            return (
                "RedenWijziging",
                "RedenWijziging 13 met Ingangsdatum \(product.ingangsdatum.nederlands) en Einddatum \(product.einddatum?.nederlands ?? "leeg")",
                "Einddatum gelijk aan Ingangsdatum \(product.ingangsdatum.nederlands)",
                "Toewijzing \(product.toewijzingNummer) is als verwijderd (13) gemeld maar Einddatum is niet gelijk aan Ingangsdatum"
            )
        },
        productControle(Regelcatalogus.cs336) { product in
            guard product.redenWijziging == .administratieveCorrectieVervallen else { return nil }
            return (
                "RedenWijziging", "RedenWijziging 01", "een andere reden, bijvoorbeeld 14 (administratieve correctie)",
                "RedenWijziging 01 is vervallen sinds release 3.1"
            )
        },
        Controle(Regelcatalogus.tr302) { bericht, regel, uit in
            let producten = Array(bericht.client.toegewezenProducten.enumerated()).filter { !$0.element.isVerwijderd }
            for (positie, (index, product)) in producten.enumerated() {
                for (_, eerder) in producten[..<positie] {
                    guard zelfdeProduct(product, eerder), overlapt(product, eerder) else { continue }
                    uit.append(
                        regel.bevinding(
                            product.positie, doel: .toegewezenProduct(index),
                            gevonden:
                                "toewijzing \(product.toewijzingNummer) (\(omschrijving(product))) overlapt met toewijzing "
                                + "\(eerder.toewijzingNummer) (\(omschrijving(eerder)))",
                            verwacht: "periodes van hetzelfde product overlappen niet",
                            toelichting:
                                "Hetzelfde product is twee keer toegewezen voor overlappende periodes (stapeling)"))
                    break
                }
            }
        },
    ]

    /// A check on each ToegewezenProduct that returns (child element, found, expected, explanation).
    static func productControle(
        _ regel: Regel,
        _ check: @escaping @Sendable (ToegewezenProduct) -> (String, String, String, String)?
    ) -> Controle {
        Controle(regel) { bericht, regel, uit in
            for (index, product) in bericht.client.toegewezenProducten.enumerated() {
                guard let (element, gevonden, verwacht, toelichting) = check(product) else { continue }
                uit.append(
                    regel.bevinding(
                        product.positie.kind(element), doel: .toegewezenProduct(index), gevonden: gevonden,
                        verwacht: verwacht, toelichting: toelichting))
            }
        }
    }

    static func zelfdeProduct(_ a: ToegewezenProduct, _ b: ToegewezenProduct) -> Bool {
        guard let pa = a.product, let pb = b.product else { return true }
        if let ca = pa.code, let cb = pb.code { return ca == cb }
        return pa.categorie == pb.categorie
    }

    static func overlapt(_ a: ToegewezenProduct, _ b: ToegewezenProduct) -> Bool {
        let eindA = a.einddatum?.dagnummer ?? Int.max
        let eindB = b.einddatum?.dagnummer ?? Int.max
        return a.ingangsdatum.dagnummer <= eindB && b.ingangsdatum.dagnummer <= eindA
    }

    static func omschrijving(_ product: ToegewezenProduct) -> String {
        let naam = product.product.map { "product \($0)" } ?? "generiek"
        let eind = product.einddatum?.nederlands ?? "open"
        return "\(naam), \(product.ingangsdatum.nederlands) t/m \(eind)"
    }
}
