/// Builds a message model from a stream of elements. The reader validates against the
/// XSD in the same pass; the model is only used when the document turned out valid.
protocol BerichtOpbouw {
    associatedtype Resultaat
    /// An element opened; `positie` is evaluated only when the builder needs it.
    mutating func start(_ naam: Element, parent: Element, positie: () -> Bronpositie)
    /// The first building error; once set, later elements are ignored.
    var fout: BerichtOpbouwFout? { get set }
    /// An element closed with the text it held (empty when none).
    mutating func verwerkEinde(_ naam: Element, parent: Element, tekst: Tekst) throws(BerichtOpbouwFout)
    func resultaat(soort: BerichtSoort) throws(BerichtOpbouwFout) -> Resultaat
}

extension BerichtOpbouw {
    /// Feeds a closed element to `verwerkEinde`, keeping the first error for `resultaat`.
    mutating func einde(_ naam: Element, parent: Element, tekst: Tekst) {
        if fout != nil { return }
        do {
            try verwerkEinde(naam, parent: parent, tekst: tekst)
        } catch {
            fout = error
        }
    }
}

/// Keeps the open element names and the text of the innermost element (as bytes, so that
/// text nobody reads never becomes a `String`).
struct ElementStapel {
    private(set) var namen: [Element] = []
    private var tekst: [UInt8] = []

    init() {
        namen.reserveCapacity(16)
        tekst.reserveCapacity(256)
    }

    var parent: Element { namen.count >= 2 ? namen[namen.count - 2] : .anders }

    mutating func open(_ naam: Element) {
        namen.append(naam)
        tekst.removeAll(keepingCapacity: true)
    }

    mutating func voegToe(_ deel: ArraySlice<UInt8>) {
        tekst.append(contentsOf: deel)
    }

    mutating func voegToe(uit reader: XMLStreamReader) {
        reader.appendText(to: &tekst)
    }

    /// Closes the innermost element and hands its text to `body`, with two values it may change
    /// (the builders, which live next to this stack and so cannot be captured).
    mutating func sluit<A, B>(_ a: inout A, _ b: inout B, _ body: (Tekst, inout A, inout B) -> Void) {
        namen.removeLast()
        body(Tekst(bytes: tekst[...]), &a, &b)
        tekst.removeAll(keepingCapacity: true)
    }
}
