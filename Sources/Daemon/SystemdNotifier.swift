import Berichten
import Foundation

/// Talks the systemd notify protocol (`sd_notify`) without libsystemd: one datagram per
/// message to `$NOTIFY_SOCKET`. Without that variable (not started by systemd) it stays silent.
package struct SystemdNotifier: Sendable {
    /// The socket path; a leading `@` is an abstract socket.
    package let socket: String?
    /// How often systemd expects `WATCHDOG=1`, when the unit has `WatchdogSec=`.
    package let watchdogInterval: Duration?

    /// Reads `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` from `omgeving`
    /// (the process environment when `nil`).
    package init(omgeving: [String: String]? = nil) {
        let omgeving = omgeving ?? ProcessInfo.processInfo.environment
        socket = omgeving["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        let voorMij = omgeving["WATCHDOG_PID"].flatMap(Int32.init).map { $0 == getpid() } ?? true
        if voorMij, let usec = omgeving["WATCHDOG_USEC"].flatMap(UInt64.init), usec > 0 {
            watchdogInterval = .microseconds(Int64(usec))
        } else {
            watchdogInterval = nil
        }
    }

    /// The readiness message: after config, schemas and store are loaded.
    /// STATUS= texts pass ``Maskering`` like every other line berichtd shows.
    package func klaar(status: String) { meld("READY=1\nSTATUS=\(Maskering.regel(status))\nMAINPID=\(getpid())") }
    package func status(_ tekst: String) { meld("STATUS=\(Maskering.regel(tekst))") }
    package func watchdog() { if watchdogInterval != nil { meld("WATCHDOG=1") } }
    package func herladen(status: String) { meld("RELOADING=1\nSTATUS=\(Maskering.regel(status))") }
    package func stoppen(status: String) { meld("STOPPING=1\nSTATUS=\(Maskering.regel(status))") }

    /// Sends one notify datagram; failures are ignored, as `sd_notify` does.
    @discardableResult
    package func meld(_ bericht: String) -> Bool {
        guard let socket else { return false }
        var pad = Array(socket.utf8)
        if pad.first == UInt8(ascii: "@") { pad[0] = 0 }
        var adres = sockaddr_un()
        guard pad.count < MemoryLayout.size(ofValue: adres.sun_path) else { return false }
        adres.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &adres.sun_path) { $0.copyBytes(from: pad) }
        let lengte = socklen_t(MemoryLayout<sa_family_t>.size + pad.count + (pad.first == 0 ? 0 : 1))
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(bericht.utf8)
        let verzonden = withUnsafePointer(to: &adres) { adresPointer in
            adresPointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sockaddrPointer in
                bytes.withUnsafeBytes {
                    sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), sockaddrPointer, lengte)
                }
            }
        }
        return verzonden == bytes.count
    }
}
