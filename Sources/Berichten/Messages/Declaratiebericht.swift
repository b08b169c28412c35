/// A 323 declaratie: one declaratie period of one aanbieder to one gemeente, many clients.
public struct Declaratiebericht: Sendable, Codable {
    public let soort: BerichtSoort
    public let header: BerichtHeader
    public let declaratie: Declaratie
    public let clienten: [DeclaratieClient]

    /// AGB-code of the aanbieder that sends the declaratie.
    public var aanbieder: String { header.afzender }
    /// Gemeente that receives it.
    public var gemeente: String { header.ontvanger }

    /// Number of prestaties in the message.
    public var aantalPrestaties: Int { clienten.reduce(0) { $0 + $1.prestaties.count } }
}

/// The Declaratie class of a 323.
public struct Declaratie: Sendable, Codable {
    public let declaratieNummer: String
    public let declaratiePeriode: Periode
    public let declaratieDagtekening: Datum
    public let totaalIngediendBedrag: BedragMetDC
    public let positie: Bronpositie
}

/// A client in a 323 and its prestaties.
public struct DeclaratieClient: Sendable, Codable {
    public let bsn: String
    public let prestaties: [Prestatie]
    public let positie: Bronpositie
}

/// One declared prestatie: the sum of deliveries of one product on one toewijzing in one
/// product period ("som over declaratieperiode").
public struct Prestatie: Sendable, Codable {
    public let referentieNummer: String
    public let vorigReferentieNummer: String?
    public let toewijzingNummer: Int64
    public let productCategorie: String
    public let productCode: String
    public let productPeriode: Periode
    public let geleverdVolume: Int64
    public let eenheid: Eenheid
    /// Eurocents per unit; absent for Eenheid 83 (CD087).
    public let productTarief: Int64?
    public let ingediendBedrag: BedragMetDC
    public let positie: Bronpositie

    public var product: Product { Product(categorie: productCategorie, code: productCode) }
}
