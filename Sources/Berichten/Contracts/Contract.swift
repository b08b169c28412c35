/// A closed date range, both ends inclusive; `tot` nil means open-ended.
public struct Geldigheid: Sendable, Codable, Hashable, CustomStringConvertible {
    public let van: Datum
    public let tot: Datum?

    public init(van: Datum, tot: Datum?) {
        self.van = van
        self.tot = tot
    }

    public func bevat(_ datum: Datum) -> Bool { van <= datum && (tot.map { datum <= $0 } ?? true) }

    public var description: String { "\(van.nederlands) t/m \(tot?.nederlands ?? "doorlopend")" }
}

/// A contract of an aanbieder for segments in gemeenten. During `overgang` (a lost tender)
/// the aanbieder may only finish care for clients that already had a toewijzing.
public struct Contract: Sendable, Codable, Hashable {
    public let aanbieder: String
    public let segmenten: Set<String>
    /// `nil`: every participating gemeente of each segment.
    public let gemeenten: Set<String>?
    public let geldigheid: Geldigheid
    public let overgang: Geldigheid?

    public init(
        aanbieder: String, segmenten: Set<String>, gemeenten: Set<String>?, geldigheid: Geldigheid,
        overgang: Geldigheid?
    ) {
        self.aanbieder = aanbieder
        self.segmenten = segmenten
        self.gemeenten = gemeenten
        self.geldigheid = geldigheid
        self.overgang = overgang
    }
}

/// A contract tariff in eurocents per unit. Empty aanbieder or gemeente: applies to all.
public struct Tarief: Sendable, Codable, Hashable {
    public let wet: Wet
    public let productCode: String
    public let eenheid: Eenheid
    public let centPerEenheid: Int64
    public let geldigheid: Geldigheid
    public let aanbieder: String?
    public let gemeente: String?

    public init(
        wet: Wet, productCode: String, eenheid: Eenheid, centPerEenheid: Int64, geldigheid: Geldigheid,
        aanbieder: String?, gemeente: String?
    ) {
        self.wet = wet
        self.productCode = productCode
        self.eenheid = eenheid
        self.centPerEenheid = centPerEenheid
        self.geldigheid = geldigheid
        self.aanbieder = aanbieder
        self.gemeente = gemeente
    }
}

/// A budget ceiling for a segment in a year, optionally for one gemeente's share or one aanbieder.
public struct Plafond: Sendable, Codable, Hashable {
    public let segment: String
    public let jaar: Int
    public let bedragCent: Int64
    public let gemeente: String?
    public let aanbieder: String?
    /// Percentage at which the signal 'in zicht' goes up (default 80).
    public let signaalProcent: Int

    public init(
        segment: String, jaar: Int, bedragCent: Int64, gemeente: String?, aanbieder: String?, signaalProcent: Int
    ) {
        self.segment = segment
        self.jaar = jaar
        self.bedragCent = bedragCent
        self.gemeente = gemeente
        self.aanbieder = aanbieder
        self.signaalProcent = signaalProcent
    }
}
