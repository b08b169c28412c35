import Berichten

/// One prestatie of a generated 323, with the fault it deliberately carries (if any).
struct GegenereerdePrestatie: Sendable {
    let referentieNummer: String
    let toewijzingNummer: Int64
    let categorie: String
    let code: String
    let periode: Periode
    let volume: Int64
    let eenheid: Eenheid
    let tarief: Int64
    /// Debet, in eurocents.
    let bedrag: Int64
    let fout: Foutsoort?
}

/// The prestaties of one client in one 323.
struct GegenereerdeDeclaratieClient: Sendable {
    let bsn: String
    let prestaties: [GegenereerdePrestatie]
}
