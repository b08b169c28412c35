import Foundation

/// Completing a claim an interrupted run left in `work/`: never a second record, never a second retour.
extension Verwerker {
    /// The committed record of this very claim, if an earlier attempt got that far. Files in
    /// `work/` without a claim token (claimed by an older berichtd) are matched on recovery by
    /// content hash and name.
    func eerdereAfhandeling(_ claim: Claim, naamEnInhoud: Bool) throws -> OpgeslagenBericht? {
        let gevonden: OpgeslagenBericht?
        if let token = claim.token {
            gevonden = try opslag.bericht(claim: token)
        } else if naamEnInhoud {
            let sha = SHA256.hex(try Self.leesBytes(claim.pad, limiet: lezer.limits.maximumBytes))
            gevonden = try opslag.bericht(inhoud: sha).flatMap { $0.bestand == claim.werknaam ? $0 : nil }
        } else {
            gevonden = nil
        }
        return gevonden.flatMap { $0.uitkomst == "inProgress" ? nil : $0 }
    }

    /// Completes a message the store already committed (a crash between commit and archive):
    /// writes the retour from the store unless it already went out, then archives the input.
    func voltooi(_ claim: Claim, _ bericht: OpgeslagenBericht) throws -> Verwerkingsuitkomst {
        if let retourPad = bericht.retourBestand, let xml = bericht.retourXML, !Spool.isRetourWritten(claim),
            !FileManager.default.fileExists(atPath: spool.outDirectory + "/" + retourPad)
        {
            try Spool.writeAtomically(xml, naar: spool.outDirectory + "/" + retourPad)
            try Spool.markRetourWritten(claim)
        }
        if bericht.uitkomst == Verwerkingsuitkomst.Soort.geweigerd.rawValue
            || bericht.uitkomst == Verwerkingsuitkomst.Soort.xsdOngeldig.rawValue
        {
            _ = try spool.setAside(claim, reden: bericht.reden ?? "eerder apart gezet (hervat na onderbreking)")
        } else {
            _ = try spool.archive(claim, dag: vandaag())
        }
        return Verwerkingsuitkomst(
            bestand: bericht.bestand, soort: Verwerkingsuitkomst.Soort(rawValue: bericht.uitkomst) ?? .afgewezen,
            bericht: bericht.soort, retourBestand: bericht.retourBestand, retourCodes: [], bevindingen: [],
            reden: "al verwerkt vóór een onderbreking; afgerond")
    }
}
