/// Straight-line forecast of a year's approved amount: what was approved so far, divided by
/// the calendar months of that year that closed before the peildatum, times twelve.
/// Declarations follow the month of delivery, so the running month does not count.
struct Prognose: Sendable, Hashable {
    /// 0 before and in January of the year, 12 after it.
    let afgeslotenMaanden: Int
    /// `nil` when no month has closed yet.
    let bedrag: Int64?

    init(toegekend: Int64, jaar: Int, peildatum: Datum) {
        afgeslotenMaanden = peildatum.jaar > jaar ? 12 : peildatum.jaar < jaar ? 0 : peildatum.maand - 1
        guard afgeslotenMaanden > 0 else {
            bedrag = nil
            return
        }
        let maanden = Int64(afgeslotenMaanden)
        let twaalfvoud = toegekend * 12
        let afgerond = (twaalfvoud.magnitude * 2 + maanden.magnitude) / (2 * maanden.magnitude)
        bedrag = twaalfvoud < 0 ? -Int64(afgerond) : Int64(afgerond)
    }
}
