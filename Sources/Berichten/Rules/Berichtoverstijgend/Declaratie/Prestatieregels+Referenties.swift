/// TR314, TR323, TR390, TR389 (references between prestaties), TR338 and TR384 (the toewijzing).
extension Prestatieregels {
    static let tr314 = Prestatieregel(Regelcatalogus.tr314, geldt: .beide) { g in
        let referentie = g.prestatie.referentieNummer
        guard g.stand.referenties.contains(referentie) || g.context.opgeslagen[referentie] != nil else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr314, "ProductReferentie/ReferentieNummer", gevonden: "ReferentieNummer \(referentie)",
                verwacht: "een ReferentieNummer dat de aanbieder nog niet gebruikte",
                toelichting:
                    "ReferentieNummer \(referentie) is al eerder gedeclareerd door aanbieder \(g.bericht.aanbieder)")
        ]
    }

    static let tr323 = Prestatieregel(Regelcatalogus.tr323, geldt: .credit, poort: true) { g in
        guard let vorig = g.prestatie.vorigReferentieNummer else { return [] }
        let debet = g.context.opgeslagen[vorig]
        guard debet == nil || debet?.toegekend == false || debet?.isCredit == true else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr323, "ProductReferentie/VorigReferentieNummer",
                gevonden: "VorigReferentieNummer \(vorig)",
                verwacht: "het ReferentieNummer van een eerder toegekende debetprestatie",
                toelichting: debet == nil
                    ? "Er is geen eerdere prestatie \(vorig) om te crediteren"
                    : "Prestatie \(vorig) is niet toegekend of zelf een credit en kan niet worden gecrediteerd")
        ]
    }

    static let tr390 = Prestatieregel(Regelcatalogus.tr390, geldt: .credit) { g in
        guard let vorig = g.prestatie.vorigReferentieNummer,
            g.stand.gecrediteerd.contains(vorig) || g.context.gecrediteerd.contains(vorig)
        else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr390, "ProductReferentie/VorigReferentieNummer",
                gevonden: "VorigReferentieNummer \(vorig)",
                verwacht: "een prestatie die nog niet gecrediteerd is",
                toelichting: "Prestatie \(vorig) is al eerder gecrediteerd")
        ]
    }

    static let tr389 = Prestatieregel(Regelcatalogus.tr389) { g in
        let p = g.prestatie
        let sleutel = Declaratiecontext.DebetSleutel(
            toewijzingNummer: p.toewijzingNummer, product: p.product, periode: p.productPeriode)
        guard let eerder = (g.context.staandeDebets[sleutel] ?? []).first(where: { !g.stand.gecrediteerd.contains($0) })
        else {
            return []
        }
        return [
            g.bevinding(
                Regelcatalogus.tr389, "ProductReferentie/ReferentieNummer",
                gevonden: "debet \(p.referentieNummer) naast debet \(eerder)",
                verwacht:
                    "eerst een credit van \(eerder) (dezelfde toewijzing, hetzelfde product en dezelfde productperiode)",
                toelichting:
                    "Voor toewijzing \(p.toewijzingNummer), product \(p.product) en productperiode \(p.productPeriode) is "
                    + "debet \(eerder) al toegekend en niet gecrediteerd")
        ]
    }

    static let tr338 = Prestatieregel(Regelcatalogus.tr338, poort: true) { g in
        guard g.toewijzing == nil else { return [] }
        let nummer = g.prestatie.toewijzingNummer
        return [
            g.bevinding(
                Regelcatalogus.tr338, "ToewijzingNummer", gevonden: "ToewijzingNummer \(nummer)",
                verwacht: "een toewijzing van gemeente \(g.bericht.gemeente) aan aanbieder \(g.bericht.aanbieder)",
                toelichting:
                    "Er is geen toewijzing \(nummer) van gemeente \(g.bericht.gemeente) aan aanbieder \(g.bericht.aanbieder)"
            )
        ]
    }

    static let tr384 = Prestatieregel(Regelcatalogus.tr384, poort: true) { g in
        guard let toewijzing = g.toewijzing, toewijzing.isVerwijderd else { return [] }
        return [
            g.bevinding(
                Regelcatalogus.tr384, "ToewijzingNummer",
                gevonden: "toewijzing \(toewijzing.nummer) met RedenWijziging 13",
                verwacht: "een toewijzing die niet verwijderd is",
                toelichting: "Toewijzing \(toewijzing.nummer) is verwijderd; er mag niet op gedeclareerd worden")
        ]
    }
}
