/// The dashboard's figures of care in progress and waiting times: sums of the rows of `in-zorg`,
/// `wachttijden-<jaar>` (the peildatum's year) and `kruiscontroles` of the same run. Medians and
/// percentiles are never summed; they are shown per row as the file has them.
extension Dashboard {
    var inZorg: [InZorgstand] { zorg?.inZorg ?? [] }
    var wachttijden: [Wachttijdregel] { zorg?.wachttijden[jaar] ?? [] }

    /// Summed over the rows: a client in care with two aanbieders or segments counts twice.
    var clientenInZorg: Int { inZorg.reduce(0) { $0 + $1.clientenInZorg } }
    var productenInZorg: Int { inZorg.reduce(0) { $0 + $1.productenInZorg } }
    var clientenTijdelijkGestopt: Int { inZorg.reduce(0) { $0 + $1.clientenTijdelijkGestopt } }
    var productenTijdelijkGestopt: Int { inZorg.reduce(0) { $0 + $1.productenTijdelijkGestopt } }

    var toegewezenProducten: Int { wachttijden.reduce(0) { $0 + $1.toegewezen } }
    var gestarteProducten: Int { wachttijden.reduce(0) { $0 + $1.gestart } }
    var nietGestarteProducten: Int { wachttijden.reduce(0) { $0 + $1.nietGestart } }
    var langerDanNorm: Int { wachttijden.reduce(0) { $0 + $1.langerDanNorm } }
    var langerDanNormLang: Int { wachttijden.reduce(0) { $0 + $1.langerDanNormLang } }

    /// Rows of `kruiscontroles` of one kind.
    func kruiscontroles(_ soort: Kruiscontrole.Soort) -> Int {
        zorg?.kruiscontroles.filter { $0.soort == soort }.count ?? 0
    }
}
