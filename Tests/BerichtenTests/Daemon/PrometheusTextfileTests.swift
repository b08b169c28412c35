import Berichten
import Foundation
import Prometheus
import Testing

@testable import Daemon

@Suite("Prometheus-tekstbestand voor node_exporter")
struct PrometheusTextfileTests {
    @Test("het bestand is 0644, ook bij herschrijven, en er blijft geen tussenbestand achter")
    func leesbaarVoorAnderen() throws {
        let map = NSTemporaryDirectory() + "berichtd-textfile-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: map) }
        let textfile = PrometheusTextfile(registry: PrometheusCollectorRegistry(), pad: map + "/berichtd.prom")
        ServiceMetrics(factory: textfile.factory).wachtrij(7)
        try textfile.schrijf()
        try textfile.schrijf()
        let attributen = try FileManager.default.attributesOfItem(atPath: textfile.pad)
        #expect((attributen[.posixPermissions] as? NSNumber)?.int16Value == 0o644)
        #expect(try FileManager.default.contentsOfDirectory(atPath: map) == ["berichtd.prom"])
        #expect(try String(contentsOfFile: textfile.pad, encoding: .utf8).contains("berichtd_queue_length 7"))
    }
}
