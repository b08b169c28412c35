package import Berichten

/// The deliberate faults the generator puts in prestaties. Each breaks exactly one rule, so
/// the prestatie is rejected with exactly one retourcode.
package enum Foutsoort: String, Sendable, CaseIterable, Codable {
    /// ProductTarief above the contract tariff, IngediendBedrag consistent with it: TR418 → 0611.
    case tarief
    /// GeleverdVolume above what the toewijzing allows in the product period: TR321 → 9321.
    case volume
    /// ProductPeriode in the month before the toewijzing's Ingangsdatum: TR307 → 9307.
    case periode

    package var regel: Regel {
        switch self {
        case .tarief: Regelcatalogus.tr418
        case .volume: Regelcatalogus.tr321
        case .periode: Regelcatalogus.tr307
        }
    }

    package var retourCode: RetourCode { regel.retourCode }
}
