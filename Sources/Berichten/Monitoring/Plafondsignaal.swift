/// The signal of a budget ceiling: below the threshold, at or over the threshold, at or over 100 %.
enum Plafondsignaal: String, Sendable, Codable, Hashable {
    case ok
    /// At or over the configured threshold (`signaal_procent`, default 80).
    case inZicht = "in zicht"
    /// The approved amount reached or passed the ceiling.
    case overschreden

    static func voor(toegekend: Int64, plafond: Int64, drempelProcent: Int) -> Plafondsignaal {
        if plafond <= 0 { return toegekend > 0 ? .overschreden : .ok }
        if toegekend >= plafond { return .overschreden }
        if toegekend * 100 >= plafond * Int64(drempelProcent) { return .inZicht }
        return .ok
    }
}
