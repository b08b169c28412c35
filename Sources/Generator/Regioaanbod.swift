import Berichten

/// One aanbieder in one gemeente under one law, with the products it can be assigned there
/// for the whole generated range.
struct Aanbod: Sendable {
    let wet: Wet
    let gemeente: Gemeente
    let aanbieder: Aanbieder
    let producten: [(definitie: Productdefinitie, profiel: Productprofiel)]
}

/// Which (aanbieder, gemeente, law, product) combinations the region's contracts allow, so that
/// generated toewijzingen and declaraties pass BD001–BD004, TR381 and TR418.
enum Regioaanbod {
    /// Every combination that is contracted (not just in transition) on the first day of every
    /// month from the month before ``Generatieopdracht/eersteMaand`` to the last month, and has a
    /// contract tariff in each of those months.
    static func bepaal(_ config: Regioconfiguratie, _ opdracht: Generatieopdracht) -> [Aanbod] {
        let maanden = (-1..<opdracht.maanden).map { opdracht.eersteMaand.plus($0) }
        var uit: [Aanbod] = []
        for wet in Wet.allCases where opdracht.wetten.isEmpty || opdracht.wetten.contains(wet) {
            for gemeente in config.gemeenten.sorted(by: { $0.code < $1.code })
            where opdracht.gemeenten.isEmpty || opdracht.gemeenten.contains(gemeente.code) {
                for aanbieder in config.aanbieders.sorted(by: { $0.agb < $1.agb })
                where opdracht.aanbieders.isEmpty || opdracht.aanbieders.contains(aanbieder.agb) {
                    let producten = config.producten.filter { $0.wet == wet }.sorted { $0.code < $1.code }
                        .compactMap { definitie -> (Productdefinitie, Productprofiel)? in
                            guard let profiel = Productprofiel(definitie),
                                isGecontracteerd(config, definitie, aanbieder.agb, gemeente.code, maanden)
                            else { return nil }
                            return (definitie, profiel)
                        }
                    if !producten.isEmpty {
                        uit.append(Aanbod(wet: wet, gemeente: gemeente, aanbieder: aanbieder, producten: producten))
                    }
                }
            }
        }
        return uit
    }

    private static func isGecontracteerd(
        _ config: Regioconfiguratie, _ product: Productdefinitie, _ aanbieder: String, _ gemeente: String,
        _ maanden: [Maand]
    ) -> Bool {
        guard let segment = config.segment(product.segment), segment.bekostiging != .taakgericht else { return false }
        return maanden.allSatisfy { maand in
            guard
                case .gecontracteerd = config.contractstatus(
                    aanbieder: aanbieder, segment: segment.code, gemeente: gemeente, op: maand.eersteDag)
            else { return false }
            return config.contractTarief(
                wet: product.wet, productCode: product.code, eenheid: product.eenheid, aanbieder: aanbieder,
                gemeente: gemeente, op: maand.eersteDag) != nil
        }
    }
}
