/// A processed message as the store keeps it.
package struct OpgeslagenBericht: Sendable, Hashable {
    package let id: Int64
    package let soort: String
    package let afzender: String?
    package let ontvanger: String?
    package let identificatie: String?
    package let inhoudSHA256: String
    package let bestand: String
    package let uitkomst: String
    package let retourCode: String?
    package let retourBestand: String?
    package let retourXML: [UInt8]?
    /// Why the file was set aside (level 1 or refused), as written to its `.reason` file.
    package let reden: String?
}

/// One stored version of a toegewezen product.
struct OpgeslagenToewijzing: Sendable, Hashable {
    let berichtID: Int64
    let aanbieder: String
    let bsn: String
    let nummer: Int64
    let referentieAanbieder: String?
    let product: Product?
    let toewijzingsdatum: Datum
    let toewijzingstijdMs: Int
    let ingangsdatum: Datum
    let einddatum: Datum?
    let redenWijziging: RedenWijziging?
    let omvang: Omvang?
    let budget: Int64?

    var isVerwijderd: Bool {
        RedenWijziging.isVerwijdering(redenWijziging, ingangsdatum: ingangsdatum, einddatum: einddatum)
    }
}

/// One stored prestatie.
struct OpgeslagenPrestatie: Sendable, Hashable {
    let referentieNummer: String
    let vorigReferentieNummer: String?
    let toewijzingNummer: Int64
    let periode: Periode
    let volume: Int64
    let eenheid: Eenheid
    /// Signed eurocents.
    let bedrag: Int64
    let toegekend: Bool

    var isCredit: Bool { vorigReferentieNummer != nil }
}
