import TOMLKit

/// One TOML table of the configuration (`[regio]`, the third `[[contract]]`, an inline
/// `overgang = { … }`) with what it takes to read its keys and to report a problem about one of
/// them at the right line.
struct TOMLSectie {
    let tabel: TOMLTable
    /// How messages name it: `contract 3 (aanbieder 41000003)`.
    let label: String
    let bestand: String
    private let plaats: Plaats
    private let locator: TOMLLocator

    private enum Plaats {
        /// The `index`-th header `naam` (0-based).
        case kop(String, index: Int)
        /// Written inline on one line.
        case regel(Int?)
    }

    init(tabel: TOMLTable, label: String, bestand: String, kop: String, index: Int = 0, locator: TOMLLocator) {
        self.init(tabel: tabel, label: label, bestand: bestand, plaats: .kop(kop, index: index), locator: locator)
    }

    /// A table whose problems all point at one line (a table written inline).
    init(tabel: TOMLTable, label: String, bestand: String, regel: Int?, locator: TOMLLocator) {
        self.init(tabel: tabel, label: label, bestand: bestand, plaats: .regel(regel), locator: locator)
    }

    private init(tabel: TOMLTable, label: String, bestand: String, plaats: Plaats, locator: TOMLLocator) {
        self.tabel = tabel
        self.label = label
        self.bestand = bestand
        self.plaats = plaats
        self.locator = locator
    }

    /// The line of `sleutel` in this table, or of the table itself.
    func regel(_ sleutel: String? = nil) -> Int? {
        switch plaats {
        case .kop(let naam, let index):
            (sleutel.flatMap { locator.sleutel($0, in: naam, index: index) } ?? locator.kop(naam, index: index))
                ?? locator.topniveau(String(naam.prefix { $0 != "." }))
        case .regel(let regel):
            regel
        }
    }

    func meld(_ melding: String, bij sleutel: String? = nil, in problemen: inout Probleemlijst) {
        problemen.meld(bestand, regel(sleutel), "\(label): \(melding)")
    }

    /// Reports a problem about one entry of the list under `sleutel`, at the entry's own line.
    func meld(_ melding: String, element: String, van sleutel: String, in problemen: inout Probleemlijst) {
        let regel: Int? =
            switch plaats {
            case .kop(let naam, let index):
                locator.element(element, van: sleutel, in: naam, index: index) ?? regel(sleutel)
            case .regel(let regel): regel
            }
        problemen.meld(bestand, regel, "\(label): \(melding)")
    }

    /// Reports every key that is not one of `toegestaan`: a typo must not pass silently.
    func controleerSleutels(_ toegestaan: [String], in problemen: inout Probleemlijst) {
        for sleutel in tabel.keys.sorted() where !toegestaan.contains(sleutel) {
            meld(
                "onbekende sleutel '\(sleutel)'\(Spellingsuggestie.tekst(voor: sleutel, uit: toegestaan))"
                    + " (toegestaan: \(toegestaan.joined(separator: ", ")))",
                bij: sleutel, in: &problemen)
        }
    }

    /// The value under `sleutel`; reports it when it is required and missing.
    func waarde(_ sleutel: String, verplicht: Bool, in problemen: inout Probleemlijst) -> TOMLValue? {
        guard let waarde = tabel[sleutel]?.tomlValue else {
            if verplicht { meld("verplichte sleutel '\(sleutel)' ontbreekt", in: &problemen) }
            return nil
        }
        return waarde
    }

    func tekst(_ sleutel: String, verplicht: Bool = true, in problemen: inout Probleemlijst) -> String? {
        guard let waarde = waarde(sleutel, verplicht: verplicht, in: &problemen) else { return nil }
        guard let tekst = waarde.string else {
            meld("'\(sleutel)' moet een tekst zijn, niet \(waarde.type.omschrijving)", bij: sleutel, in: &problemen)
            return nil
        }
        guard !tekst.allSatisfy(\.isWhitespace) else {
            meld("'\(sleutel)' is leeg", bij: sleutel, in: &problemen)
            return nil
        }
        return tekst
    }

    func geheelGetal(_ sleutel: String, verplicht: Bool = true, in problemen: inout Probleemlijst) -> Int? {
        guard let waarde = waarde(sleutel, verplicht: verplicht, in: &problemen) else { return nil }
        guard let getal = waarde.int else {
            meld(
                "'\(sleutel)' moet een geheel getal zijn, niet \(waarde.type.omschrijving)", bij: sleutel,
                in: &problemen)
            return nil
        }
        return getal
    }

    func datum(_ sleutel: String, verplicht: Bool = true, in problemen: inout Probleemlijst) -> Datum? {
        guard let waarde = waarde(sleutel, verplicht: verplicht, in: &problemen) else { return nil }
        guard let datum = waarde.date, let resultaat = Datum(jaar: datum.year, maand: datum.month, dag: datum.day)
        else {
            meld(
                "'\(sleutel)' moet een datum zijn (JJJJ-MM-DD, zonder aanhalingstekens), niet \(waarde.type.omschrijving)",
                bij: sleutel, in: &problemen)
            return nil
        }
        return resultaat
    }

    /// A non-empty list of texts without repeats.
    func tekstlijst(_ sleutel: String, verplicht: Bool = true, in problemen: inout Probleemlijst) -> [String]? {
        guard let waarde = waarde(sleutel, verplicht: verplicht, in: &problemen) else { return nil }
        guard let lijst = waarde.array else {
            meld(
                "'\(sleutel)' moet een lijst van teksten zijn, niet \(waarde.type.omschrijving)", bij: sleutel,
                in: &problemen)
            return nil
        }
        guard !lijst.isEmpty else {
            meld("'\(sleutel)' is een lege lijst", bij: sleutel, in: &problemen)
            return nil
        }
        var teksten: [String] = []
        var goed = true
        for (nummer, element) in lijst.enumerated() {
            guard let tekst = element.string else {
                meld(
                    "'\(sleutel)' mag alleen teksten bevatten (element \(nummer + 1) is \(element.type.omschrijving))",
                    bij: sleutel, in: &problemen)
                goed = false
                continue
            }
            if teksten.contains(tekst) {
                meld("'\(sleutel)' noemt '\(tekst)' meer dan eens", bij: sleutel, in: &problemen)
            } else {
                teksten.append(tekst)
            }
        }
        return goed ? teksten : nil
    }

    /// A table under `sleutel` (usually inline); its problems point at the line of `sleutel`.
    func deeltabel(_ sleutel: String, verplicht: Bool = true, in problemen: inout Probleemlijst) -> TOMLSectie? {
        guard let waarde = waarde(sleutel, verplicht: verplicht, in: &problemen) else { return nil }
        guard let tabel = waarde.table else {
            meld(
                "'\(sleutel)' moet een tabel zijn ({ … }), niet \(waarde.type.omschrijving)", bij: sleutel,
                in: &problemen)
            return nil
        }
        return TOMLSectie(
            tabel: tabel, label: "\(label): \(sleutel)", bestand: bestand, plaats: .regel(regel(sleutel)),
            locator: locator)
    }
}

extension TOMLType {
    /// `een tekst`, `een geheel getal`: for messages.
    var omschrijving: String {
        switch self {
        case .table: "een tabel"
        case .array: "een lijst"
        case .string: "een tekst"
        case .int: "een geheel getal"
        case .double: "een kommagetal"
        case .bool: "een waarheidswaarde"
        case .date: "een datum"
        case .time: "een tijd"
        case .dateTime: "een datum met tijd"
        }
    }
}
