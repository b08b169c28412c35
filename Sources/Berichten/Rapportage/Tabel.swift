/// How a column is written: CSV cells for Dutch spreadsheets, JSON values for machines.
enum Kolomsoort: Sendable, Hashable {
    case tekst
    case getal
    /// Eurocents: `1234,56` in CSV, `<naam>_cent` as an integer in JSON.
    case bedrag
    /// Hundredths of a percent: `93,06` in CSV, `93.06` in JSON.
    case procent
}

/// One cell: text, a whole number (eurocents for `bedrag`, hundredths for `procent`) or nothing.
enum Cel: Sendable, Hashable {
    case tekst(String)
    case getal(Int64)
    case leeg

    static func tekst(_ waarde: String?) -> Cel { waarde.map(Cel.tekst) ?? .leeg }
    static func getal(_ waarde: Int) -> Cel { .getal(Int64(waarde)) }
    static func getal(_ waarde: Int64?) -> Cel { waarde.map(Cel.getal) ?? .leeg }
}

/// A column of a table: its name, its kind and how a row yields its cell.
struct Kolom<Rij>: Sendable {
    let naam: String
    let soort: Kolomsoort
    let waarde: @Sendable (Rij) -> Cel

    init(_ naam: String, _ soort: Kolomsoort = .tekst, _ waarde: @escaping @Sendable (Rij) -> Cel) {
        self.naam = naam
        self.soort = soort
        self.waarde = waarde
    }
}

/// Rows under named, typed columns: what one CSV file and one JSON file contain.
struct Tabel: Sendable, Hashable {
    struct Kop: Sendable, Hashable {
        let naam: String
        let soort: Kolomsoort
    }

    let kolommen: [Kop]
    let rijen: [[Cel]]

    init<Rij>(_ rijen: [Rij], kolommen: [Kolom<Rij>]) {
        self.kolommen = kolommen.map { Kop(naam: $0.naam, soort: $0.soort) }
        self.rijen = rijen.map { rij in kolommen.map { $0.waarde(rij) } }
    }
}
