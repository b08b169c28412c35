/// Prestaties of one gemeente summed per product-period month, product, aanbieder and unit.
struct Productietelling: Sendable, Hashable {
    let maand: String
    let wet: String
    let code: String
    let aanbieder: String
    let eenheid: String
    /// Unique BSNs with an approved prestatie.
    let clienten: Int
    /// Approved prestaties, credits counting −1.
    let prestaties: Int
    let prestatiesAfgewezen: Int
    let ingediend: Int64
    let toegekend: Int64
    /// Approved volume, credits negative.
    let volume: Int64
}

/// Approved amount of one client for one product at one aanbieder in one gemeente.
struct Toekenning: Sendable, Hashable {
    let gemeente: String
    let wet: String
    let code: String
    let aanbieder: String
    let bsn: String
    let bedrag: Int64
}

/// One stored version of a toegewezen product, with the keys the monitoring groups by.
struct Toewijzingsversie: Sendable, Hashable {
    let id: Int64
    let gemeente: String
    let wet: String
    let versie: OpgeslagenToewijzing
}

/// A processed message as the report needs it (without the retour itself).
struct Berichtregel: Sendable, Hashable {
    let id: Int64
    let soort: String
    let afzender: String?
    let ontvanger: String?
    let identificatie: String?
    let bestand: String
    let ontvangenOp: String
    let uitkomst: String
    let retourCode: String?
    let retourBestand: String?
    let reden: String?

    /// The gemeente the message is about: the sender of a 301, the receiver of a 323.
    var gemeente: String? {
        if soort.hasSuffix("301") { return afzender }
        if soort.hasSuffix("323") { return ontvanger }
        return nil
    }

    /// The aanbieder: the receiver of a 301, the sender of a 323.
    var aanbieder: String? {
        if soort.hasSuffix("301") { return ontvanger }
        if soort.hasSuffix("323") { return afzender }
        return nil
    }
}

/// How many messages of one gemeente (see `Berichtregel.gemeente`) got one outcome.
struct Uitkomsttelling: Sendable, Hashable {
    let gemeente: String?
    let uitkomst: String
    let aantal: Int
}

/// A stored finding with the context the report shows.
struct Bevindingregel: Sendable, Hashable {
    let id: Int64
    let berichtID: Int64
    let regel: String
    let niveau: Int
    let bron: String
    let ernst: String
    let retourCode: String
    let pad: String
    let regelnummer: Int
    let gevonden: String
    let verwacht: String
    let toelichting: String
    let bsn: String?
    let toewijzingNummer: Int64?
    let product: String?
    let periode: String?
    let bedrag: Int64?
}

/// What was stored after a given message id: the starting point of an incremental update.
struct Opslagwijzigingen: Sendable {
    /// Highest message id in the store.
    let laatsteID: Int64
    let berichten: [Berichtregel]
    /// Gemeente and product-period year of every new prestatie.
    let productie: Set<GemeenteJaar>
    /// Gemeenten with a new toewijzing version or a new declaratie.
    let toewijzingGemeenten: Set<String>
}

/// A gemeente and a year of ProductPeriode begin: the key of one production file.
struct GemeenteJaar: Sendable, Hashable {
    let gemeente: String
    let jaar: Int
}

/// A toewijzing as the standard identifies it within one gemeente: wet and ToewijzingNummer.
struct ToewijzingSleutel: Sendable, Hashable {
    let wet: String
    let nummer: Int64
}
