import Foundation

/// Processes one claimed input: read and validate (levels 1–2), check against the store and
/// the region's contracts (levels 3–4), build the retour, commit everything in one
/// transaction, then write the retour and archive the input.
public final class Verwerker: Sendable {
    public let lezer: Berichtlezer
    public let config: Regioconfiguratie
    public let opslag: Berichtenopslag
    public let spool: Spool
    private let vandaag: @Sendable () -> Datum

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
        return Voorbereiding(claim: claim, sha: SHA256.hex(inhoud), resultaat: resultaat, inhoudBevindingen: inhoudBevindingen)
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
            return try zetApart(claim, sha: sha, soort: nil, header: nil, uitkomst: .geweigerd,
                                reden: "geweigerd (\(weigering.code)): \(weigering.toelichting)")
        case .xsdOngeldig(let afkeuring):
            let details = (afkeuring.toelichtingen + afkeuring.diagnostics.prefix(20).map(\.description)).joined(separator: "\n  ")
            return try zetApart(claim, sha: sha, soort: afkeuring.soort,
                                header: (afkeuring.afzender, afkeuring.identificatie), uitkomst: .xsdOngeldig,
                                reden: "XSD-ongeldig (niveau 1, er volgt geen retour):\n  \(details)")
        case .gelezen(let bericht):
            let verwerking = try opslag.inTransactie { transactie in
                try beoordeel(bericht, inhoudBevindingen: voorbereiding.inhoudBevindingen, claim: claim, sha: sha, dag: dag, transactie)
            }
            try Spool.schrijfAtomisch(verwerking.retour, naar: spool.outMap + "/" + verwerking.retourPad)
            try Spool.markeerRetourGeschreven(claim)
            _ = try spool.archiveer(claim, dag: dag)
            return verwerking.uitkomst
        }
    }

    /// The committed record of this very claim, if an earlier attempt got that far. Files in
    /// `work/` without a claim token (claimed by an older berichtd) are matched on recovery by
    /// content hash and name.
    private func eerdereAfhandeling(_ claim: Claim, naamEnInhoud: Bool) throws -> OpgeslagenBericht? {
        let gevonden: OpgeslagenBericht?
        if let token = claim.token {
            gevonden = try opslag.bericht(claim: token)
        } else if naamEnInhoud {
            let sha = SHA256.hex(try Self.leesBytes(claim.pad, limiet: lezer.limits.maximumBytes))
            gevonden = try opslag.bericht(inhoud: sha).flatMap { $0.bestand == claim.werknaam ? $0 : nil }
        } else {
            gevonden = nil
        }
        return gevonden.flatMap { $0.uitkomst == "onderhanden" ? nil : $0 }
    }

    /// Completes a message the store already committed (a crash between commit and archive):
    /// writes the retour from the store unless it already went out, then archives the input.
    private func voltooi(_ claim: Claim, _ bericht: OpgeslagenBericht) throws -> Verwerkingsuitkomst {
        if let retourPad = bericht.retourBestand, let xml = bericht.retourXML, !Spool.isRetourGeschreven(claim),
            !FileManager.default.fileExists(atPath: spool.outMap + "/" + retourPad)
        {
            try Spool.schrijfAtomisch(xml, naar: spool.outMap + "/" + retourPad)
            try Spool.markeerRetourGeschreven(claim)
        }
        if bericht.uitkomst == Verwerkingsuitkomst.Soort.geweigerd.rawValue
            || bericht.uitkomst == Verwerkingsuitkomst.Soort.xsdOngeldig.rawValue
        {
            _ = try spool.wijsAf(claim, reden: bericht.reden ?? "eerder apart gezet (hervat na onderbreking)")
        } else {
            _ = try spool.archiveer(claim, dag: vandaag())
        }
        return Verwerkingsuitkomst(
            bestand: bericht.bestand, soort: Verwerkingsuitkomst.Soort(rawValue: bericht.uitkomst) ?? .afgewezen,
            bericht: bericht.soort, retourBestand: bericht.retourBestand, retourCodes: [], bevindingen: [],
            reden: "al verwerkt vóór een onderbreking; afgerond")
    }

    /// Sets aside a file berichtd failed on repeatedly (see `Storing.bestand`), or at once when it
    /// can never be a message (`blijvend`), recording why, so that it no longer blocks the queue.
    /// No retour is written.
    public func zetApartNaStoring(_ claim: Claim, reden: String, blijvend: Bool = false) throws -> Verwerkingsuitkomst {
        let sha = (try? Self.leesBytes(claim.pad, limiet: lezer.limits.maximumBytes)).map(SHA256.hex) ?? "onleesbaar"
        let tekst = blijvend ? "niet te verwerken: \(reden)" : "berichtd kon dit bestand niet verwerken (herhaalde storing): \(reden)"
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

    private func zetApart(
        _ claim: Claim, sha: String, soort: BerichtSoort?, header: (String?, String?)?, uitkomst: Verwerkingsuitkomst.Soort,
        reden: String
    ) throws -> Verwerkingsuitkomst {
        let naam = claim.naam
        try opslag.inTransactie { transactie in
            _ = try transactie.voegBerichtToe(
                soort: soort?.naam ?? "onbekend", afzender: header?.0, ontvanger: nil, identificatie: header?.1,
                dagtekening: nil, inhoudSHA256: sha, bestand: naam, ontvangenOp: Self.tijdstempel(), uitkomst: uitkomst.rawValue,
                retourCode: nil, retourBestand: nil, retourXML: nil, reden: reden, claim: claim.token)
        }
        _ = try spool.wijsAf(claim, reden: reden)
        return Verwerkingsuitkomst(
            bestand: naam, soort: uitkomst, bericht: soort?.naam, retourBestand: nil, retourCodes: [], bevindingen: [],
            reden: reden.split(separator: "\n").first.map(String.init))
    }

    private struct Verwerking {
        let retour: [UInt8]
        let retourPad: String
        let uitkomst: Verwerkingsuitkomst
    }

    private func beoordeel(
        _ bericht: Bericht, inhoudBevindingen: [Bevinding], claim: Claim, sha: String, dag: Datum,
        _ transactie: Opslagtransactie
    ) throws -> Verwerking {
        let naam = claim.naam
        let header = bericht.header
        let berichtID = try transactie.voegBerichtToe(
            soort: bericht.soort.naam, afzender: header.afzender, ontvanger: header.ontvanger,
            identificatie: header.identificatie, dagtekening: header.dagtekening, inhoudSHA256: sha, bestand: naam,
            ontvangenOp: Self.tijdstempel(), uitkomst: "onderhanden", retourCode: nil, retourBestand: nil, retourXML: nil,
            reden: nil, claim: claim.token)
        guard let antwoordSoort = bericht.soort.antwoord else {
            throw Verwerkingsfout(bestand: naam, reden: "\(bericht.soort.naam) heeft geen retourbericht")
        }
        let identiteit = RetourIdentiteit(
            identificatie: "R" + Self.nullen(String(berichtID), tot: 11), dagtekening: dag,
            xsdVersie: try lezer.schemas.xsdVersie(voor: antwoordSoort))
        let gemeente = bericht.soort.type == .toewijzing ? header.afzender : header.ontvanger
        let retourPad = "\(gemeente)/\(antwoordSoort.naam)_\(Self.veilig(header.afzender))_\(Self.veilig(header.identificatie))_\(identiteit.identificatie).xml"

        var bevindingen = inhoudBevindingen
        var soort: Verwerkingsuitkomst.Soort
        var codes: [RetourCode]
        var retour: [UInt8]
        var toegekendePrestaties = 0
        if !bevindingen.isEmpty {
            soort = .technischAfgewezen
            codes = [.technischeFout]
            retour = try headerRetour(bericht, identiteit, codes)
        } else {
            bevindingen = try Headercontrole(config: config, vandaag: vandaag()).controleer(bericht, transactie)
            if !bevindingen.isEmpty {
                soort = .afgewezen
                codes = Self.uniek(bevindingen.map(\.retourCode))
                retour = try headerRetour(bericht, identiteit, codes)
            } else {
                switch bericht {
                case .toewijzing(let toewijzing):
                    (soort, codes, retour, bevindingen) = try verwerk301(toewijzing, pad: claim.pad, berichtID: berichtID, identiteit, transactie)
                case .declaratie(let declaratie):
                    (soort, codes, retour, bevindingen, toegekendePrestaties) = try verwerk323(
                        declaratie, berichtID: berichtID, identiteit, transactie)
                }
            }
        }
        let problemen = try lezer.schemas.schema(voor: antwoordSoort).validate(bytes: retour, name: retourPad)
        if !problemen.isEmpty {
            throw Verwerkingsfout(bestand: naam, reden: "eigen retour voldoet niet aan de XSD: \(problemen.map(\.description))")
        }
        for bevinding in bevindingen {
            try transactie.voegBevindingToe(
                berichtID: berichtID, bevinding, ernst: bevinding.isSignaal ? "signaal" : "afwijzing",
                context: Self.context(bevinding, bericht))
        }
        try transactie.zetUitkomst(
            berichtID: berichtID, uitkomst: soort.rawValue, retourCodes: codes.map(\.rawValue).joined(separator: ","),
            retourBestand: retourPad, retourXML: retour)
        var uitkomst = Verwerkingsuitkomst(
            bestand: naam, soort: soort, bericht: "\(bericht.soort.naam) \(header.afzender) \(header.identificatie)",
            retourBestand: retourPad, retourCodes: codes, bevindingen: bevindingen, reden: nil)
        if case .declaratie(let declaratie) = bericht {
            let totaal = declaratie.clienten.reduce(0) { $0 + $1.prestaties.count }
            uitkomst.prestaties = (toegekendePrestaties, totaal - toegekendePrestaties)
        }
        return Verwerking(retour: retour, retourPad: retourPad, uitkomst: uitkomst)
    }

    private func headerRetour(_ bericht: Bericht, _ identiteit: RetourIdentiteit, _ codes: [RetourCode]) throws -> [UInt8] {
        switch bericht {
        case .toewijzing(let toewijzing):
            return try Retour302.schrijf(
                heen: toewijzing.header, soort: toewijzing.soort, identiteit: identiteit, headerCodes: codes, client: nil)
        case .declaratie(let declaratie):
            return Retour325.schrijf(heen: declaratie, identiteit: identiteit, headerCodes: codes, antwoord: nil)
        }
    }

    private func verwerk301(
        _ bericht: Toewijzingbericht, pad: String, berichtID: Int64, _ identiteit: RetourIdentiteit, _ transactie: Opslagtransactie
    ) throws -> (Verwerkingsuitkomst.Soort, [RetourCode], [UInt8], [Bevinding]) {
        let bevindingen = try Toewijzingcontrole(config: config).controleer(bericht, transactie)
        let afwijzingen = bevindingen.filter { !$0.isSignaal }
        if afwijzingen.isEmpty {
            for product in bericht.client.toegewezenProducten {
                try transactie.voegToewijzingToe(
                    berichtID: berichtID, wet: bericht.soort.standaard.wet, gemeente: bericht.gemeente,
                    aanbieder: bericht.aanbieder, bsn: bericht.client.bsn, product: product)
            }
            let retour = try Retour302.schrijf(
                heen: bericht.header, soort: bericht.soort, identiteit: identiteit, headerCodes: nil, client: nil)
            return (.geaccepteerd, [], retour, bevindingen)
        }
        var klassecodes: Retour302.Klassecodes = [:]
        for bevinding in afwijzingen { klassecodes[bevinding.doel, default: []].append(bevinding.retourCode) }
        klassecodes = klassecodes.mapValues(Self.uniek)
        let bron = try XMLStreamReader(path: pad)
        let retour = try Retour302.schrijf(
            heen: bericht.header, soort: bericht.soort, identiteit: identiteit, headerCodes: [.geenOpmerking],
            client: (bron, klassecodes))
        return (.afgewezen, Self.uniek(afwijzingen.map(\.retourCode)), retour, bevindingen)
    }

    private func verwerk323(
        _ bericht: Declaratiebericht, berichtID: Int64, _ identiteit: RetourIdentiteit, _ transactie: Opslagtransactie
    ) throws -> (Verwerkingsuitkomst.Soort, [RetourCode], [UInt8], [Bevinding], toegekend: Int) {
        let beoordeling = try Declaratiecontrole(config: config).controleer(bericht, transactie)
        let bevindingen = beoordeling.alleBevindingen
        if !beoordeling.declaratie.isEmpty {
            let codes = Self.uniek(beoordeling.declaratie.map(\.retourCode))
            let retour = Retour325.schrijf(
                heen: bericht, identiteit: identiteit, headerCodes: [.geenOpmerking],
                antwoord: Declaratieantwoord(codes: codes, totaalToegekend: 0, clienten: []))
            return (.afgewezen, codes, retour, bevindingen, 0)
        }
        var toegekend: Int64 = 0
        var clienten: [Declaratieantwoord.ClientAntwoord] = []
        let wet = bericht.soort.standaard.wet
        var afgewezenPrestaties: [Declaratiebeoordeling.PrestatieSleutel: [RetourCode]] = [:]
        for (c, client) in bericht.clienten.enumerated() {
            var afgewezen: [(index: Int, codes: [RetourCode])] = []
            let clientCodes = beoordeling.clienten[c].map { Self.uniek($0.map(\.retourCode)) }
            for (p, prestatie) in client.prestaties.enumerated() {
                if beoordeling.isToegekend(client: c, prestatie: p) {
                    toegekend += prestatie.ingediendBedrag.getekend
                } else {
                    let codes = clientCodes != nil
                        ? [RetourCode.nietBeoordeeld]
                        : Self.uniek((beoordeling.prestaties[.init(client: c, prestatie: p)] ?? []).map(\.retourCode))
                    afgewezen.append((p, codes))
                    afgewezenPrestaties[.init(client: c, prestatie: p)] = codes
                }
            }
            if !afgewezen.isEmpty {
                clienten.append(.init(index: c, codes: clientCodes ?? [.geenOpmerking], prestaties: afgewezen))
            }
        }
        let volledig = clienten.isEmpty
        let declaratieCode: RetourCode = volledig ? .volledigToegekend : .geenOpmerking
        let declaratieID = try transactie.voegDeclaratieToe(
            berichtID: berichtID, wet: wet, aanbieder: bericht.aanbieder, gemeente: bericht.gemeente,
            declaratie: bericht.declaratie, totaalToegekend: toegekend, retourCode: declaratieCode)
        for (c, client) in bericht.clienten.enumerated() {
            for (p, prestatie) in client.prestaties.enumerated() {
                let codes = afgewezenPrestaties[.init(client: c, prestatie: p)]
                try transactie.voegPrestatieToe(
                    declaratieID: declaratieID, wet: wet, aanbieder: bericht.aanbieder, gemeente: bericht.gemeente,
                    bsn: client.bsn, prestatie: prestatie, toegekend: codes == nil, retourCodes: codes ?? [])
            }
        }
        let retour = Retour325.schrijf(
            heen: bericht, identiteit: identiteit, headerCodes: [.geenOpmerking],
            antwoord: Declaratieantwoord(codes: [declaratieCode], totaalToegekend: toegekend, clienten: clienten))
        let codes = Self.uniek(clienten.flatMap(\.codes).filter { $0 != .geenOpmerking }
            + clienten.flatMap { $0.prestaties.flatMap(\.codes) })
        let aantalToegekend = bericht.clienten.reduce(0) { $0 + $1.prestaties.count } - afgewezenPrestaties.count
        return (volledig ? .geaccepteerd : .gedeeltelijk, volledig ? [.volledigToegekend] : codes, retour, bevindingen, aantalToegekend)
    }

    // MARK: - Helpers

    static func leesBytes(_ pad: String, limiet: Int) throws -> [UInt8] {
        // Non-blocking: opening a fifo for reading would otherwise wait for a writer forever.
        let fd = open(pad, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let fout = errno
            let reden = "kan niet worden gelezen: \(String(cString: strerror(fout)))"
            // Out of descriptors, memory or I/O is the machine, not the file: back off and retry,
            // never set a good message aside for it.
            if [EMFILE, ENFILE, ENOMEM, EIO, EINTR, EAGAIN].contains(fout) { throw Spoolfout(pad: pad, reden: reden) }
            throw Invoerfout(pad: pad, reden: reden, blijvend: [ENOENT, ELOOP, ENXIO, ENODEV].contains(fout))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        defer { try? handle.close() }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            let soort = DirectoryEntry.Kind(mode: status.st_mode).omschrijving
            throw Invoerfout(pad: pad, reden: "geen gewoon bestand maar \(soort): het wordt niet gelezen", blijvend: true)
        }
        do {
            return Array(try handle.read(upToCount: limiet + 1) ?? Data())
        } catch {
            throw Invoerfout(pad: pad, reden: "lezen mislukt: \(error)")
        }
    }

    static func tijdstempel() -> String {
        Ontvangsttijd.iso(Int(Date().timeIntervalSince1970))
    }

    static func uniek(_ codes: [RetourCode]) -> [RetourCode] {
        var gezien = Set<RetourCode>()
        return codes.filter { gezien.insert($0).inserted }
    }

    static func nullen(_ tekst: String, tot lengte: Int) -> String {
        String(repeating: "0", count: max(0, lengte - tekst.count)) + tekst
    }

    static func veilig(_ tekst: String) -> String {
        String(tekst.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }

    static func context(_ bevinding: Bevinding, _ bericht: Bericht) -> Bevindingcontext {
        var context = Bevindingcontext()
        switch (bericht, bevinding.doel) {
        case (.toewijzing(let t), .toegewezenProduct(let i)) where i < t.client.toegewezenProducten.count:
            let product = t.client.toegewezenProducten[i]
            context.bsn = t.client.bsn
            context.toewijzingNummer = product.toewijzingNummer
            context.product = product.product?.description
            context.periode = "\(product.ingangsdatum) t/m \(product.einddatum?.description ?? "")"
        case (.toewijzing(let t), _):
            context.bsn = t.client.bsn
        case (.declaratie(let d), .prestatie(let c, let p)) where c < d.clienten.count && p < d.clienten[c].prestaties.count:
            let prestatie = d.clienten[c].prestaties[p]
            context.bsn = d.clienten[c].bsn
            context.toewijzingNummer = prestatie.toewijzingNummer
            context.product = prestatie.product.description
            context.periode = "\(prestatie.productPeriode.begindatum) t/m \(prestatie.productPeriode.einddatum)"
            context.bedrag = prestatie.ingediendBedrag.getekend
        case (.declaratie(let d), .declaratieClient(let c)) where c < d.clienten.count:
            context.bsn = d.clienten[c].bsn
        case (.declaratie(let d), _):
            context.periode = d.declaratie.declaratiePeriode.description
            context.bedrag = d.declaratie.totaalIngediendBedrag.getekend
        }
        return context
    }
}

/// A claimed input read, hashed and checked up to level 2 (`Verwerker.bereidVoor`).
public struct Voorbereiding: Sendable {
    public let claim: Claim
    let sha: String
    let resultaat: Leesresultaat
    let inhoudBevindingen: [Bevinding]
}

/// berichtd could not finish a message because of its own fault; the input stays in `work/`.
public struct Verwerkingsfout: Error, Sendable, CustomStringConvertible {
    public let bestand: String
    public let reden: String

    public var description: String { "\(bestand): \(reden)" }
}
