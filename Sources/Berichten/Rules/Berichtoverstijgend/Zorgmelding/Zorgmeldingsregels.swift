/// The level-3/4 rules on a StartProduct (305) and a StopProduct (307), in the order they are
/// judged. A first delivery (StatusAanlevering 1) and a deletion (3) are checked differently.
enum Zorgmeldingsregels {
    static let start: [Zorgmeldingsregel] = [tr019, tr063, tr071, tr074, tr326, tr381]
    static let stop: [Zorgmeldingsregel] = [tr019, tr063, tr074, tr382, tr413, tr414, tr415, tr381]

    static let tr019 = Zorgmeldingsregel(Regelcatalogus.tr019) { g in
        // Taakgericht care (IV096) carries no ToewijzingNummer: nothing to relate.
        guard let nummer = g.product.toewijzingNummer else { return [] }
        let toewijzing = g.context.toewijzingen[nummer]
        if let toewijzing, toewijzing.aanbieder == g.bericht.aanbieder, toewijzing.bsn == g.bericht.client.bsn {
            return []
        }
        let waarom =
            toewijzing == nil
            ? "gemeente \(g.bericht.gemeente) heeft geen toewijzing \(nummer)"
            : "toewijzing \(nummer) hoort bij een andere aanbieder of cliënt"
        return [
            Regelcatalogus.tr019.bevinding(
                g.product.positie.kind("ToewijzingNummer"), doel: g.doel, gevonden: "ToewijzingNummer \(nummer)",
                verwacht: "het nummer van een toewijzing van aanbieder \(g.bericht.aanbieder) voor deze cliënt",
                toelichting: "\(g.bericht.klasse) verwijst naar ToewijzingNummer \(nummer), maar \(waarom)")
        ]
    }

    static let tr063 = Zorgmeldingsregel(Regelcatalogus.tr063) { g in
        guard g.product.statusAanlevering == .verwijderen, g.zelfdeSleutel.isEmpty else { return [] }
        return [
            Regelcatalogus.tr063.bevinding(
                g.product.positie.kind("StatusAanlevering"), doel: g.doel, gevonden: "StatusAanlevering 3",
                verwacht: "een eerdere \(g.bericht.klasse) met dezelfde sleutel",
                toelichting: "Er is geen eerdere \(g.bericht.klasse) voor \(g.product.startsleutel) om te verwijderen")
        ]
    }

    static let tr071 = Zorgmeldingsregel(Regelcatalogus.tr071) { g in
        guard g.product.statusAanlevering == .verwijderen,
            g.stops.contains(where: { $0.sleutel == g.product.startsleutel })
        else { return [] }
        return [
            Regelcatalogus.tr071.bevinding(
                g.product.positie.kind("StatusAanlevering"), doel: g.doel, gevonden: "StatusAanlevering 3",
                verwacht: "eerst de stop verwijderen",
                toelichting: "De start voor \(g.product.startsleutel) is al gestopt en kan niet worden verwijderd")
        ]
    }

    static let tr074 = Zorgmeldingsregel(Regelcatalogus.tr074) { g in
        guard g.product.statusAanlevering == .eersteAanlevering, !g.zelfdeSleutel.isEmpty else { return [] }
        return [
            Regelcatalogus.tr074.bevinding(
                g.product.positie, doel: g.doel, gevonden: "\(g.bericht.klasse) voor \(g.product.startsleutel)",
                verwacht: "een sleutel die nog niet eerder is aangeleverd",
                toelichting: "Deze \(g.bericht.klasse) voor \(g.product.startsleutel) is al eerder aangeleverd")
        ]
    }

    static let tr326 = Zorgmeldingsregel(Regelcatalogus.tr326) { g in
        guard g.product.statusAanlevering == .eersteAanlevering, g.zelfdeSleutel.isEmpty else { return [] }
        let sleutel = g.product.startsleutel
        let actueel = g.starts.first { start in
            start.sleutel.toewijzingNummer == sleutel.toewijzingNummer
                && (sleutel.toewijzingNummer != nil || start.sleutel.product == sleutel.product)
                && !g.stops.contains { $0.sleutel == start.sleutel }
        }
        guard let actueel else { return [] }
        return [
            Regelcatalogus.tr326.bevinding(
                g.product.positie.kind("Begindatum"), doel: g.doel, gevonden: "nieuwe start \(sleutel)",
                verwacht: "eerst een stop op de start van \(actueel.sleutel.begindatum.nederlands)",
                toelichting: "Er loopt al een start (\(actueel.sleutel)) die niet gestopt of verwijderd is")
        ]
    }

    static let tr382 = Zorgmeldingsregel(Regelcatalogus.tr382) { g in
        guard g.product.statusAanlevering == .eersteAanlevering,
            !g.starts.contains(where: { $0.sleutel == g.product.startsleutel })
        else { return [] }
        return [
            Regelcatalogus.tr382.bevinding(
                g.product.positie.kind("Begindatum"), doel: g.doel, gevonden: "stop op \(g.product.startsleutel)",
                verwacht: "de ToewijzingNummer (of Product) en Begindatum van een aangeleverde start",
                toelichting: "Er is geen (niet verwijderde) start voor \(g.product.startsleutel)")
        ]
    }

    static let tr413 = Zorgmeldingsregel(Regelcatalogus.tr413) { g in
        guard g.product.statusAanlevering == .eersteAanlevering, g.product.isTijdelijkeStop,
            g.anderestopsOpDezeStart.contains(where: \.isTijdelijkeStop)
        else { return [] }
        return [
            Regelcatalogus.tr413.bevinding(
                g.product.positie.kind("RedenBeeindiging"), doel: g.doel, gevonden: "RedenBeeindiging 20",
                verwacht: "een definitieve stop (reden anders dan 20) of eerst een nieuwe start",
                toelichting: "De start voor \(g.product.startsleutel) is al tijdelijk gestopt")
        ]
    }

    static let tr414 = Zorgmeldingsregel(Regelcatalogus.tr414) { g in
        guard g.product.statusAanlevering == .eersteAanlevering, let einddatum = g.product.einddatum,
            let eerder = g.anderestopsOpDezeStart.compactMap(\.einddatum).max(), einddatum < eerder
        else { return [] }
        return [
            Regelcatalogus.tr414.bevinding(
                g.product.positie.kind("Einddatum"), doel: g.doel, gevonden: "Einddatum \(einddatum.nederlands)",
                verwacht: "op of na \(eerder.nederlands), de Einddatum van de eerdere stop",
                toelichting: "De Einddatum ligt voor de Einddatum \(eerder.nederlands) van de eerdere stop")
        ]
    }

    static let tr415 = Zorgmeldingsregel(Regelcatalogus.tr415) { g in
        guard g.product.statusAanlevering == .eersteAanlevering,
            let definitief = g.anderestopsOpDezeStart.first(where: { !$0.isTijdelijkeStop })
        else { return [] }
        return [
            Regelcatalogus.tr415.bevinding(
                g.product.positie, doel: g.doel, gevonden: "stop op \(g.product.startsleutel)",
                verwacht: "geen stop meer na de definitieve stop",
                toelichting: "De start is al definitief gestopt (reden \(definitief.redenBeeindiging ?? "?"), "
                    + "Einddatum \(definitief.einddatum?.nederlands ?? "?"))")
        ]
    }

    static let tr381 = Zorgmeldingsregel(Regelcatalogus.tr381) { g in
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
}
