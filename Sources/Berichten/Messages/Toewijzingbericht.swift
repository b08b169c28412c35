/// A 301 toewijzing: one client and the products assigned to one aanbieder.
public struct Toewijzingbericht: Sendable, Codable {
    public let soort: BerichtSoort
    public let header: BerichtHeader
    public let client: ToewijzingClient

    /// Gemeente that sends the toewijzing.
    public var gemeente: String { header.afzender }
    /// AGB-code of the aanbieder.
    public var aanbieder: String { header.ontvanger }
}

/// The client of a 301 with the parts the rules look at.
public struct ToewijzingClient: Sendable, Codable {
    public let bsn: String
    public let geboortedatum: Geboortedatum
    public let naam: Naam
    public let communicatie: Communicatie?
    public let relaties: [Relatie]
    public let contacten: [Contact]
    public let toegewezenProducten: [ToegewezenProduct]
    public let positie: Bronpositie
}

/// CDT_Geboortedatum.
public struct Geboortedatum: Sendable, Codable, Hashable {
    public let datum: Datum
    /// COD170: 1 day unknown, 2 day and month unknown, 3 date unknown.
    public let datumGebruik: String?
}

/// The parts of CDT_VolledigeNaam the rules need (no name text is kept).
public struct Naam: Sendable, Codable, Hashable {
    public let heeftPartnernaam: Bool
    /// COD700.
    public let naamGebruik: String
}

/// CDT_Communicatie.
public struct Communicatie: Sendable, Codable, Hashable {
    /// COD747: 1 tolk taal, 2 doventolk, 3 doofblindentolk.
    public let vorm: String
    public let taal: String?
}

/// A Relatie of the client.
public struct Relatie: Sendable, Codable {
    public let nummer: String
    public let geboortedatum: Geboortedatum?
    public let naam: Naam
    public let contact: Contact
    public let positie: Bronpositie
}

/// A Contact (address, phone, period) of the client or of a relatie.
public struct Contact: Sendable, Codable {
    /// COD757: 01 BRP-adres, 02 correspondentie, 03 verblijf, 04 tijdelijk verblijf.
    public let soort: String
    public let adres: Adres?
    public let heeftTelefoon: Bool
    public let periode: OpenPeriode?
    public let positie: Bronpositie
}

/// The parts of CDT_Adres the rules need.
public struct Adres: Sendable, Codable, Hashable {
    public let heeftHuis: Bool
    public let postcode: String?
    public let landCode: String?
}

/// CDT_OpenPeriode.
public struct OpenPeriode: Sendable, Codable, Hashable {
    public let begindatum: Datum?
    public let einddatum: Datum?
}

/// CDT_Product: a category, optionally narrowed to a product code.
public struct Product: Sendable, Codable, Hashable, CustomStringConvertible {
    public let categorie: String
    public let code: String?

    public init(categorie: String, code: String?) {
        self.categorie = categorie
        self.code = code
    }

    public var description: String { code.map { "\(categorie)/\($0)" } ?? categorie }
}

/// CDT_Omvang: volume, unit and frequency.
public struct Omvang: Sendable, Codable, Hashable, CustomStringConvertible {
    public let volume: Int64
    public let eenheid: Eenheid
    public let frequentie: Frequentie

    public init(volume: Int64, eenheid: Eenheid, frequentie: Frequentie) {
        self.volume = volume
        self.eenheid = eenheid
        self.frequentie = frequentie
    }

    public var description: String { "\(volume) × \(eenheid.omschrijving) \(frequentie.omschrijving)" }
}

/// One ToegewezenProduct of a 301.
public struct ToegewezenProduct: Sendable, Codable {
    public let toewijzingNummer: Int64
    public let referentieAanbieder: String?
    public let product: Product?
    public let toewijzingsdatum: Datum
    public let toewijzingstijd: Tijd
    public let ingangsdatum: Datum
    public let einddatum: Datum?
    public let redenWijziging: RedenWijziging?
    public let omvang: Omvang?
    /// Eurocents.
    public let budget: Int64?
    public let positie: Bronpositie

    /// Deleted: RedenWijziging 13, or the retired 01 with Einddatum = Ingangsdatum (TR302, OP087).
    public var isVerwijderd: Bool {
        RedenWijziging.isVerwijdering(redenWijziging, ingangsdatum: ingangsdatum, einddatum: einddatum)
    }
}
