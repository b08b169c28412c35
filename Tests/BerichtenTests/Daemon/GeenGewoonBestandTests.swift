import Foundation
import Logging
import Testing

@testable import Berichten

/// Something in `in/` that is not a regular file never stalls the daemon.
@Suite("verwerkingsronde: invoer die geen gewoon bestand is")
struct GeenGewoonBestandTests {
    @Test("een fifo in in/ blokkeert niet en wordt met een reden apart gezet", .timeLimit(.minutes(1)))
    func fifoIsSetAside() throws {
        let omgeving = try VoorbeeldscenarioTests.Omgeving()
        defer { omgeving.opruimen() }
        #expect(mkfifo(omgeving.spool.inDirectory + "/pijp.xml", 0o644) == 0)
        let ronde = Verwerkingsronde(
            verwerker: omgeving.verwerker, logger: Logger(label: "test"), metingen: nil, maximumPogingen: 1)
        let resultaat = ronde.draai(rustSeconden: 0, doorgaan: { true })
        #expect(resultaat.perSoort[.geweigerd] == 1 && resultaat.storing == nil)
        let reden = try String(contentsOfFile: omgeving.spool.rejectedDirectory + "/pijp.xml.reason", encoding: .utf8)
        #expect(reden.contains("geen gewoon bestand"), "\(reden)")
    }
}
