import Berichten
import Foundation
import Prometheus
import Testing

@testable import Daemon

@Suite("metrics in Prometheus-tekstformaat")
struct MetingenTests {
    @Test("berichten, prestaties, afwijzingen per regel, duur, wachtrij en storingen")
    func reeksen() throws {
        let map = NSTemporaryDirectory() + "berichtd-metrics-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: map) }
        let textfile = PrometheusTextfile(registry: PrometheusCollectorRegistry(), pad: map + "/berichtd.prom")
        let metingen = ServiceMetrics(factory: textfile.factory)
        var uitkomst = Verwerkingsuitkomst(
            bestand: "a.xml", soort: .gedeeltelijk, bericht: "JW323 41000003 D1", retourBestand: "0321/x.xml",
            retourCodes: [RetourCode("9321")],
            bevindingen: [
                Regelcatalogus.tr321.bevinding(
                    Bronpositie(pad: "/Bericht", regel: 1), doel: .declaratie, gevonden: "5", verwacht: "4",
                    toelichting: "te veel")
            ],
            reden: nil)
        uitkomst.prestaties = (3, 1)
        metingen.verwerkt(uitkomst, duur: .milliseconds(40))
        metingen.wachtrij(7)
        metingen.storing(.omgeving("schijf vol"))
        try textfile.schrijf()
        let tekst = try String(contentsOfFile: textfile.pad, encoding: .utf8)
        #expect(tekst.contains(#"berichtd_messages_total{type="JW323",outcome="gedeeltelijk"} 1"#))
        #expect(tekst.contains(#"berichtd_prestaties_total{result="toegekend"} 3"#))
        #expect(tekst.contains(#"berichtd_prestaties_total{result="afgewezen"} 1"#))
        #expect(tekst.contains(#"berichtd_rejections_total{rule="TR321",source="landelijk"} 1"#))
        #expect(tekst.contains("berichtd_processing_duration_seconds_count 1"))
        #expect(tekst.contains(#"berichtd_processing_duration_seconds_bucket{le="0.05"} 1"#))
        #expect(tekst.contains("berichtd_queue_length 7"))
        #expect(tekst.contains(#"berichtd_faults_total{kind="omgeving"} 1"#))
        #expect(tekst.contains("berichtd_last_success_timestamp_seconds"))
    }
}
