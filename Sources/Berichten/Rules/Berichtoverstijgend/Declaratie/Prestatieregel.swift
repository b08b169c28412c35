/// Everything a level-3/4 rule may look at for one prestatie: the prestatie and its place, the
/// message, what was fetched from the store before the rules ran, what this message approved
/// so far, and the region's contracts. A rule is a pure function of it.
struct Prestatiegeval: Sendable {
    let prestatie: Prestatie
    let doel: Klassedoel
    let bericht: Declaratiebericht
    let context: Declaratiecontext
    let stand: Declaratiestand
    let config: Regioconfiguratie

    /// The toewijzing the prestatie declares on, if the gemeente issued it to this aanbieder.
    var toewijzing: OpgeslagenToewijzing? {
        context.toewijzingen[prestatie.toewijzingNummer].flatMap { $0.aanbieder == bericht.aanbieder ? $0 : nil }
    }

    /// A finding of `regel` on this prestatie, at `element` below it.
    func bevinding(
        _ regel: Regel, _ element: String?, gevonden: String, verwacht: String, toelichting: String
    ) -> Bevinding {
        regel.bevinding(
            element.map { prestatie.positie.kind($0) } ?? prestatie.positie, doel: doel, gevonden: gevonden,
            verwacht: verwacht,
            toelichting: toelichting)
    }
}

/// A level-3/4 rule on one prestatie, as data: its catalogue entry, the prestaties it applies
/// to, whether a finding stops the rules after it for that prestatie (`poort`: without a
/// toewijzing nothing else can be judged), and the check.
struct Prestatieregel: Sendable {
    enum Geldt: Sendable {
        case debet, credit, beide

        func omvat(_ prestatie: Prestatie) -> Bool {
            switch self {
            case .beide: true
            case .credit: prestatie.vorigReferentieNummer != nil
            case .debet: prestatie.vorigReferentieNummer == nil
            }
        }
    }

    let regel: Regel
    let geldt: Geldt
    let poort: Bool
    private let check: @Sendable (Prestatiegeval) -> [Bevinding]

    init(
        _ regel: Regel, geldt: Geldt = .debet, poort: Bool = false,
        _ check: @escaping @Sendable (Prestatiegeval) -> [Bevinding]
    ) {
        self.regel = regel
        self.geldt = geldt
        self.poort = poort
        self.check = check
    }

    func controleer(_ geval: Prestatiegeval) -> [Bevinding] {
        geldt.omvat(geval.prestatie) ? check(geval) : []
    }
}
