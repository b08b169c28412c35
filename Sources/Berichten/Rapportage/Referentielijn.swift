/// A horizontal line across a chart at a fixed value, with its label at the right end:
/// a ceiling (100 %) or its signal threshold (80 %).
struct Referentielijn: Sendable, Hashable {
    let waarde: Int64
    let label: String
    let kleur: String
    /// Dash pattern (`6 4`), `nil` for a solid line.
    var streep: String? = nil
}
