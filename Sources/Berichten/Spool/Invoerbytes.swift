import Foundation

extension Verwerker {
    /// The bytes of a claimed file, at most `limiet` + 1; sorts what goes wrong into a fault of
    /// the machine (retry) or of the file (set aside).
    static func leesBytes(_ pad: String, limiet: Int) throws -> [UInt8] {
        // Non-blocking: opening a fifo for reading would otherwise wait for a writer forever.
        let fd = open(pad, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let fout = errno
            let reden = "kan niet worden gelezen: \(String(cString: strerror(fout)))"
            // Out of descriptors, memory or I/O is the machine, not the file: back off and retry,
            // never set a good message aside for it.
            if [EMFILE, ENFILE, ENOMEM, EIO, EINTR, EAGAIN].contains(fout) { throw SpoolError(pad: pad, reden: reden) }
            throw InputError(pad: pad, reden: reden, blijvend: [ENOENT, ELOOP, ENXIO, ENODEV].contains(fout))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        defer { try? handle.close() }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            let soort = DirectoryEntry.Kind(mode: status.st_mode).omschrijving
            throw InputError(
                pad: pad, reden: "geen gewoon bestand maar \(soort): het wordt niet gelezen", blijvend: true)
        }
        do {
            return Array(try handle.read(upToCount: limiet + 1) ?? Data())
        } catch {
            throw InputError(pad: pad, reden: "lezen mislukt: \(error)")
        }
    }
}
