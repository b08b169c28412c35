import Foundation

/// Setting a claimed file aside in `rejected/`, with its reason in the store and next to it.
extension Verwerker {
    /// Sets aside a file berichtd failed on repeatedly (see `Fault.bestand`), or at once when it
    /// can never be a message (`blijvend`), recording why, so that it no longer blocks the queue.
    /// No retour is written.
    public func zetApartNaStoring(_ claim: Claim, reden: String, blijvend: Bool = false) throws -> Verwerkingsuitkomst {
        let sha = (try? Self.leesBytes(claim.pad, limiet: lezer.limits.maximumBytes)).map(SHA256.hex) ?? "onleesbaar"
        let tekst =
            blijvend
            ? "niet te verwerken: \(reden)" : "berichtd kon dit bestand niet verwerken (herhaalde storing): \(reden)"
        return try zetApart(claim, sha: sha, soort: nil, header: nil, uitkomst: .geweigerd, reden: tekst)
    }

    /// Whether the store already committed this claimed file (only its completion is left).
    public func isVastgelegd(_ claim: Claim) throws -> Bool {
        try eerdereAfhandeling(claim, naamEnInhoud: true) != nil
    }

    /// Sets aside a file berichtd stopped on too often (see ``AttemptMark``).
    public func zetApartNaPogingen(_ claim: Claim, reden: String) throws -> Verwerkingsuitkomst {
        let sha = (try? Self.leesBytes(claim.pad, limiet: lezer.limits.maximumBytes)).map(SHA256.hex) ?? "onleesbaar"
        return try zetApart(claim, sha: sha, soort: nil, header: nil, uitkomst: .geweigerd, reden: reden)
    }

    func zetApart(
        _ claim: Claim, sha: String, soort: BerichtSoort?, header: (String?, String?)?,
        uitkomst: Verwerkingsuitkomst.Soort,
        reden: String
    ) throws -> Verwerkingsuitkomst {
        let naam = claim.naam
        Spool.syncDirectory(spool.workDirectory)
        try opslag.inTransactie { transactie in
            _ = try transactie.voegBerichtToe(
                soort: soort?.naam ?? "onbekend", afzender: header?.0, ontvanger: nil, identificatie: header?.1,
                dagtekening: nil, inhoudSHA256: sha, bestand: naam, ontvangenOp: Self.tijdstempel(),
                uitkomst: uitkomst.rawValue,
                retourCode: nil, retourBestand: nil, retourXML: nil, reden: reden, claim: claim.token)
        }
        _ = try spool.setAside(claim, reden: reden)
        return Verwerkingsuitkomst(
            bestand: naam, soort: uitkomst, bericht: soort?.naam, retourBestand: nil, retourCodes: [], bevindingen: [],
            reden: reden.split(separator: "\n").first.map(String.init))
    }
}
