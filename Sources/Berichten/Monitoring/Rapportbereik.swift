/// What `berichtd report` regenerates: every file that covers the period (monitoring per year
/// of ProductPeriode, auditors' reports per processing day), for one gemeente or the region.
public struct Rapportbereik: Sendable, Hashable {
    /// `nil`: every gemeente and the regional files.
    public var gemeente: String?
    /// `nil`: every year with production and every day with messages.
    public var periode: Periode?

    public init(gemeente: String? = nil, periode: Periode? = nil) {
        self.gemeente = gemeente
        self.periode = periode
    }

    public static let alles = Rapportbereik()
}
