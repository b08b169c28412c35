/// One message flow: how a kind of heen-message is answered once it is read, valid and its
/// Header passed: judged on levels 3 and 4 in the message's transaction, its verdict stored,
/// its retour written. ``Verwerker`` does the rest (claim, levels 1–2, the Header rules, the
/// transaction, the own-retour XSD check, writing and archiving) the same way for every flow.
/// A new flow (305 → 306) is a new type conforming to this and one line in ``Berichtstromen``.
protocol Berichtstroom: Sendable {
    /// The heen-messages this flow answers (the JW and the WMO variant).
    var type: BerichtType { get }

    /// Whether its retour copies the Client as sent (IV028): then ``Stroomomgeving/bron`` holds
    /// the message's bytes as read.
    var kopieertClient: Bool { get }

    /// The retour with only a Header and these codes: level 2 failed, or a Header rule did.
    func headerRetour(_ bericht: Bericht, _ identiteit: RetourIdentiteit, codes: [RetourCode]) throws -> [UInt8]

    /// Levels 3 and 4, the verdict in the store, and the retour.
    func beoordeel(
        _ bericht: Bericht, _ omgeving: Stroomomgeving, _ transactie: Opslagtransactie
    ) throws -> Stroomoordeel
}

/// What a flow gets from ``Verwerker`` for one message.
struct Stroomomgeving: Sendable {
    let config: Regioconfiguratie
    /// The message's row in the store.
    let berichtID: Int64
    let identiteit: RetourIdentiteit
    let claim: Claim
    /// The message's bytes as read, when the flow's retour copies part of them (the 302).
    let bron: [UInt8]?
}

/// What a flow decided about one message.
struct Stroomoordeel: Sendable {
    let soort: Verwerkingsuitkomst.Soort
    /// The message's retour codes, for the store and the outcome line.
    let codes: [RetourCode]
    let retour: [UInt8]
    let bevindingen: [Bevinding]
    /// Prestaties approved and rejected (a 323); (0, 0) for other flows.
    var prestaties: (toegekend: Int, afgewezen: Int) = (0, 0)
}

/// The flows berichtd runs, by message type.
enum Berichtstromen {
    static let alle: [any Berichtstroom] = [
        Toewijzingstroom(), Declaratiestroom(), Zorgmeldingstroom(type: .startZorg), Zorgmeldingstroom(type: .stopZorg),
    ]

    static func stroom(voor type: BerichtType) -> (any Berichtstroom)? {
        alle.first { $0.type == type }
    }
}

extension Berichtstroom {
    /// The codes of a verdict once each.
    static func uniek(_ codes: [RetourCode]) -> [RetourCode] {
        var gezien = Set<RetourCode>()
        return codes.filter { gezien.insert($0).inserted }
    }
}

extension Berichtstroom {
    /// The IV028 verdict of a message judged whole (301, 305, 307): accepted with a retour of only
    /// its Header, or rejected with the whole Client as sent (copied from ``Stroomomgeving/bron``),
    /// each class with the codes of its findings.
    func iv028Oordeel(
        heen: BerichtHeader, soort: BerichtSoort, _ omgeving: Stroomomgeving, bevindingen: [Bevinding]
    ) throws -> Stroomoordeel {
        let afwijzingen = bevindingen.filter { !$0.isSignaal }
        guard !afwijzingen.isEmpty else {
            let retour = try IV028Retour.schrijf(
                heen: heen, soort: soort, identiteit: omgeving.identiteit, headerCodes: nil, client: nil)
            return Stroomoordeel(soort: .geaccepteerd, codes: [], retour: retour, bevindingen: bevindingen)
        }
        var klassecodes: IV028Retour.Klassecodes = [:]
        for bevinding in afwijzingen { klassecodes[bevinding.doel, default: []].append(bevinding.retourCode) }
        guard let bytes = omgeving.bron else {
            throw ProcessingError(bestand: omgeving.claim.naam, reden: "de \(soort.naam) is niet bewaard")
        }
        let retour = try IV028Retour.schrijf(
            heen: heen, soort: soort, identiteit: omgeving.identiteit, headerCodes: [.geenOpmerking],
            client: (try XMLStreamReader(bytes: bytes, name: omgeving.claim.naam), klassecodes.mapValues(Self.uniek)))
        return Stroomoordeel(
            soort: .afgewezen, codes: Self.uniek(afwijzingen.map(\.retourCode)), retour: retour,
            bevindingen: bevindingen)
    }
}
