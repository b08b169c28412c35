/// Builds a message model from a stream of elements. The reader validates against the
/// XSD in the same pass; the model is only used when the document turned out valid.
protocol BerichtOpbouw {
    associatedtype Resultaat
    /// An element opened; `positie` is evaluated only when the builder needs it.
    mutating func start(_ naam: String, parent: String, positie: () -> Bronpositie)
    /// An element closed with the text it held (empty when none).
    mutating func einde(_ naam: String, parent: String, tekst: String)
    func resultaat(soort: BerichtSoort) throws(BerichtOpbouwFout) -> Resultaat
}

/// Keeps the open element names and the text of the innermost element.
struct ElementStapel {
    private(set) var namen: [String] = []
    private var tekst = ""

    var parent: String { namen.count >= 2 ? namen[namen.count - 2] : "" }

    mutating func open(_ naam: String) {
        namen.append(naam)
        tekst = ""
    }

    mutating func voegToe(_ deel: String) {
        tekst += deel
    }

    /// Closes the innermost element and returns its text.
    mutating func sluit() -> String {
        namen.removeLast()
        defer { tekst = "" }
        return tekst
    }
}
