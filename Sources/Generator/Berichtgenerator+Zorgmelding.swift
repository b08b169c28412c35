import Berichten
import Foundation

/// The aanbieders' starts (305) and stops (307) of generated clients. Their choices come from
/// a random stream of their own, so the 301s and 323s of a seed stay the same bytes with or
/// without them.
extension Berichtgenerator {
    /// Days from Ingangsdatum to the start of care: most within two weeks, some within six, a few
    /// up to three months; `nil` (5 %): care has not started (yet).
    static func wachtdagen(_ random: inout SplitMix64) -> Int? {
        let kans = random.getal(1...100)
        switch kans {
        case 1...60: return random.getal(0...14)
        case 61...85: return random.getal(15...42)
        case 86...95: return random.getal(43...90)
        default: return nil
        }
    }

    /// The starts of one client's products, in the order of its toewijzingen.
    func starts(_ client: Clientplan, index: Int) -> [Zorgmeldingschrijver.Melding] {
        var random = SplitMix64(seed: opdracht.seed ^ 0x305_305_305 ^ UInt64(index))
        let horizon = opdracht.eersteMaand.plus(opdracht.maanden - 1).laatsteDag
        return client.toewijzingen.compactMap { toewijzing in
            guard let dagen = Self.wachtdagen(&random) else { return nil }
            let begin = toewijzing.ingangsdatum.plus(dagen: dagen)
            guard begin <= toewijzing.einddatum, begin <= horizon else { return nil }
            return .init(toewijzing: toewijzing, begindatum: begin, stop: nil)
        }
    }

    func schrijfStarts(
        _ clienten: [Clientplan], _ personen: [Persoonsgegevens], _ root: String, _ tijd: Date,
        _ verslag: inout Generatieverslag
    ) throws {
        try FileManager.default.createDirectory(atPath: root + "/305", withIntermediateDirectories: true)
        for (index, client) in clienten.enumerated() where index < personen.count {
            let meldingen = starts(client, index: index)
            guard let laatste = meldingen.map(\.begindatum).max() else { continue }
            let aanbod = self.aanbod[client.aanbod]
            let soort = BerichtSoort(aanbod.wet.standaard, .startZorg)
            let dagtekening = laatste.plus(dagen: 2)
            let bytes = Zorgmeldingschrijver.schrijf(
                soort, bsn: client.bsn, persoon: personen[index], aanbod: aanbod,
                identificatie: "S" + String(index + 1, nullen: 11), dagtekening: dagtekening, meldingen: meldingen,
                xsdVersie: xsdVersie)
            let pad =
                "305/\(String(index + 1, nullen: 6))-\(soort.kortenaam)-\(aanbod.gemeente.code)-\(aanbod.aanbieder.agb).xml"
            try Self.schrijfBestand(bytes, root + "/" + pad, tijd)
            verslag.zorgmeldingbestanden.append(pad)
            verslag.starts += meldingen.count
            verslag.wachtdagen += meldingen.map { $0.begindatum.dagnummer - $0.toewijzing.ingangsdatum.dagnummer }
            verslag.laatsteDagtekening = max(verslag.laatsteDagtekening ?? dagtekening, dagtekening)
        }
    }

    /// One in five started products stops before the end of the generated months: definitively
    /// (JZ588 31 / WMO588 19, volgens plan) or, one in four of those, temporarily (20).
    func schrijfStops(
        _ clienten: [Clientplan], _ personen: [Persoonsgegevens], _ root: String, _ tijd: Date,
        _ verslag: inout Generatieverslag
    ) throws {
        try FileManager.default.createDirectory(atPath: root + "/307", withIntermediateDirectories: true)
        let horizon = opdracht.eersteMaand.plus(opdracht.maanden - 1).laatsteDag
        for (index, client) in clienten.enumerated() where index < personen.count {
            var random = SplitMix64(seed: opdracht.seed ^ 0x307_307_307 ^ UInt64(index))
            let aanbod = self.aanbod[client.aanbod]
            let meldingen = starts(client, index: index).compactMap { start -> Zorgmeldingschrijver.Melding? in
                guard random.kans(0.2) else { return nil }
                let einde = min(start.begindatum.plus(dagen: random.getal(30...120)), start.toewijzing.einddatum)
                guard einde <= horizon else { return nil }
                let reden = random.kans(0.25) ? "20" : (aanbod.wet == .jeugdwet ? "31" : "19")
                return .init(toewijzing: start.toewijzing, begindatum: start.begindatum, stop: (reden, einde))
            }
            guard let laatste = meldingen.compactMap(\.stop?.einddatum).max() else { continue }
            let soort = BerichtSoort(aanbod.wet.standaard, .stopZorg)
            let dagtekening = laatste.plus(dagen: 3)
            let bytes = Zorgmeldingschrijver.schrijf(
                soort, bsn: client.bsn, persoon: personen[index], aanbod: aanbod,
                identificatie: "E" + String(index + 1, nullen: 11), dagtekening: dagtekening, meldingen: meldingen,
                xsdVersie: xsdVersie)
            let pad =
                "307/\(String(index + 1, nullen: 6))-\(soort.kortenaam)-\(aanbod.gemeente.code)-\(aanbod.aanbieder.agb).xml"
            try Self.schrijfBestand(bytes, root + "/" + pad, tijd)
            verslag.zorgmeldingbestanden.append(pad)
            verslag.stops += meldingen.count
            verslag.laatsteDagtekening = max(verslag.laatsteDagtekening ?? dagtekening, dagtekening)
        }
    }
}
