/// A gemeente of the region.
public struct Gemeente: Sendable, Codable, Hashable {
    public let code: String
    public let naam: String

    public init(code: String, naam: String) {
        self.code = code
        self.naam = naam
    }
}

/// A contracted aanbieder.
public struct Aanbieder: Sendable, Codable, Hashable {
    public let agb: String
    public let naam: String

    public init(agb: String, naam: String) {
        self.agb = agb
        self.naam = naam
    }
}

/// One row of our CBS gemeentecode table (TR378).
public struct CBSGemeentecode: Sendable, Codable, Hashable {
    public let code: String
    public let naam: String
    public let geldigheid: Geldigheid

    public init(code: String, naam: String, geldigheid: Geldigheid) {
        self.code = code
        self.naam = naam
        self.geldigheid = geldigheid
    }
}
