/// A calendar date without time zone (LDT_Datum), as the standard uses it.
/// Kept in four bytes (year, month and day packed so that their order is the date order): a
/// 25 MB declaratie holds some 100,000 dates, and the toewijzingen it is checked against as many.
public struct Datum: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private let gepakt: UInt32

    public var jaar: Int { Int(gepakt >> 9) }
    public var maand: Int { Int(gepakt >> 5 & 0xF) }
    public var dag: Int { Int(gepakt & 0x1F) }

    /// Checks that the date exists; `nil` otherwise.
    public init?(jaar: Int, maand: Int, dag: Int) {
        guard (1...9999).contains(jaar), (1...12).contains(maand),
            (1...Datum.dagenInMaand(jaar: jaar, maand: maand)).contains(dag)
        else { return nil }
        gepakt = UInt32(jaar) << 9 | UInt32(maand) << 5 | UInt32(dag)
    }

    /// Parses `yyyy-mm-dd` (the lexical form the XSD allows, without time zone).
    public init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Parses `yyyy-mm-dd` straight from UTF-8 bytes, without making a `String`: runs for every
    /// date of every prestatie and of every stored toewijzing the rules read.
    init?(utf8 bytes: some Collection<UInt8>) {
        guard bytes.count == 10 else { return nil }
        var jaar = 0, maand = 0, dag = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= 48, byte <= 57 else { return nil }
            let cijfer = Int(byte - 48)
            switch index {
            case 0..<4: jaar = jaar * 10 + cijfer
            case 5..<7: maand = maand * 10 + cijfer
            default: dag = dag * 10 + cijfer
            }
        }
        self.init(jaar: jaar, maand: maand, dag: dag)
    }

    /// Packs fields that are already known to form a date (or the year 0 and 10000 edges that
    /// `init(dagnummer:)` never produces); no check, no trap.
    private init(vertrouwd jaar: Int, maand: Int, dag: Int) {
        gepakt =
            UInt32(truncatingIfNeeded: jaar) << 9 | UInt32(truncatingIfNeeded: maand) << 5
            | UInt32(truncatingIfNeeded: dag)
    }

    /// 0001-01-01, the first date `Datum` holds (and xs:date allows without a sign).
    public static let eerste = Datum(vertrouwd: 1, maand: 1, dag: 1)
    /// 9999-12-31, the last date `Datum` holds.
    public static let laatste = Datum(vertrouwd: 9999, maand: 12, dag: 31)
    private static let eersteDagnummer = eerste.dagnummer
    private static let laatsteDagnummer = laatste.dagnummer

    /// Days since 1970-01-01 (proleptic Gregorian calendar). Total: a day number before
    /// 0001-01-01 or after 9999-12-31 gives that end of the calendar.
    public init(dagnummer: Int) {
        let dagnummer = Swift.min(Swift.max(dagnummer, Datum.eersteDagnummer), Datum.laatsteDagnummer)
        // Howard Hinnant's civil_from_days.
        let z = dagnummer + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(vertrouwd: yoe + era * 400 + (m <= 2 ? 1 : 0), maand: m, dag: d)
    }

    /// Days since 1970-01-01.
    public var dagnummer: Int {
        let y = maand <= 2 ? jaar - 1 : jaar
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (maand + 9) % 12
        let doy = (153 * mp + 2) / 5 + dag - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func dagenInMaand(jaar: Int, maand: Int) -> Int {
        switch maand {
        case 2: return (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var eersteVanMaand: Datum { Datum(vertrouwd: jaar, maand: maand, dag: 1) }
    public var laatsteVanMaand: Datum {
        Datum(vertrouwd: jaar, maand: maand, dag: Datum.dagenInMaand(jaar: jaar, maand: maand))
    }

    /// `dagen` days later (earlier when negative); stops at the ends of the calendar.
    public func plus(dagen: Int) -> Datum {
        let (som, overloop) = dagnummer.addingReportingOverflow(dagen)
        return overloop ? (dagen < 0 ? .eerste : .laatste) : Datum(dagnummer: som)
    }

    /// Same day `jaren` years earlier; 29 February becomes 28 February. `nil` when that day
    /// lies before 0001-01-01 (or after 9999-12-31 for a negative `jaren`): a message dated in
    /// the year 3 has no date "five years earlier", and no date lies before it.
    public func min(jaren: Int) -> Datum? {
        let (year, overloop) = jaar.subtractingReportingOverflow(jaren)
        guard !overloop, (1...9999).contains(year) else { return nil }
        return Datum(vertrouwd: year, maand: maand, dag: Swift.min(dag, Datum.dagenInMaand(jaar: year, maand: maand)))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekdag: Int {
        let weekday = (dagnummer + 3) % 7  // 1970-01-01 was a Thursday
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    /// Monday of the ISO week this date lies in, as a day number; identifies the week.
    public var maandagVanWeek: Int { dagnummer - (isoWeekdag - 1) }

    public func zelfdeMaand(als other: Datum) -> Bool { jaar == other.jaar && maand == other.maand }

    public static func < (lhs: Datum, rhs: Datum) -> Bool { lhs.gepakt < rhs.gepakt }

    /// `yyyy-mm-dd`. Written digit by digit into a small string (no allocation): the store writes
    /// four dates per prestatie.
    public var description: String {
        let (jaar, maand, dag) = (jaar, maand, dag)
        guard jaar <= 9999, maand <= 99, dag <= 99 else {
            return "\(String(jaar, nullen: 4))-\(String(maand, nullen: 2))-\(String(dag, nullen: 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { tekst in
            func cijfer(_ waarde: Int) -> UInt8 { UInt8(truncatingIfNeeded: 48 + waarde) }
            (tekst[0], tekst[1], tekst[2], tekst[3]) = (
                cijfer(jaar / 1000), cijfer(jaar / 100 % 10), cijfer(jaar / 10 % 10), cijfer(jaar % 10)
            )
            (tekst[4], tekst[5], tekst[6]) = (UInt8(ascii: "-"), cijfer(maand / 10), cijfer(maand % 10))
            (tekst[7], tekst[8], tekst[9]) = (UInt8(ascii: "-"), cijfer(dag / 10), cijfer(dag % 10))
            return 10
        }
    }

    /// `dd-mm-jjjj`, the form Dutch readers expect in explanations.
    public var nederlands: String {
        "\(String(dag, nullen: 2))-\(String(maand, nullen: 2))-\(String(jaar, nullen: 4))"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Datum(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "geen datum: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A period with both ends given (CDT_GeslotenPeriode).
public struct Periode: Hashable, Sendable, Codable, CustomStringConvertible {
    public let begindatum: Datum
    public let einddatum: Datum

    public init(begindatum: Datum, einddatum: Datum) {
        self.begindatum = begindatum
        self.einddatum = einddatum
    }

    public func bevat(_ datum: Datum) -> Bool { begindatum <= datum && datum <= einddatum }

    public var aantalDagen: Int { einddatum.dagnummer - begindatum.dagnummer + 1 }

    public var description: String { "\(begindatum.nederlands) t/m \(einddatum.nederlands)" }
}
