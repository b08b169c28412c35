/// Suggests the known name a typo was probably meant to be (`einddatun` → `einddatum`).
enum Spellingsuggestie {
    /// ` (bedoeld: 'einddatum'?)`, or empty when no known name is close enough, or when several are
    /// equally close (`BD005` is as close to `BD001` as to `BD004`).
    static func tekst(voor naam: String, uit bekend: [String]) -> String {
        let kandidaten = bekend.map { ($0, afstand(naam.lowercased(), $0.lowercased())) }.filter { $0.1 <= 2 }
        guard let kleinste = kandidaten.map(\.1).min() else { return "" }
        let beste = kandidaten.filter { $0.1 == kleinste }
        return beste.count == 1 ? " (bedoeld: '\(beste[0].0)'?)" : ""
    }

    /// Levenshtein distance.
    static func afstand(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var vorige = Array(0...b.count)
        for i in 1...a.count {
            var huidige = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                huidige[j] = Swift.min(
                    vorige[j] + 1, huidige[j - 1] + 1, vorige[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            vorige = huidige
        }
        return vorige[b.count]
    }
}
