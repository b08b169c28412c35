/// A file berichtd took from `in/` into `work/` (by ``Spool/claim(_:)-(Invoer)``, or found there
/// after an interruption): where it is, the claim token the store records with it, and the name
/// it had in `in/`. Made once by the spool and handed on; nothing parses a path again.
public struct Claim: Sendable, Hashable, CustomStringConvertible {
    /// The path in `work/`.
    public let pad: String
    /// Sorts by claim time; `nil` for a file claimed by a berichtd from before claim tokens.
    public let token: String?
    /// The name in `in/` (``InputName/display``): for the store, outcomes and reasons.
    public let naam: String
    /// The name in `work/` without the token: what `archive/` and `rejected/` use.
    public let werknaam: String

    init(pad: String, token: String?, naam: String, werknaam: String) {
        self.pad = pad
        self.token = token
        self.naam = naam
        self.werknaam = werknaam
    }

    /// A file found in `work/`: the one place a work name is taken apart (`<token>~<name>`).
    public init(gevonden pad: String) {
        let bestandsnaam = Spool.naam(pad)
        var token: String?
        var werknaam = bestandsnaam
        if let scheiding = bestandsnaam.firstIndex(of: Spool.claimSeparator) {
            let kandidaat = bestandsnaam[..<scheiding]
            if kandidaat.count > 20, kandidaat.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
                token = String(kandidaat)
                werknaam = String(bestandsnaam[bestandsnaam.index(after: scheiding)...])
            }
        }
        self.init(pad: pad, token: token, naam: AttemptMark.read(for: pad)?.name ?? werknaam, werknaam: werknaam)
    }

    public var description: String { naam }
}
