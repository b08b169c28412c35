/// What still counts against a toewijzing: the approved debets that were not credited
/// (TR321, TR322, TR369, TR385, TR389), in one product period or, without a period, over the
/// toewijzing's whole run. Kept per product period and unit in `toewijzing_verbruik`, updated
/// with every approved prestatie, so the rules read a few rows instead of the toewijzing's history.
struct Toewijzingsverbruik: Sendable, Hashable {
    /// `nil`: summed over every product period.
    let periode: Periode?
    let eenheid: Eenheid
    /// Sum of GeleverdVolume, in `eenheid`.
    var volume: Int64
    /// Sum of IngediendBedrag, in eurocent.
    var bedrag: Int64
    /// Number of debets still standing.
    var debets: Int
}
