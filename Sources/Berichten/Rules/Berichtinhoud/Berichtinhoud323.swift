/// Level-2 rules of the 323 declaratie.
enum Berichtinhoud323 {
    typealias Controle = Regelcontrole<Declaratiebericht>
    static let begin2021 = Datum(jaar: 2021, maand: 1, dag: 1)!

    /// The Declaratie and Client rules first, then the Prestatie rules (the order of the findings).
    static let controles: [Controle] = declaratieControles + prestatieControles

    /// Every prestatie with its target, in document order. Reads the arrays in place by index:
    /// each of the rules runs this over all prestaties, and copying a prestatie costs its retains.
    static func forEachPrestatie(_ bericht: Declaratiebericht, _ body: (Prestatie, Klassedoel) -> Void) {
        let clienten = bericht.clienten
        for c in clienten.indices {
            let prestaties = clienten[c].prestaties
            for p in prestaties.indices { body(prestaties[p], .prestatie(client: c, prestatie: p)) }
        }
    }

    static func referentie(_ prestatie: Prestatie) -> String {
        prestatie.vorigReferentieNummer.map { "\(prestatie.referentieNummer) (vorig \($0))" }
            ?? prestatie.referentieNummer
    }
}
