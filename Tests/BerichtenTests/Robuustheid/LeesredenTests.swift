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

    @Test("afgekapt, NUL-byte, dubbele BOM, UTF-32, geen XML, alleen witruimte, te groot commentaar")
    func specificReasons() throws {
        let tekst = String(decoding: Self.geldig, as: UTF8.self)
        let gevallen: [(String, [UInt8], String, String)] = [
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
        #expect(String(decoding: Self.geldig.prefix(38), as: UTF8.self).hasSuffix("?>"))
        for (naam, bytes, code, fragment) in gevallen {
            let weigering = try Self.weigering(bytes)
            #expect(weigering.code == code, "\(naam): \(weigering.code) \(weigering.toelichting)")
            #expect(weigering.toelichting.contains(fragment), "\(naam): \(weigering.toelichting)")
        }
    }

    @Test("een te groot bestand noemt zijn echte grootte, niet de grens plus één")
    func realSize() throws {
        let omgeving = try VoorbeeldscenarioTests.Omgeving()
        defer { omgeving.opruimen() }
        let klein = Berichtlezer(schemas: TestOmgeving.schemas, limits: XMLLimits(maximumBytes: 1000))
        let verwerker = Verwerker(
            lezer: klein, config: omgeving.verwerker.config, opslag: omgeving.verwerker.opslag, spool: omgeving.spool)
        let doel = omgeving.spool.inMap + "/groot.xml"
        try Data(Self.geldig).write(to: URL(fileURLWithPath: doel))
        let uitkomst = try verwerker.verwerk(try omgeving.spool.claim(doel))
        #expect(uitkomst.soort == .geweigerd)
        #expect(
            uitkomst.reden?.contains("het bestand is \(Self.geldig.count) bytes; de grens is 1000 bytes") == true,
            "\(uitkomst.reden ?? "")")
    }
}
