/// What still counts against a toewijzing in one product period and unit: the approved debets
/// that were not credited (TR321, TR322, TR369, TR385, TR389). Kept in `toewijzing_verbruik`,
/// updated with every approved prestatie, so the rules read one row per period instead of the
/// toewijzing's whole history.
struct Toewijzingsverbruik: Sendable, Hashable {
    let periode: Periode
    let eenheid: Eenheid
    /// Sum of GeleverdVolume, in `eenheid`.
    var volume: Int64
    /// Sum of IngediendBedrag, in eurocent.
    var bedrag: Int64
    /// Number of debets still standing.
    var debets: Int
}
