import Berichten

/// A generated client: who it is, where it lives, which aanbieder helps it and what was assigned.
struct Clientplan: Sendable {
    let bsn: String
    /// Index in the list of ``Aanbod``.
    let aanbod: Int
    /// Index of the first generated month in which the toewijzingen run.
    let startMaand: Int
    let toewijzingen: [Toewijzingsplan]
}

/// One ToegewezenProduct of a generated 301 and how the aanbieder declares it.
struct Toewijzingsplan: Sendable {
    let nummer: Int64
    let product: Productdefinitie
    let profiel: Productprofiel
    /// Volume per week or per month (the Omvang of the toewijzing).
    let volume: Int
    let ingangsdatum: Datum
    let einddatum: Datum
    /// An hour toewijzing the aanbieder declares in minutes (eenheid 01, IV081).
    let inMinuten: Bool
}
