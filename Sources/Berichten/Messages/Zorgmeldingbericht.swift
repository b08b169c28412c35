/// A 305 (start zorg) or 307 (stop zorg): one client and the start or stop of the delivery of
/// one or more toegewezen products, sent by the aanbieder to the gemeente.
public struct Zorgmeldingbericht: Sendable, Codable {
    public let soort: BerichtSoort
    public let header: BerichtHeader
    public let client: ZorgmeldingClient

    /// AGB-code of the aanbieder that sends the message.
    public var aanbieder: String { header.afzender }
    /// Gemeente that receives it.
    public var gemeente: String { header.ontvanger }
    /// A 307: the products are StopProducts.
    public var isStop: Bool { soort.type == .stopZorg }
    /// `StartProduct` or `StopProduct`.
    public var klasse: String { isStop ? "StopProduct" : "StartProduct" }
}

/// The client of a 305/307 (CDT_VerkorteNaam is not kept: no rule reads it).
public struct ZorgmeldingClient: Sendable, Codable {
    public let bsn: String
    public let geboortedatum: Geboortedatum
    public let producten: [Zorgmeldingproduct]
    public let positie: Bronpositie
}

/// A StartProduct (305) or StopProduct (307).
public struct Zorgmeldingproduct: Sendable, Codable, Hashable {
    /// Empty for taakgericht care (IV096): then Product and Begindatum are the key.
    public let toewijzingNummer: Int64?
    public let product: Product?
    public let toewijzingIngangsdatum: Datum?
    public let begindatum: Datum
    /// 307 only: JZ588 / WMO588.
    public let redenBeeindiging: String?
    /// 307 only.
    public let einddatum: Datum?
    public let statusAanlevering: StatusAanlevering
    public let positie: Bronpositie

    /// RedenBeeindiging 20: the care stops for a while (OP377).
    public var isTijdelijkeStop: Bool { redenBeeindiging == Self.tijdelijkBeeindigd }

    /// RedenBeeindiging 20 (JZ588 and WMO588): tijdelijk beëindigd.
    public static let tijdelijkBeeindigd = "20"

    /// The key of the start this product is about (TR074, TR382).
    public var startsleutel: Startsleutel {
        Startsleutel(toewijzingNummer: toewijzingNummer, product: product, begindatum: begindatum)
    }
}

/// The logical key of a start within one client (the Bsn is the message's): ToewijzingNummer,
/// Product and Begindatum; taakgericht care has no ToewijzingNummer (IV096).
public struct Startsleutel: Sendable, Codable, Hashable, CustomStringConvertible {
    public let toewijzingNummer: Int64?
    public let product: Product?
    public let begindatum: Datum

    public var description: String {
        let wat = toewijzingNummer.map { "toewijzing \($0)" } ?? "product \(product?.description ?? "?")"
        return "\(wat) met Begindatum \(begindatum.nederlands)"
    }
}

/// COD467 StatusAanlevering. 2 (gewijzigde aanlevering) is a valid code but not allowed in a
/// 305/307 (CS058, OP033x2): a correction is a deletion (3) followed by a new delivery (1).
public enum StatusAanlevering: String, Sendable, Codable, Hashable {
    case eersteAanlevering = "1"
    case gewijzigdeAanlevering = "2"
    case verwijderen = "3"
    case nietVanToepassing = "9"
}
