/// Turns the element steps of a message into calls on a model builder: keeps the open elements
/// and the text of the innermost one, and feeds the Header builder on the way. Used the same way
/// whether the steps come straight from the reader or from the parsing thread.
struct Stroomverwerking<O: BerichtOpbouw> {
    var opbouw: O
    private(set) var header = HeaderOpbouw()
    private var stapel = ElementStapel()

    init(_ opbouw: O) {
        self.opbouw = opbouw
    }

    mutating func start(_ naam: Element, positie: () -> Bronpositie) {
        stapel.open(naam)
        opbouw.start(naam, parent: stapel.parent, positie: positie)
    }

    /// Text of the innermost element, copied by the parsing thread into one of its blocks.
    mutating func tekst(_ deel: ArraySlice<UInt8>) {
        stapel.voegToe(deel)
    }

    /// Text of the innermost element, straight from the reader.
    mutating func tekst(uit reader: XMLStreamReader) {
        stapel.voegToe(uit: reader)
    }

    mutating func einde() {
        let naam = stapel.namen.last ?? .anders
        let parent = stapel.parent
        let inHeader = stapel.namen.count <= 4
        stapel.sluit(&header, &opbouw) { tekst, header, opbouw in
            if inHeader { header.neem(naam, parent: parent, tekst: tekst) }
            opbouw.einde(naam, parent: parent, tekst: tekst)
        }
    }
}

extension Element {
    /// Elements whose position the builders record when they open (``BerichtOpbouw/start(_:parent:positie:)``).
    /// The parsing thread computes exactly these, since it alone can ask the reader.
    var heeftBronpositie: Bool {
        switch self {
        case .header, .client, .relatie, .contact, .toegewezenProduct, .declaratie, .prestatie, .startProduct,
            .stopProduct:
            true
        default: false
        }
    }
}
