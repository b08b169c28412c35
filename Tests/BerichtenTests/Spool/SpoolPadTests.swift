import Foundation
import Testing

@testable import Berichten

/// `Spool.map(van:)` and `Spool.naam(_:)` split paths without `NSString` bridging, and must
/// give what `NSString` and the old split gave, for every path, not only the spool's own.
@Suite("Spoolpaden: map en naam zoals NSString")
struct SpoolPadTests {
    static let paden = [
        "/var/spool/berichtd/work/0123-abcd~a.xml", "spool/work/.a.xml.pogingen", "a.xml", "", "/", "/a",
        "/a/", "a/b/", "/var//spool/work/x", "./spool/in/x.xml", "../x", "/var/spool/work/naam met spatie.xml",
        "/tmp/ü/é.xml", "spool/work/bericht~", "/a/b//c", "/a//b/", "///a",
    ]

    @Test("map(van:) is deletingLastPathComponent", arguments: paden)
    func map(_ pad: String) {
        #expect(Spool.map(van: pad) == (pad as NSString).deletingLastPathComponent)
    }

    /// Foundation's `deletingLastPathComponent` traps on `a//` and gives "" for `//`.
    @Test("map(van:) ook waar Foundation zelf vastloopt of afwijkt")
    func foundationTraps() {
        #expect(Spool.map(van: "a//") == "")
        #expect(Spool.map(van: "//") == "/")
        #expect(Spool.map(van: "spool//work//x") == "spool/work")
    }

    @Test("naam is het laatste niet-lege deel", arguments: paden)
    func naam(_ pad: String) {
        #expect(Spool.naam(pad) == String(pad.split(separator: "/").last ?? Substring(pad)))
    }
}
