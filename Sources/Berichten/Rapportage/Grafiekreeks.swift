/// One series of a chart: a name for the legend, a colour, and one value per category
/// (`nil`: no value, nothing drawn). Values are whole numbers, eurocents for amounts.
struct Grafiekreeks: Sendable, Hashable {
    let naam: String
    let kleur: String
    let waarden: [Int64?]
    /// Drawn as a dashed line (a forecast, last year) instead of a solid one.
    var gestreept = false
}
