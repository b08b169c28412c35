/// How a segment is paid (the region's inkoop).
public enum Bekostiging: String, Sendable, Codable, Hashable {
    /// P × Q per minute, hour, day part or day.
    case inspanningsgericht
    /// Per traject or piece.
    case outputgericht
    /// Lump sum per aanbieder; never declared per client.
    case taakgericht
}

/// A segment (perceel) of the regional inkoop and the gemeenten that take part in it.
public struct Segment: Sendable, Codable, Hashable {
    public let code: String
    public let wet: Wet
    public let naam: String
    public let bekostiging: Bekostiging
    public let gemeenten: Set<String>
    /// Waiting-time norms in weeks from toewijzing to start (monitoring `wachttijden`): the
    /// norm and the long norm (default 4 and 8).
    public let wachtnormWeken: Int
    public let wachtnormLangWeken: Int

    public init(
        code: String, wet: Wet, naam: String, bekostiging: Bekostiging, gemeenten: Set<String>,
        wachtnormWeken: Int = 4, wachtnormLangWeken: Int = 8
    ) {
        self.code = code
        self.wet = wet
        self.naam = naam
        self.bekostiging = bekostiging
        self.gemeenten = gemeenten
        self.wachtnormWeken = wachtnormWeken
        self.wachtnormLangWeken = wachtnormLangWeken
    }
}

/// A product of the region's product code list (TR381), with its segment and contracted unit.
public struct Productdefinitie: Sendable, Codable, Hashable {
    public let wet: Wet
    public let categorie: String
    public let code: String
    public let omschrijving: String
    public let segment: String
    public let eenheid: Eenheid

    public init(wet: Wet, categorie: String, code: String, omschrijving: String, segment: String, eenheid: Eenheid) {
        self.wet = wet
        self.categorie = categorie
        self.code = code
        self.omschrijving = omschrijving
        self.segment = segment
        self.eenheid = eenheid
    }
}
