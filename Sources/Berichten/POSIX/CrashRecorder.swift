import Glibc
import Synchronization

/// Counts, in the ``AttemptMark`` of the file in hand, that berichtd stopped on it: a trap
/// (SIGILL, SIGTRAP: a failed precondition, an overflow, a force unwrap), a memory fault
/// (SIGSEGV, SIGBUS), SIGFPE, SIGSYS, or an abort (also systemd's watchdog, SIGABRT). A kill
/// (SIGKILL, SIGTERM, an operator's restart) is not counted: it says nothing about the file.
///
/// The handler only writes four prepared bytes with `pwrite` (async-signal-safe) into each
/// mark it was told about, then hands the signal to whoever handled it before (the Swift
/// runtime's backtracer) or to the default action.
package enum CrashRecorder {
    /// Which of berichtd's two workers a file is in: judging (in arrival order) or being read
    /// ahead on the second core.
    package enum Role: Sendable {
        case judging, readingAhead
    }

    final class Slot: Sendable {
        let fd = Atomic<Int32>(-1)
        let digits = Atomic<UInt32>(0)
        let owner = Atomic<UInt>(0)
    }

    /// The files in hand; the handler reads ``shared``, tests make their own.
    struct Slots: Sendable {
        let judging = Slot()
        let readingAhead = Slot()

        func slot(_ role: Role) -> Slot { role == .judging ? judging : readingAhead }
    }

    static let shared = Slots()
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGSYS, SIGABRT]
    /// The handlers installed before ours, by signal number.
    nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    static let installed = Atomic<Bool>(false)

    /// Installs the handler once per process.
    package static func install() {
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        _ = shared.judging.fd.load(ordering: .relaxed)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// From now until ``end(_:)``, a crash counts one stop in the mark of `claimed`.
    static func begin(_ role: Role, claimed: String, stopsSoFar: Int, in slots: Slots = shared) {
        let slot = slots.slot(role)
        end(role, in: slots)
        let fd = open(AttemptMark.path(for: claimed), O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        let text = Array(AttemptMark.digits(stopsSoFar + 1).utf8)
        guard text.count == 4 else {
            close(fd)
            return
        }
        let packed = UInt32(text[0]) | UInt32(text[1]) << 8 | UInt32(text[2]) << 16 | UInt32(text[3]) << 24
        slot.digits.store(packed, ordering: .relaxed)
        slot.owner.store(UInt(pthread_self()), ordering: .relaxed)
        slot.fd.store(fd, ordering: .releasing)
    }

    static func end(_ role: Role, in slots: Slots = shared) {
        let slot = slots.slot(role)
        let fd = slot.fd.exchange(-1, ordering: .acquiringAndReleasing)
        if fd >= 0 { close(fd) }
    }

    /// In the handler: count the file of the crashing thread; when the crash is elsewhere (the
    /// parser thread of a large input, the watchdog's abort), every file in hand.
    static func recordStop(in slots: Slots = shared) {
        let (judging, readingAhead) = (slots.judging, slots.readingAhead)
        let me = UInt(pthread_self())
        let ownJudging = judging.fd.load(ordering: .acquiring) >= 0 && judging.owner.load(ordering: .relaxed) == me
        let ownReading =
            readingAhead.fd.load(ordering: .acquiring) >= 0 && readingAhead.owner.load(ordering: .relaxed) == me
        if ownJudging || !ownReading { write(judging) }
        if ownReading || !ownJudging { write(readingAhead) }
    }

    private static func write(_ slot: Slot) {
        let fd = slot.fd.load(ordering: .acquiring)
        guard fd >= 0 else { return }
        var digits = slot.digits.load(ordering: .relaxed)
        _ = pwrite(fd, &digits, 4, AttemptMark.stopsOffset)
    }
}

private func crashHandler(_ signal: Int32) {
    CrashRecorder.recordStop()
    sigaction(signal, CrashRecorder.previous + Int(signal), nil)
    raise(signal)
}
