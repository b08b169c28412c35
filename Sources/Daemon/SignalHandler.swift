import Berichten
import Dispatch
import Foundation

/// Turns SIGTERM/SIGINT (stop after the message in hand) and SIGHUP (reload the region
/// config) into calls on a serial queue, instead of the default action of killing the process.
package final class SignalHandler {
    private let bronnen: [any DispatchSourceSignal]

    package init(stop: @escaping @Sendable (Int32) -> Void, herlaad: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "berichtd.signalen")
        var bronnen: [any DispatchSourceSignal] = []
        for signaal in [SIGTERM, SIGINT, SIGHUP] {
            signal(signaal, SIG_IGN)
            let bron = DispatchSource.makeSignalSource(signal: signaal, queue: queue)
            bron.setEventHandler { signaal == SIGHUP ? herlaad() : stop(signaal) }
            bron.resume()
            bronnen.append(bron)
        }
        self.bronnen = bronnen
    }

    deinit {
        for bron in bronnen { bron.cancel() }
    }
}
