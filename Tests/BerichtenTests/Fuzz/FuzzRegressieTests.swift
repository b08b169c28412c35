import BerichtenFuzzHarness
import Foundation
import Testing

/// Every crasher the fuzzer found (Fixtures/fuzz/, see its README) goes once more through the
/// same path as the libFuzzer target (`FuzzHarness.run`), each in its own process: a trap then
/// fails that one case, named, instead of taking the whole test run down.
@Suite("Fuzz-regressie: elke crasher van de fuzzer")
struct FuzzRegressieTests {
    static let map = TestOmgeving.fixtures + "/fuzz"

    /// The crasher files (everything in the folder except the README).
    static var crashers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: map)) ?? []).filter { $0 != "README.md" }.sorted()
    }

    @Test("de map Fixtures/fuzz bestaat en bevat crashers met een README-regel elk")
    func folderHoldsCrashers() throws {
        let namen = try FileManager.default.contentsOfDirectory(atPath: Self.map).filter { $0 != "README.md" }
        try #require(!namen.isEmpty, "geen crashers in \(Self.map)")
        let readme = try String(contentsOfFile: Self.map + "/README.md", encoding: .utf8)
        for naam in namen {
            #expect(readme.contains("`\(naam)`"), "\(naam) staat niet in Fixtures/fuzz/README.md")
        }
    }

    @Test("een crasher laat de verwerking niet vallen en geeft een uitkomst", arguments: crashers)
    func crasherIsHandled(_ naam: String) async {
        let pad = Self.map + "/" + naam
        let repository = TestOmgeving.root
        await #expect(processExitsWith: .success, "\(naam)") {
            [pad = pad as String, repository = repository as String] in
            let data = try #require(FileManager.default.contents(atPath: pad), "\(pad) onleesbaar")
            let harness = try FuzzHarness(repository: repository, workRoot: NSTemporaryDirectory(), verwerkerShare: 1)
            let uitkomst = try harness.run(Array(data))
            // verwerkerShare 1: every input also goes through the Verwerker, and must come out of it.
            try #require(uitkomst.processed != nil, "\(pad): de Verwerker gaf geen uitkomst (\(uitkomst))")
        }
    }
}
