import BerichtenFuzzHarness
import Foundation
import Testing

/// The fuzzer's date mutation changes exactly one date of a message into an edge date and
/// nothing else.
@Suite("Fuzz: datummutatie")
struct DateMutationTests {
    @Test("vervangt precies één datum door een randdatum, zelfde lengte")
    func replacesOneDate() throws {
        let origineel = Array(try #require(FileManager.default.contents(atPath: TestOmgeving.pad("geldig/jw323.xml"))))
        let datums = origineel.withUnsafeBufferPointer { DateMutation.dates(in: $0) }
        let tekst = String(decoding: origineel, as: UTF8.self)
        #expect(datums.count == tekst.matches(of: />[0-9]{4}-[0-9]{2}-[0-9]{2}</).count)
        var jaren: Set<String> = []
        for seed in UInt64(0)..<400 {
            var bytes = origineel
            let gelukt = bytes.withUnsafeMutableBufferPointer { DateMutation.apply(to: $0, seed: seed) }
            #expect(gelukt)
            #expect(bytes.count == origineel.count)
            let verschil = bytes.indices.filter { bytes[$0] != origineel[$0] }
            if let eerste = verschil.first {
                let start = try #require(datums.last { $0 <= eerste })
                #expect(
                    verschil.allSatisfy { $0 >= start && $0 < start + 10 }, "seed \(seed): meer dan één datum veranderd"
                )
                jaren.insert(String(decoding: bytes[start..<start + 4], as: UTF8.self))
            }
        }
        #expect(jaren.isSuperset(of: ["0001", "0003", "0005", "0100", "0120", "9999"]))
    }

    @Test("zonder datum verandert er niets")
    func withoutDateNothingChanges() {
        var bytes = Array("<a>geen datum</a><b>2026-1-01</b>".utf8)
        let origineel = bytes
        let gelukt = bytes.withUnsafeMutableBufferPointer { DateMutation.apply(to: $0, seed: 7) }
        #expect(!gelukt)
        #expect(bytes == origineel)
    }
}
