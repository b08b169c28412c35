/// The level-3/4 rules on a 323 as a whole (TR333, TR318: the declaratie is rejected and counts
/// as not sent) and on a client (TR304: the client's Bsn is not that of the toewijzing).
enum Declaratieregels {
    struct Declaratieregel: Sendable {
        let regel: Regel
        let controleer: @Sendable (Declaratiebericht, Declaratiecontext) -> [Bevinding]
    }

    struct Clientregel: Sendable {
        let regel: Regel
        private let check: @Sendable (DeclaratieClient, Int, Declaratiebericht, Declaratiecontext) -> [Bevinding]

        init(
            _ regel: Regel,
            _ check: @escaping @Sendable (DeclaratieClient, Int, Declaratiebericht, Declaratiecontext) -> [Bevinding]
        ) {
            self.regel = regel
            self.check = check
        }

        func controleer(
            _ client: DeclaratieClient, index: Int, _ bericht: Declaratiebericht, _ context: Declaratiecontext
        ) -> [Bevinding] {
            check(client, index, bericht, context)
        }
    }

    static let declaratie: [Declaratieregel] = [tr333, tr318]
    static let client: [Clientregel] = [tr304]

    static let tr333 = Declaratieregel(regel: Regelcatalogus.tr333) { bericht, context in
        guard context.declaratieNummerGebruikt else { return [] }
        let declaratie = bericht.declaratie
        return [
            Regelcatalogus.tr333.bevinding(
                declaratie.positie.kind("DeclaratieNummer"), doel: .declaratie,
                gevonden: "DeclaratieNummer \(declaratie.declaratieNummer)",
                verwacht: "een DeclaratieNummer dat aanbieder \(bericht.aanbieder) nog niet gebruikte",
                toelichting:
                    "Aanbieder \(bericht.aanbieder) heeft DeclaratieNummer \(declaratie.declaratieNummer) al eerder gebruikt"
            )
        ]
    }

    static let tr318 = Declaratieregel(regel: Regelcatalogus.tr318) { bericht, context in
        let declaratie = bericht.declaratie
        guard let laatste = context.laatsteDeclaratieperiode, declaratie.declaratiePeriode.begindatum < laatste else {
            return []
        }
        return [
            Regelcatalogus.tr318.bevinding(
                declaratie.positie.kind("DeclaratiePeriode"), doel: .declaratie,
                gevonden: "declaratieperiode \(declaratie.declaratiePeriode)",
                verwacht: "de maand van \(laatste.nederlands) of later (laatst gedeclareerde periode)",
                toelichting:
                    "De declaratieperiode ligt voor de laatst gedeclareerde periode; declareer oudere prestaties in "
                    + "een declaratie over de lopende periode")
        ]
    }

    /// The first prestatie of the client that declares on a toewijzing of this aanbieder for
    /// another client decides.
    static let tr304 = Clientregel(Regelcatalogus.tr304) { client, index, bericht, context in
        for prestatie in client.prestaties {
            guard let toewijzing = context.toewijzingen[prestatie.toewijzingNummer],
                toewijzing.aanbieder == bericht.aanbieder, toewijzing.bsn != client.bsn
            else { continue }
            return [
                Regelcatalogus.tr304.bevinding(
                    client.positie.kind("Bsn"), doel: .declaratieClient(index), gevonden: "Bsn \(client.bsn)",
                    verwacht: "de Bsn van de cliënt van toewijzing \(prestatie.toewijzingNummer)",
                    toelichting:
                        "Toewijzing \(prestatie.toewijzingNummer) hoort bij een andere cliënt dan Bsn \(client.bsn)")
            ]
        }
        return []
    }
}
