import Foundation

/// Processes one claimed input: read and validate (levels 1–2), check against the store and
/// the region's contracts (levels 3–4), build the retour, commit everything in one
/// transaction, then write the retour and archive the input.
public final class Verwerker: Sendable {
    public let lezer: Berichtlezer
    public let config: Regioconfiguratie
    public let opslag: Berichtenopslag
    public let spool: Spool
    let vandaag: @Sendable () -> Datum

    public init(
        lezer: Berichtlezer, config: Regioconfiguratie, opslag: Berichtenopslag, spool: Spool,
        vandaag: @escaping @Sendable () -> Datum = Verwerker.systeemdatum
    ) {
        self.lezer = lezer
        self.config = config
        self.opslag = opslag
        self.spool = spool
        self.vandaag = vandaag
    }

    /// Today's date in the machine's time zone.
    public static let systeemdatum: @Sendable () -> Datum = {
        let onderdelen = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Datum(jaar: onderdelen.year ?? 0, maand: onderdelen.month ?? 0, dag: onderdelen.day ?? 0)
            ?? Datum(dagnummer: Int(Date().timeIntervalSince1970 / 86_400))
    }

    /// Processes a file that was just claimed into `work/`. Throws only when berichtd itself
    /// cannot work (store, disk, XSD installation); the file then stays in `work/` for a retry.
    public func verwerk(_ claim: Claim) throws -> Verwerkingsuitkomst {
        try rondAf(try bereidVoor(claim))
    }

    /// Picks up a file an interrupted run left in `work/`: when the store already committed its
    /// claim (killed between commit and archive), only the retour is re-written and the input
    /// moved on; otherwise it is processed as new. Never answers a message twice.
    public func hervat(_ claim: Claim) throws -> Verwerkingsuitkomst {
        if let eerder = try eerdereAfhandeling(claim, naamEnInhoud: true) { return try voltooi(claim, eerder) }
        return try verwerk(claim)
    }

    /// Reads, hashes and checks a claimed file up to level 2. Touches neither store nor spool,
    /// so several files may be prepared in parallel; `rondAf` must then run in claim order.
    public func bereidVoor(_ claim: Claim) throws -> Voorbereiding {
        let pad = claim.pad
        let limiet = lezer.limits.maximumBytes
        let inhoud = try Self.leesBytes(pad, limiet: limiet)
        let resultaat: Leesresultaat
        if inhoud.count > limiet {
            // Only the limit and one byte more were read; the reason gives the real size.
            let grootte = (try? FileManager.default.attributesOfItem(atPath: pad)[.size] as? Int) ?? inhoud.count
            resultaat = .geweigerd(Berichtlezer.weigering(.tooLarge(bytes: grootte, limit: limiet)))
        } else {
            resultaat = try lezer.lees(bytes: inhoud, naam: claim.naam)
        }
        var inhoudBevindingen: [Bevinding] = []
        if case .gelezen(let bericht) = resultaat { inhoudBevindingen = Berichtinhoud.controleer(bericht) }
        // A flow whose retour copies the Client as sent (IV028: 302, 306, 308) gets the bytes as
        // read (never read from disk again); a 323 does not: its 325 is written from the model,
        // and it may be 25 MB.
        var bron: [UInt8]?
        if case .gelezen(let bericht) = resultaat,
            Berichtstromen.stroom(voor: bericht.soort.type)?.kopieertClient == true
        {
            bron = inhoud
        }
        return Voorbereiding(
            claim: claim, sha: SHA256.hex(inhoud), resultaat: resultaat, inhoudBevindingen: inhoudBevindingen,
            bron: bron, grootte: inhoud.count)
    }

    /// Judges a prepared file against the store and the contracts, commits, writes the retour
    /// and archives the input. A claim the store already committed is only completed.
    public func rondAf(_ voorbereiding: Voorbereiding) throws -> Verwerkingsuitkomst {
        let claim = voorbereiding.claim
        if let eerder = try eerdereAfhandeling(claim, naamEnInhoud: false) { return try voltooi(claim, eerder) }
        let naam = claim.naam
        Testhaak.misschienVastlopen(naam)
        let sha = voorbereiding.sha
        let dag = vandaag()
        switch voorbereiding.resultaat {
        case .geweigerd(let weigering):
            return try zetApart(
                claim, sha: sha, soort: nil, header: nil, uitkomst: .geweigerd,
                reden: "geweigerd (\(weigering.code)): \(weigering.toelichting)")
        case .xsdOngeldig(let afkeuring):
            let details = (afkeuring.toelichtingen + afkeuring.diagnostics.prefix(20).map(\.description)).joined(
                separator: "\n  ")
            return try zetApart(
                claim, sha: sha, soort: afkeuring.soort,
                header: (afkeuring.afzender, afkeuring.identificatie), uitkomst: .xsdOngeldig,
                reden: "XSD-ongeldig (niveau 1, er volgt geen retour):\n  \(details)")
        case .gelezen(let bericht):
            // The claim's rename into work/ is durable before the commit that names it.
            Spool.syncDirectory(spool.workDirectory)
            let verwerking = try opslag.inTransactie { transactie in
                try beoordeel(bericht, voorbereiding, dag: dag, transactie)
            }
            try Spool.writeAtomically(verwerking.retour, naar: spool.outDirectory + "/" + verwerking.retourPad)
            try Spool.markRetourWritten(claim)
            _ = try spool.archive(claim, dag: dag)
            return verwerking.uitkomst
        }
    }

    struct Verwerking {
        let retour: [UInt8]
        let retourPad: String
        let uitkomst: Verwerkingsuitkomst
    }

