/// Names and segments for the stored codes the monitoring reports on.
extension Regioconfiguratie {
    /// The segment of a stored product (`wet` as stored: `jeugdwet`/`wmo`).
    func segment(wet: String, code: String?) -> Segment? {
        guard let code, let wet = Wet(rawValue: wet) else { return nil }
        return segment(wet: wet, productCode: code)
    }

    func gemeentenaam(_ code: String?) -> String? { code.flatMap { gemeente($0)?.naam } }
    func aanbiedernaam(_ agb: String?) -> String? { agb.flatMap { aanbieder($0)?.naam } }
}
