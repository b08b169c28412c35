import Berichten
import Logging
import Synchronization
import Testing

@testable import Daemon

@Suite("journald-logregels")
struct JournaldLogHandlerTests {
    final class Regels: Sendable {
        let regels = Mutex<[String]>([])
        var alle: [String] { regels.withLock { $0 } }
    }

    func logger(prioriteit: Bool, _ regels: Regels) -> Logger {
        Logger(label: "berichtd") { label in
            JournaldLogHandler(label: label, metPrioriteit: prioriteit) { regel in
                regels.regels.withLock { $0.append(regel) }
            }
        }
    }

    @Test("prioriteit vooraan, één regel per gebeurtenis, key=value gesorteerd")
    func vorm() {
        let regels = Regels()
        logger(prioriteit: true, regels).error(
            "storing\nop twee regels", metadata: ["reden": "schijf vol", "bestand": "a.xml"])
        #expect(regels.alle == ["<3>berichtd: storing\\nop twee regels bestand=a.xml reden=\"schijf vol\"\n"])
        logger(prioriteit: true, regels).notice("klaar")
        #expect(regels.alle.last == "<5>berichtd: klaar\n")
    }

    @Test("in een terminal geen prioriteit maar het niveau")
    func terminal() {
        let regels = Regels()
        logger(prioriteit: false, regels).warning("let op")
        #expect(regels.alle == ["WARNING berichtd: let op\n"])
    }

    @Test("een BSN komt nooit in het log, ook niet in metadata; andere getallen blijven")
    func bsnGemaskeerd() {
        let regels = Regels()
        logger(prioriteit: true, regels).info(
            "cliënt 999993653 afgewezen", metadata: ["bsn": "123456782", "agb": "41000003", "id": "1234567890"])
        let regel = regels.alle[0]
        #expect(!regel.contains("999993653") && !regel.contains("123456782"))
        #expect(
            regel.contains("cliënt ********* afgewezen") && regel.contains("agb=41000003")
                && regel.contains("id=1234567890"))
    }
}
