import Berichten
import Foundation
import Testing

/// What is wrong with an unreadable input is said in words an operator can act on, from
/// libxml2's own error code and position, and the size is the real one.
@Suite("Robuustheid: specifieke redenen voor onleesbare invoer")
struct LeesredenTests {
    static let geldig: [UInt8] = Array(
        (try? Data(contentsOf: URL(fileURLWithPath: TestOmgeving.pad("geldig/jw301.xml")))) ?? Data())

    static func weigering(_ bytes: [UInt8]) throws -> Weigering {
        guard case .geweigerd(let weigering) = try TestOmgeving.lezer.lees(bytes: bytes, naam: "test.xml") else {
            throw TestFout("niet geweigerd")
        }
        return weigering
    }

    static var gevallen: [(String, [UInt8], String, String)] {
        let tekst = String(decoding: Self.geldig, as: UTF8.self)
        return [
            ("afgekapt", Array(Self.geldig.prefix(1500)), "afgekapt", "houdt midden in het XML-document op"),
            (
                "NUL-byte", Array(Self.geldig.prefix(800)) + [0] + Array(Self.geldig.dropFirst(800)), "ongeldig-teken",
                "NUL-byte"
            ),
            ("dubbele BOM", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Self.geldig, "codering", "twee byte-order-marks"),
            ("UTF-32", [0xFF, 0xFE, 0, 0] + Array(tekst.utf8).flatMap { [$0, 0, 0, 0] }, "codering", "UTF-32"),
            ("/etc/passwd", Array("root:x:0:0:root:/root:/bin/bash\n".utf8), "geen-xml", "begint niet met XML"),
            ("witruimte", Array("  \n\t ".utf8), "leeg", "leeg"),
            (
                "groot commentaar",
                Array(Self.geldig.prefix(38)) + Array("<!--".utf8) + [UInt8](repeating: 0x78, count: 11_000_000)
                    + Array("-->".utf8) + Array(Self.geldig.dropFirst(38)), "te-groot-onderdeel",
                "groter dan libxml2 veilig leest"
            ),
        ]
    }

    @Test("afgekapt, NUL-byte, dubbele BOM, UTF-32, geen XML, alleen witruimte, te groot commentaar")
    func specificReasons() throws {
        #expect(String(decoding: Self.geldig.prefix(38), as: UTF8.self).hasSuffix("?>"))
        for (naam, bytes, code, fragment) in Self.gevallen {
            let weigering = try Self.weigering(bytes)
            #expect(weigering.code == code, "\(naam): \(weigering.code) \(weigering.toelichting)")
            #expect(weigering.toelichting.contains(fragment), "\(naam): \(weigering.toelichting)")
        }
    }

    /// `berichtd check` reads from a path, the spool from memory: the same input gets the same
    /// reason (a NUL byte was named "te groot onderdeel" when read from a file).
    @Test("gelezen van een pad (berichtd check) dezelfde reden als uit het geheugen (de spool)")
    func sameReasonFromPath() throws {
        let map = NSTemporaryDirectory() + "berichtd-leesreden-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: map) }
        for (naam, bytes, _, _) in Self.gevallen {
            let pad = map + "/" + naam.replacingOccurrences(of: "/", with: "_") + ".xml"
            try Data(bytes).write(to: URL(fileURLWithPath: pad))
            let uitPad = try TestOmgeving.lezer.lees(path: pad)
            let uitGeheugen = try TestOmgeving.lezer.lees(bytes: bytes, naam: pad)
            guard case .geweigerd(let a) = uitPad, case .geweigerd(let b) = uitGeheugen else {
                Issue.record("\(naam): niet geweigerd")
                continue
            }
            #expect(a.code == b.code, "\(naam): pad \(a.code) \(a.toelichting), geheugen \(b.code)")
            #expect(a.toelichting.prefix(60) == b.toelichting.prefix(60), "\(naam): \(a.toelichting)")
        }
    }

    @Test("een te groot bestand noemt zijn echte grootte, niet de grens plus één")
    func realSize() throws {
        let omgeving = try VoorbeeldscenarioTests.Omgeving()
        defer { omgeving.opruimen() }
        let klein = Berichtlezer(schemas: TestOmgeving.schemas, limits: XMLLimits(maximumBytes: 1000))
        let verwerker = Verwerker(
            lezer: klein, config: omgeving.verwerker.config, opslag: omgeving.verwerker.opslag, spool: omgeving.spool)
        let doel = omgeving.spool.inDirectory + "/groot.xml"
        try Data(Self.geldig).write(to: URL(fileURLWithPath: doel))
        let uitkomst = try verwerker.verwerk(try omgeving.spool.claim(doel))
        #expect(uitkomst.soort == .geweigerd)
        #expect(
            uitkomst.reden?.contains("het bestand is \(Self.geldig.count) bytes; de grens is 1000 bytes") == true,
            "\(uitkomst.reden ?? "")")
    }
}
