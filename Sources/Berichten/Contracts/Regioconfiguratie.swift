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
