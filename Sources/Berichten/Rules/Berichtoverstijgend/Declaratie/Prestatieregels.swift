/// The level-3/4 rules on a prestatie of a 323, in the order they are judged. Credits come
/// before debets (OP366). Precedence is data: a `poort` rule that finds something ends the
/// judgement of that prestatie, so a prestatie without a (current) toewijzing gets only that
/// code and nothing that would need the toewijzing.
enum Prestatieregels {
    static let alle: [Prestatieregel] = [
        tr314, tr323, tr390,
        tr389, tr338, tr384,
        tr339, tr340, tr381, tr341,
        tr307, tr308, tr319, tr387, tr388,
        tr369, tr321, tr322,
        tr418, tr346,
        bd002, bd001, bd005,
    ]

    /// Rejecting findings and signals of one prestatie.
    static func controleer(_ geval: Prestatiegeval) -> (afwijzingen: [Bevinding], signalen: [Bevinding]) {
        var afwijzingen: [Bevinding] = []
        var signalen: [Bevinding] = []
        for regel in alle {
            let gevonden = regel.controleer(geval)
            for bevinding in gevonden {
                if bevinding.isSignaal { signalen.append(bevinding) } else { afwijzingen.append(bevinding) }
            }
            if regel.poort, gevonden.contains(where: { !$0.isSignaal }) { break }
        }
        return (afwijzingen, signalen)
    }
}