    func beoordeel(
        _ bericht: Bericht, _ voorbereiding: Voorbereiding, dag: Datum, _ transactie: Opslagtransactie
    ) throws -> Verwerking {
        let claim = voorbereiding.claim
        let (naam, sha, inhoudBevindingen) = (claim.naam, voorbereiding.sha, voorbereiding.inhoudBevindingen)
        let header = bericht.header
        let berichtID = try transactie.voegBerichtToe(
            soort: bericht.soort.naam, afzender: header.afzender, ontvanger: header.ontvanger,
            identificatie: header.identificatie, dagtekening: header.dagtekening, inhoudSHA256: sha, bestand: naam,
            ontvangenOp: Self.tijdstempel(), uitkomst: "inProgress", retourCode: nil, retourBestand: nil,
            retourXML: nil,
            reden: nil, claim: claim.token)
        guard let antwoordSoort = bericht.soort.antwoord else {
            throw ProcessingError(bestand: naam, reden: "\(bericht.soort.naam) heeft geen retourbericht")
        }
        let identiteit = RetourIdentiteit(
            identificatie: "R" + String(berichtID, nullen: 11), dagtekening: dag,
            xsdVersie: try lezer.schemas.xsdVersie(voor: antwoordSoort))
        let gemeente = bericht.soort.type == .toewijzing ? header.afzender : header.ontvanger
        let retourPad =
            "\(gemeente)/\(antwoordSoort.naam)_\(Self.veilig(header.afzender))_\(Self.veilig(header.identificatie))_\(identiteit.identificatie).xml"

        guard let stroom = Berichtstromen.stroom(voor: bericht.soort.type) else {
            throw ProcessingError(bestand: naam, reden: "geen berichtstroom voor \(bericht.soort.naam)")
        }
        var bevindingen = inhoudBevindingen
        var oordeel: Stroomoordeel
        if !bevindingen.isEmpty {
            let codes = [RetourCode.technischeFout]
            oordeel = Stroomoordeel(
                soort: .technischAfgewezen, codes: codes,
                retour: try stroom.headerRetour(bericht, identiteit, codes: codes),
                bevindingen: bevindingen)
        } else {
            bevindingen = try Headercontrole(config: config, vandaag: vandaag()).controleer(bericht, transactie)
            if !bevindingen.isEmpty {
                let codes = Self.uniek(bevindingen.map(\.retourCode))
                oordeel = Stroomoordeel(
                    soort: .afgewezen, codes: codes, retour: try stroom.headerRetour(bericht, identiteit, codes: codes),
                    bevindingen: bevindingen)
            } else {
                let omgeving = Stroomomgeving(
                    config: config, berichtID: berichtID, identiteit: identiteit, claim: claim, bron: voorbereiding.bron
                )
                oordeel = try stroom.beoordeel(bericht, omgeving, transactie)
            }
        }
        if case .declaratie(let declaratie) = bericht, oordeel.prestaties == (0, 0) {
            oordeel.prestaties = (0, declaratie.aantalPrestaties)
        }
        let (soort, codes, retour) = (oordeel.soort, oordeel.codes, oordeel.retour)
        bevindingen = oordeel.bevindingen
        let problemen = try lezer.schemas.schema(voor: antwoordSoort).validate(bytes: retour, name: retourPad)
        if !problemen.isEmpty {
            throw ProcessingError(
                bestand: naam, reden: "eigen retour voldoet niet aan de XSD: \(problemen.map(\.description))")
        }
        for bevinding in bevindingen {
            try transactie.voegBevindingToe(
                berichtID: berichtID, bevinding, ernst: bevinding.isSignaal ? "signaal" : "afwijzing",
                context: .voor(bevinding, in: bericht))
        }
        try transactie.zetUitkomst(
            berichtID: berichtID, uitkomst: soort.rawValue, retourCodes: codes.map(\.rawValue).joined(separator: ","),
            retourBestand: retourPad, retourXML: retour)
        // The message's buffered prestaties are in the store before the next message is judged.
        try transactie.schrijfWeg()
        var uitkomst = Verwerkingsuitkomst(
            bestand: naam, soort: soort, bericht: "\(bericht.soort.naam) \(header.afzender) \(header.identificatie)",
            retourBestand: retourPad, retourCodes: codes, bevindingen: bevindingen, reden: nil)
        uitkomst.prestaties = oordeel.prestaties
        return Verwerking(retour: retour, retourPad: retourPad, uitkomst: uitkomst)
    }

    static func tijdstempel() -> String {
        Ontvangsttijd.iso(Int(Date().timeIntervalSince1970))
    }

    static func uniek(_ codes: [RetourCode]) -> [RetourCode] {
        var gezien = Set<RetourCode>()
        return codes.filter { gezien.insert($0).inserted }
    }

    static func veilig(_ tekst: String) -> String {
        String(tekst.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }
}

/// A claimed input read, hashed and checked up to level 2 (`Verwerker.bereidVoor`).
public struct Voorbereiding: Sendable {
    public let claim: Claim
    let sha: String
    let resultaat: Leesresultaat
    let inhoudBevindingen: [Bevinding]
    /// The bytes as read, kept for flows whose retour copies part of the message.
    let bron: [UInt8]?
    /// Size of the input in bytes (at most the reader's limit and one more).
    let grootte: Int
}

/// berichtd could not finish a message because of its own fault; the input stays in `work/`.
public struct ProcessingError: Error, Sendable, CustomStringConvertible {
    public let bestand: String
    public let reden: String

    public var description: String { "\(bestand): \(reden)" }
}
