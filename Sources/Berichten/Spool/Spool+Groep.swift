import Foundation

/// Writing the retours of a group commit: one fsync round for all of them.
extension Spool {
    /// Writes the retours of a group: each into its temp file, then all temp files fsynced at
    /// once (the journal commits them together), then renamed in order, then each directory
    /// synced once. Returns how many were written, in order; the first that failed, with its
    /// error, stops the rest (their temp files are removed).
    static func writeAtomically(_ bestanden: [(bytes: [UInt8], pad: String)]) -> (aantal: Int, fout: (any Error)?) {
        var tijdelijk: [String] = []
        var fout: (any Error)?
        for bestand in bestanden {
            do {
                tijdelijk.append(try writeTemporary(bestand.bytes, naar: bestand.pad, fsync: false))
            } catch {
                fout = error
                break
            }
        }
        let resultaten = syncFiles(tijdelijk)
        var aantal = 0
        var mappen = Set<String>()
        for (index, pad) in tijdelijk.enumerated() {
            if fout == nil, resultaten[index] == 0 {
                do {
                    try moveFile(pad, naar: bestanden[index].pad, synchroniseer: false)
                    mappen.insert(map(van: bestanden[index].pad))
                    aantal += 1
                    if aantal == 1, bestanden.count > 1 { Testhaak.misschienStoppenNaGroepscommit() }
                    continue
                } catch {
                    fout = error
                }
            } else if fout == nil {
                fout = SpoolError(
                    pad: bestanden[index].pad,
                    fout: SystemCallError(call: "fsync", path: pad, code: resultaten[index]))
            }
            POSIXCall.unlink(pad)
        }
        for map in mappen.sorted() { syncDirectory(map) }
        return (aantal, fout)
    }

    /// fsyncs the files on up to eight threads at once, so that the file system commits its
    /// journal for many of them together; per file 0 or the errno.
    static func syncFiles(_ paden: [String]) -> [Int32] {
        guard !paden.isEmpty else { return [] }
        let draden = min(8, paden.count)
        let uitkomst = Fsyncresultaten(aantal: paden.count)
        defer { uitkomst.waarden.deallocate() }
        let klaar = DispatchGroup()
        for draad in 0..<draden {
            klaar.enter()
            let eigen = stride(from: draad, to: paden.count, by: draden).map { ($0, paden[$0]) }
            Thread.detachNewThread {
                for (index, pad) in eigen {
                    do throws(SystemCallError) {
                        let fd = try POSIXCall.open(pad, O_RDONLY)
                        defer { POSIXCall.close(fd) }
                        try POSIXCall.fsync(fd, path: pad)
                    } catch {
                        uitkomst.waarden[index] = error.code
                    }
                }
                klaar.leave()
            }
        }
        klaar.wait()
        return Array(uitkomst.waarden)
    }
}

/// One errno per file, written by the fsync threads, each at its own indices, read after all of
/// them are done.
private struct Fsyncresultaten: @unchecked Sendable {
    let waarden: UnsafeMutableBufferPointer<Int32>

    init(aantal: Int) {
        waarden = .allocate(capacity: aantal)
        waarden.initialize(repeating: 0)
    }
}
