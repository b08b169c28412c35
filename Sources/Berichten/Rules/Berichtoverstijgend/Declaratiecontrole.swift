/// Level-3/4 judgement of a 323 against the store and the region's contracts: fetches the
/// ``Declaratiecontext`` once, then applies the rules as data: the declaratie's
/// (``Declaratieregels``), each client's, and each prestatie's (``Prestatieregels``), credits
/// before debets (OP366), each prestatie seeing what the message approved before it.
struct Declaratiecontrole {
    let config: Regioconfiguratie

    func controleer(_ bericht: Declaratiebericht, _ opslag: Opslagtransactie) throws -> Declaratieoordeel {
        try beoordeel(bericht, Declaratiecontext(bericht, opslag: opslag))
    }

    /// The judgement itself: no store, only what the context holds.
    func beoordeel(_ bericht: Declaratiebericht, _ context: Declaratiecontext) -> Declaratieoordeel {
        Declaratieoordeel(bericht, bevindingen(bericht, context))
    }

    private func bevindingen(_ bericht: Declaratiebericht, _ context: Declaratiecontext) -> Declaratiebeoordeling {
        var beoordeling = Declaratiebeoordeling()
        beoordeling.declaratie = Declaratieregels.declaratie.flatMap { $0.controleer(bericht, context) }
        if !beoordeling.declaratie.isEmpty { return beoordeling }
        for (c, client) in bericht.clienten.enumerated() {
            let bevindingen = Declaratieregels.client.flatMap { $0.controleer(client, index: c, bericht, context) }
            if !bevindingen.isEmpty { beoordeling.clienten[c] = bevindingen }
        }
        var stand = Declaratiestand()
        for debetCredit in [DebetCredit.credit, .debet] {
            for (c, client) in bericht.clienten.enumerated() where beoordeling.clienten[c] == nil {
                for (p, prestatie) in client.prestaties.enumerated()
                where prestatie.ingediendBedrag.debetCredit == debetCredit {
                    let geval = Prestatiegeval(
                        prestatie: prestatie, doel: .prestatie(client: c, prestatie: p), bericht: bericht,
                        context: context,
                        stand: stand, config: config)
                    let (afwijzingen, signalen) = Prestatieregels.controleer(geval)
                    beoordeling.signalen += signalen
                    if afwijzingen.isEmpty {
                        stand.keurGoed(prestatie, context)
                    } else {
                        beoordeling.prestaties[.init(client: c, prestatie: p)] = afwijzingen
                        stand.wijsAf(prestatie)
                    }
                }
            }
        }
        return beoordeling
    }
}

/// Rounding of eurocent amounts as the standard prescribes (IV081: arithmetic, half up).
package enum Afronding {
    package static func halfOmhoog(_ teller: Int64, gedeeldDoor noemer: Int64) -> Int64 {
        (teller * 2 + noemer) / (noemer * 2)
    }
}
