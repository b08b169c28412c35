import Berichten
import Foundation
package import Prometheus

/// Writes the metrics registry in Prometheus text format to one file, atomically, for
/// node_exporter's textfile collector (`--collector.textfile.directory`).
package struct PrometheusTextfile: Sendable {
    package let registry: PrometheusCollectorRegistry
    package let pad: String

    package init(registry: PrometheusCollectorRegistry, pad: String) {
        self.registry = registry
        self.pad = pad
    }

    /// The factory to hand to `ServiceMetrics`, with buckets that fit message processing times.
    package var factory: PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
        ]
        return factory
    }

    /// node_exporter reads the file as its own user, and the unit's `UMask=0027` leaves new files
    /// 0640: the file is made 0644 under a name node_exporter ignores (not `*.prom`), then renamed
    /// over the previous one, so a scrape never sees it unreadable or half written.
    package func schrijf() throws {
        let gereed = Spool.map(van: pad) + "/." + Spool.naam(pad) + ".gereed"
        try Spool.writeAtomically(registry.emitToBuffer(), naar: gereed)
        do {
            try POSIXCall.chmod(gereed, 0o644)
        } catch {
            throw SpoolError(error, wat: "leesbaar maken mislukt")
        }
        try Spool.moveFile(gereed, naar: pad)
    }
}
