public import CoreMetrics
import Foundation

/// The daemon's metrics, through swift-metrics. The factory decides where they go
/// (`PrometheusTextfile` in `berichtd run`); names follow Prometheus conventions.
public struct ServiceMetrics: Sendable {
    private let factory: any MetricsFactory

    public init(factory: any MetricsFactory) {
        self.factory = factory
    }

    /// One processed message: its outcome, its prestaties, every rejecting and signalling rule.
    public func verwerkt(_ uitkomst: Verwerkingsuitkomst, duur: Duration) {
        let type = uitkomst.berichtSoort ?? "onbekend"
        Counter(
            label: "berichtd_messages_total", dimensions: [("type", type), ("outcome", uitkomst.soort.rawValue)],
            factory: factory
        )
        .increment()
        if uitkomst.prestaties.toegekend > 0 {
            Counter(label: "berichtd_prestaties_total", dimensions: [("result", "toegekend")], factory: factory)
                .increment(by: uitkomst.prestaties.toegekend)
        }
        if uitkomst.prestaties.afgewezen > 0 {
            Counter(label: "berichtd_prestaties_total", dimensions: [("result", "afgewezen")], factory: factory)
                .increment(by: uitkomst.prestaties.afgewezen)
        }
        for bevinding in uitkomst.bevindingen {
            Counter(
                label: bevinding.isSignaal ? "berichtd_signals_total" : "berichtd_rejections_total",
                dimensions: [("rule", bevinding.regel), ("source", bevinding.bron.rawValue)],
                factory: factory
            ).increment()
        }
        Timer(label: "berichtd_processing_duration_seconds", dimensions: [], factory: factory)
            .recordNanoseconds(
                Int64(duur.components.seconds) * 1_000_000_000 + duur.components.attoseconds / 1_000_000_000)
        if uitkomst.soort != .geweigerd && uitkomst.soort != .xsdOngeldig {
            Gauge(label: "berichtd_last_success_timestamp_seconds", dimensions: [], factory: factory)
                .record(Date().timeIntervalSince1970)
        }
    }

    /// Files waiting in `spool/in` (and left in `work/`).
    public func wachtrij(_ lengte: Int) {
        Gauge(label: "berichtd_queue_length", dimensions: [], factory: factory).record(lengte)
    }

    /// A fault that kept a message from being finished: `bestand` or `omgeving`.
    public func storing(_ storing: Fault) {
        let soort =
            switch storing {
            case .bestand: "bestand"
            case .omgeving: "omgeving"
            case .vastgelopen: "vastgelopen"
            }
        Counter(label: "berichtd_faults_total", dimensions: [("kind", soort)], factory: factory).increment()
    }

    /// Whether the region config loaded on the last attempt (1) or not (0), and reload count.
    public func configuratie(geldig: Bool) {
        Gauge(label: "berichtd_config_valid", dimensions: [], factory: factory).record(geldig ? 1 : 0)
    }
}
