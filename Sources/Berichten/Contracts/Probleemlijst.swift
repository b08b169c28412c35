/// Collects the problems of one load and hands them back ordered by file, then line.
struct Probleemlijst {
    private var problemen: [Configuratieprobleem] = []
    /// Files in the order they are reported in: the TOML file first, then the CSV files.
    private var bestanden: [String] = []

    var isEmpty: Bool { problemen.isEmpty }

    /// Fixes the place of `bestand` in the report; files not registered come last.
    mutating func registreer(bestand: String) {
        if !bestanden.contains(bestand) { bestanden.append(bestand) }
    }

    mutating func meld(_ bestand: String, _ regel: Int?, _ melding: String) {
        problemen.append(Configuratieprobleem(bestand: bestand, regel: regel, melding: melding))
    }

    /// By file, then line (problems about a whole file first); equal places keep the order found.
    var gesorteerd: [Configuratieprobleem] {
        func rang(_ bestand: String) -> Int { bestanden.firstIndex(of: bestand) ?? bestanden.count }
        return problemen.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if rang(x.bestand) != rang(y.bestand) { return rang(x.bestand) < rang(y.bestand) }
            if x.bestand != y.bestand { return x.bestand < y.bestand }
            if (x.regel ?? 0) != (y.regel ?? 0) { return (x.regel ?? 0) < (y.regel ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
