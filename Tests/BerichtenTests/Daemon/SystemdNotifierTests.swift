import Berichten
import Foundation
import Testing

@testable import Daemon

/// The notify protocol against a socket of ours, as systemd would receive it.
@Suite("systemd notify-protocol")
struct SystemdMelderTests {
    /// A datagram socket bound like systemd's `NOTIFY_SOCKET`.
    final class Ontvanger {
        let fd: Int32
        let pad: String

        init(abstract: Bool) throws {
            pad = (abstract ? "@" : NSTemporaryDirectory()) + "berichtd-notify-\(UUID().uuidString.prefix(8))"
            fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            var adres = sockaddr_un()
            adres.sun_family = sa_family_t(AF_UNIX)
            var bytes = Array(pad.utf8)
            if abstract { bytes[0] = 0 }
            withUnsafeMutableBytes(of: &adres.sun_path) { $0.copyBytes(from: bytes) }
            let lengte = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
            let resultaat = withUnsafePointer(to: &adres) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, lengte) }
            }
            guard resultaat == 0 else { throw TestFout("bind: \(errno)") }
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        func ontvang() -> String? {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = recv(fd, &buffer, buffer.count, 0)
            return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : nil
        }

        deinit {
            close(fd)
            if !pad.hasPrefix("@") { unlink(pad) }
        }
    }

    @Test("READY, STATUS, WATCHDOG, RELOADING en STOPPING komen aan", arguments: [false, true])
    func berichtenKomenAan(abstract: Bool) throws {
        let ontvanger = try Ontvanger(abstract: abstract)
        let melder = SystemdNotifier(omgeving: ["NOTIFY_SOCKET": ontvanger.pad, "WATCHDOG_USEC": "4000000"])
        #expect(melder.watchdogInterval == .seconds(4))
        melder.klaar(status: "wacht")
        let klaar = try #require(ontvanger.ontvang())
        #expect(klaar.split(separator: "\n").contains("READY=1"))
        #expect(klaar.contains("STATUS=wacht"))
        melder.watchdog()
        #expect(ontvanger.ontvang() == "WATCHDOG=1")
        melder.herladen(status: "laden")
        #expect(ontvanger.ontvang()?.hasPrefix("RELOADING=1") == true)
        melder.stoppen(status: "weg")
        #expect(ontvanger.ontvang() == "STOPPING=1\nSTATUS=weg")
    }

    @Test("zonder NOTIFY_SOCKET zwijgt de melder; WATCHDOG_PID van een ander proces schakelt de watchdog uit")
    func zonderSystemd() {
        #expect(SystemdNotifier(omgeving: [:]).meld("READY=1") == false)
        let ander = SystemdNotifier(omgeving: [
            "NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "1000", "WATCHDOG_PID": "\(getpid() + 1)",
        ])
        #expect(ander.watchdogInterval == nil)
    }
}
