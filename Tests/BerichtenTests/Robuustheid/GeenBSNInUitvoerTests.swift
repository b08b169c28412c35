import Berichten
import Foundation
import Testing

/// No BSN in anything berichtd writes for people: the auditors' report, the monitoring and the
/// reasons next to set-aside files (the retours carry BSNs by design; they go to the back office).
@Suite("Robuustheid: geen BSN in rapporten, monitoring en redenen", .serialized)
struct GeenBSNInUitvoerTests {
    static func negenCijfers(_ tekst: String) -> [String] {
        var gevonden: [String] = []
        var cijfers = ""
        for teken in tekst + " " {
            if teken.isASCII, teken.isNumber { cijfers.append(teken); continue }
            if cijfers.count == 9 { gevonden.append(cijfers) }
            cijfers = ""
        }
        return gevonden
    }

    @Test("TR304 noemt een BSN in gevonden en toelichting; het rapport toont het gemaskeerd")
    func reportMasksBSN() throws {
        let omgeving = try VoorbeeldscenarioTests.Omgeving()
        defer { omgeving.opruimen() }
        let voorbeelden = try VoorbeeldscenarioTests.voorbeelden()
        _ = try omgeving.verwerk(try #require(voorbeelden.first { $0.contains("/005-") }))
        // The 323 of 005's client, declared for another client (BSN 111222333 passes the elfproef).
        let declaratie = try String(
            contentsOfFile: try #require(voorbeelden.first { $0.contains("/014-") }), encoding: .utf8)
        let ander = declaratie.replacingOccurrences(
            of: "<jw323:Bsn>999912410</jw323:Bsn>", with: "<jw323:Bsn>111222333</jw323:Bsn>")
        #expect(ander != declaratie)
        let pad = omgeving.map + "/client 111222333.xml"
        try ander.write(toFile: pad, atomically: true, encoding: .utf8)
        let uitkomst = try omgeving.verwerk(pad)
        #expect(uitkomst.bevindingen.contains { $0.regel == "TR304" && $0.gevonden.contains("111222333") })
        try "geen xml".write(toFile: omgeving.map + "/onleesbaar 111222333.xml", atomically: true, encoding: .utf8)
        _ = try omgeving.verwerk(omgeving.map + "/onleesbaar 111222333.xml")
        try Monitoring(verwerker: omgeving.verwerker).werkBij()

        var gelezen = 0
        for map in [
            omgeving.spool.root + "/reports", omgeving.spool.root + "/monitoring", omgeving.spool.rejectedDirectory,
        ] {
            for relatief in try FileManager.default.subpathsOfDirectory(atPath: map) {
                let bestand = map + "/" + relatief
                guard !relatief.hasSuffix(".xml"), let tekst = try? String(contentsOfFile: bestand, encoding: .utf8)
                else { continue }
                gelezen += 1
                // Monitoring holds amounts in cents, which may have nine digits; the BSNs of
                // this scenario must not be anywhere.
                #expect(!tekst.contains("111222333") && !tekst.contains("999912410"), "\(relatief)")
                if !map.hasSuffix("/monitoring") {
                    #expect(Self.negenCijfers(tekst).isEmpty, "\(relatief): \(Self.negenCijfers(tekst))")
                }
            }
        }
        #expect(gelezen > 5)
    }

    /// The masking hides every run of nine digits; a count berichtd prints itself (the generator's
    /// byte total) is grouped in thousands so that it stays readable.
    @Test("aantallen met duizendtallen: leesbaar, en geen negen cijfers op een rij")
    func countsAreGrouped() {
        #expect(Notatie.aantal(151_123_456) == "151.123.456")
        #expect(Maskering.regels("\(Notatie.aantal(151_123_456)) bytes") == "151.123.456 bytes")
        #expect(Maskering.regels("151123456 bytes") == "********* bytes")
        #expect([0, 999, 1000, -1234].map(Notatie.aantal) == ["0", "999", "1.000", "-1.234"])
    }
}
