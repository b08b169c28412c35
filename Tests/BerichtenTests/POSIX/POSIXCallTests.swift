import Foundation
import Testing

@testable import Berichten

/// The POSIX layer keeps errno in its typed errors: callers sort faults by code, not by text.
@Suite("POSIX-laag: getypeerde fouten met errno")
struct POSIXCallTests {
    static func tijdelijkeMap() throws -> String {
        let map = NSTemporaryDirectory() + "berichtd-posix-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        return map
    }

    @Test("een ontbrekend bestand: ENOENT, met de aanroep en het pad")
    func missingFileKeepsErrno() throws {
        #expect {
            _ = try POSIXCall.open("/nonexistent-berichtd/x", O_RDONLY)
        } throws: { fout in
            guard let fout = fout as? SystemCallError else { return false }
            return fout.code == ENOENT && fout.call == "open" && fout.path == "/nonexistent-berichtd/x"
        }
        let spoolfout = SpoolError(SystemCallError(call: "open", path: "/x", code: ENOSPC), wat: "retour")
        #expect(spoolfout.code == ENOSPC)
        #expect(spoolfout.reden.hasPrefix("retour: open: "))
    }

    @Test("writeAll schrijft alles; stat kent soort en grootte")
    func writeAndStatus() throws {
        let map = try Self.tijdelijkeMap()
        defer { try? FileManager.default.removeItem(atPath: map) }
        let pad = map + "/a"
        let bytes = [UInt8](repeating: 0x41, count: 300_000)
        let fd = try POSIXCall.open(pad, O_WRONLY | O_CREAT | O_TRUNC)
        try POSIXCall.writeAll(fd, bytes, path: pad)
        try POSIXCall.fsync(fd, path: pad)
        POSIXCall.close(fd)
        let status = try POSIXCall.status(path: pad)
        #expect(status.kind == .regular && status.size == bytes.count)
        #expect(try POSIXCall.status(path: map).kind == .directory)
    }

    @Test("een bestandsslot dat een ander houdt: geen fout, maar 'niet gekregen'")
    func lockHeldElsewhere() throws {
        let map = try Self.tijdelijkeMap()
        defer { try? FileManager.default.removeItem(atPath: map) }
        let pad = map + "/slot"
        let eerste = try POSIXCall.open(pad, O_RDWR | O_CREAT)
        defer { POSIXCall.close(eerste) }
        #expect(try POSIXCall.lockExclusive(eerste, wait: false, path: pad))
        let tweede = try POSIXCall.open(pad, O_RDWR)
        defer { POSIXCall.close(tweede) }
        #expect(try POSIXCall.lockExclusive(tweede, wait: false, path: pad) == false)
        #expect(try FileLock.neem(pad, wachten: false) == nil)
    }
}
