/// Shape checks for the codes in a configuration.
enum Codevorm {
    /// Exactly `aantal` ASCII digits: `0321` (CBS, 4), `41000001` (AGB, 8), `45` (categorie, 2).
    static func cijfers(_ tekst: String, aantal: Int) -> Bool {
        tekst.utf8.count == aantal && tekst.utf8.allSatisfy { (48...57).contains($0) }
    }
}
