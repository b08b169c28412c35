/// How a segment is paid (the region's inkoop).
public enum Bekostiging: String, Sendable, Codable, Hashable {
    /// P × Q per minute, hour, day part or day.
    case inspanningsgericht
    /// Per traject or piece.
    case outputgericht
    /// Lump sum per aanbieder; never declared per client.
    case taakgericht
}

/// A gemeente of the region.
public struct Gemeente: Sendable, Codable, Hashable {
    public let code: String
    public let naam: String

    public init(code: String, naam: String) {
        self.code = code
        self.naam = naam
    }
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

/// A contracted aanbieder.
public struct Aanbieder: Sendable, Codable, Hashable {
    public let agb: String
    public let naam: String

    public init(agb: String, naam: String) {
        self.agb = agb
        self.naam = naam
    }
}

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

/// What a local contract rule does when it fires.
public enum LokaleRegelActie: String, Sendable, Codable, Hashable {
    /// Reported only; the retour is not affected (default).
    case signaleren
    /// Rejects the class with the configured retourcode.
    case afwijzen
    /// Not checked.
    case uit
}

/// The region's setting for one local rule (`[lokale_regels.BD001]`).
public struct LokaleRegelInstelling: Sendable, Codable, Hashable {
    public let actie: LokaleRegelActie
    public let retourCode: RetourCode?

    public init(actie: LokaleRegelActie, retourCode: RetourCode?) {
        self.actie = actie
        self.retourCode = retourCode
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

/// A region's contract terms: gemeenten, segments, products, contracts, tariffs, ceilings,
/// local rules and the CBS gemeentecode table. Loaded from `regio.toml` and its CSV files.
public struct Regioconfiguratie: Sendable {
    public let naam: String
    public let gemeenten: [Gemeente]
    public let segmenten: [Segment]
    public let producten: [Productdefinitie]
    public let aanbieders: [Aanbieder]
    public let contracten: [Contract]
    public let tarieven: [Tarief]
    public let plafonds: [Plafond]
    public let lokaleRegels: [String: LokaleRegelInstelling]
    public let gemeentecodes: [CBSGemeentecode]

    private let productIndex: [ProductSleutel: Productdefinitie]
    private let segmentIndex: [String: Segment]
    private let tariefIndex: [ProductSleutel: [Tarief]]
    private let cbsIndex: [String: [CBSGemeentecode]]

    private struct ProductSleutel: Hashable {
        let wet: Wet
        let code: String
    }

    public init(
        naam: String, gemeenten: [Gemeente], segmenten: [Segment], producten: [Productdefinitie],
        aanbieders: [Aanbieder], contracten: [Contract], tarieven: [Tarief], plafonds: [Plafond],
        lokaleRegels: [String: LokaleRegelInstelling], gemeentecodes: [CBSGemeentecode]
    ) {
        self.naam = naam
        self.gemeenten = gemeenten
        self.segmenten = segmenten
        self.producten = producten
        self.aanbieders = aanbieders
        self.contracten = contracten
        self.tarieven = tarieven
        self.plafonds = plafonds
        self.lokaleRegels = lokaleRegels
        self.gemeentecodes = gemeentecodes
        productIndex = Dictionary(
            producten.map { (ProductSleutel(wet: $0.wet, code: $0.code), $0) }, uniquingKeysWith: { a, _ in a })
        segmentIndex = Dictionary(segmenten.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        tariefIndex = Dictionary(grouping: tarieven) { ProductSleutel(wet: $0.wet, code: $0.productCode) }
        cbsIndex = Dictionary(grouping: gemeentecodes, by: \.code)
    }

    public func product(wet: Wet, code: String) -> Productdefinitie? {
        productIndex[ProductSleutel(wet: wet, code: code)]
    }

    public func segment(_ code: String) -> Segment? { segmentIndex[code] }

    /// The segment a product code belongs to.
    public func segment(wet: Wet, productCode: String) -> Segment? {
        product(wet: wet, code: productCode).flatMap { segment($0.segment) }
    }

    public func gemeente(_ code: String) -> Gemeente? { gemeenten.first { $0.code == code } }
    public func aanbieder(_ agb: String) -> Aanbieder? { aanbieders.first { $0.agb == agb } }

    /// The contract tariff for a product on a date: the most specific row wins
    /// (aanbieder and gemeente, then aanbieder, then gemeente, then regional).
    public func contractTarief(
        wet: Wet, productCode: String, eenheid: Eenheid, aanbieder: String, gemeente: String, op datum: Datum
    ) -> Tarief? {
        let kandidaten = (tariefIndex[ProductSleutel(wet: wet, code: productCode)] ?? []).filter {
            $0.eenheid == eenheid && $0.geldigheid.bevat(datum)
                && ($0.aanbieder == nil || $0.aanbieder == aanbieder)
                && ($0.gemeente == nil || $0.gemeente == gemeente)
        }
        return kandidaten.max { specificiteit($0) < specificiteit($1) }
    }

    private func specificiteit(_ tarief: Tarief) -> Int {
        (tarief.aanbieder != nil ? 2 : 0) + (tarief.gemeente != nil ? 1 : 0)
    }

    /// How an aanbieder is contracted for a segment in a gemeente on a date.
    public func contractstatus(aanbieder: String, segment: String, gemeente: String, op datum: Datum) -> Contractstatus
    {
        guard let segmentDefinitie = segmentIndex[segment], segmentDefinitie.gemeenten.contains(gemeente) else {
            return .gemeenteNeemtNietDeel
        }
        var status = Contractstatus.geenContract
        for contract in contracten where contract.aanbieder == aanbieder && contract.segmenten.contains(segment) {
            let gemeenten = contract.gemeenten ?? segmentDefinitie.gemeenten
            guard gemeenten.contains(gemeente) else { continue }
            if contract.geldigheid.bevat(datum) { return .gecontracteerd(contract) }
            if let overgang = contract.overgang, overgang.bevat(datum) { status = .overgang(contract) }
        }
        return status
    }

    /// Whether a CBS gemeentecode existed at some moment in the range (TR378; after a merger
    /// the older code stays valid for toewijzingen that started before it).
    public func gemeentecodeGeldig(_ code: String, van: Datum, tot: Datum) -> Bool {
        (cbsIndex[code] ?? []).contains { rij in
            rij.geldigheid.van <= tot && (rij.geldigheid.tot.map { van <= $0 } ?? true)
        }
    }

    /// The region's setting for a local rule; `signaleren` when not configured.
    /// Local rules that are off unless the config names them: BD005 (declaratie without a start)
    /// needs every aanbieder to send its starts before it means anything (OP295).
    static let standaardUit: Set<String> = ["BD005"]

    public func instelling(lokaleRegel code: String) -> LokaleRegelInstelling {
        lokaleRegels[code]
            ?? LokaleRegelInstelling(actie: Self.standaardUit.contains(code) ? .uit : .signaleren, retourCode: nil)
    }
}

/// The contract position of an aanbieder for a segment, gemeente and date.
public enum Contractstatus: Sendable, Equatable {
    case gecontracteerd(Contract)
    /// Only clients with an earlier toewijzing may be served.
    case overgang(Contract)
    case geenContract
    case gemeenteNeemtNietDeel
}
