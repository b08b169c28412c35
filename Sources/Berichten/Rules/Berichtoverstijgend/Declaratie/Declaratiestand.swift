/// What the judgement of one 323 approved so far: the rules of a later prestatie see it next
/// to the ``Declaratiecontext`` (OP366: credits first, so a credit and the debet it corrects may
/// share a message). Only ``Declaratiecontrole`` changes it, between two prestaties.
struct Declaratiestand: Sendable {
    /// ReferentieNummers judged in this message so far.
    private(set) var referenties: Set<String> = []
    /// Debets credited by a credit approved in this message.
    private(set) var gecrediteerd: Set<String> = []
    /// What this message approved, per toewijzing: over the run (`periode` nil) and per period.
    private var geboekt: [Int64: [Toewijzingsverbruik]] = [:]

    /// What counts against a toewijzing over its whole run: the store's and this message's.
    func verbruik(_ nummer: Int64, _ context: Declaratiecontext) -> [Toewijzingsverbruik] {
        samen(nummer, context, periode: nil)
    }

    /// The same, in one product period.
    func verbruik(_ nummer: Int64, in periode: Periode, _ context: Declaratiecontext) -> [Toewijzingsverbruik] {
        samen(nummer, context, periode: periode)
    }

    private func samen(_ nummer: Int64, _ context: Declaratiecontext, periode: Periode?) -> [Toewijzingsverbruik] {
        var regels = (context.verbruik[nummer] ?? []).filter { $0.periode == periode }
        for deel in (geboekt[nummer] ?? []) where deel.periode == periode {
            if let i = regels.firstIndex(where: { $0.eenheid == deel.eenheid }) {
                regels[i].volume += deel.volume
                regels[i].bedrag += deel.bedrag
                regels[i].debets += deel.debets
            } else {
                regels.append(deel)
            }
        }
        return regels
    }

    /// A prestatie that was rejected: its ReferentieNummer is taken all the same (TR314).
    mutating func wijsAf(_ prestatie: Prestatie) {
        referenties.insert(prestatie.referentieNummer)
    }

    /// A prestatie that was approved: it counts for the prestaties after it.
    mutating func keurGoed(_ prestatie: Prestatie, _ context: Declaratiecontext) {
        referenties.insert(prestatie.referentieNummer)
        if let vorig = prestatie.vorigReferentieNummer {
            gecrediteerd.insert(vorig)
            // An approved credit passed TR323, so its debet is in the store.
            if let debet = context.opgeslagen[vorig] {
                boek(
                    debet.toewijzingNummer, debet.periode, debet.eenheid, volume: -debet.volume, bedrag: -debet.bedrag,
                    debets: -1)
            }
        } else {
            boek(
                prestatie.toewijzingNummer, prestatie.productPeriode, prestatie.eenheid,
                volume: prestatie.geleverdVolume,
                bedrag: prestatie.ingediendBedrag.getekend, debets: 1)
        }
    }

    private mutating func boek(
        _ nummer: Int64, _ periode: Periode, _ eenheid: Eenheid, volume: Int64, bedrag: Int64, debets: Int
    ) {
        var regels = geboekt[nummer] ?? []
        for deel in [nil, periode] {
            if let i = regels.firstIndex(where: { $0.periode == deel && $0.eenheid == eenheid }) {
                regels[i].volume += volume
                regels[i].bedrag += bedrag
                regels[i].debets += debets
            } else {
                regels.append(
                    Toewijzingsverbruik(periode: deel, eenheid: eenheid, volume: volume, bedrag: bedrag, debets: debets)
                )
            }
        }
        geboekt[nummer] = regels
    }
}
