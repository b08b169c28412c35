import Foundation

extension Verwerker {
    /// The bytes of a claimed file, at most `limiet` + 1; sorts what goes wrong into a fault of
    /// the machine (retry) or of the file (set aside).
    static func leesBytes(_ pad: String, limiet: Int) throws -> [UInt8] {
        // Non-blocking: opening a fifo for reading would otherwise wait for a writer forever.
        let fd: Int32
        do {
            fd = try POSIXCall.open(pad, O_RDONLY | O_NONBLOCK)
        } catch {
            let reden = "kan niet worden gelezen: \(error.reason)"
            // Out of descriptors, memory or I/O is the machine, not the file: back off and retry,
            // never set a good message aside for it.
            if [EMFILE, ENFILE, ENOMEM, EIO, EINTR, EAGAIN].contains(error.code) {
                throw SpoolError(pad: pad, reden: reden, code: error.code)
            }
            throw InputError(pad: pad, reden: reden, blijvend: [ENOENT, ELOOP, ENXIO, ENODEV].contains(error.code))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        defer { try? handle.close() }
        let soort = (try? POSIXCall.status(fd, path: pad))?.kind ?? .unknown
        guard soort == .regular else {
            throw InputError(
                pad: pad, reden: "geen gewoon bestand maar \(soort.omschrijving): het wordt niet gelezen",
                blijvend: true)
        }
        do {
            return Array(try handle.read(upToCount: limiet + 1) ?? Data())
        } catch {
            throw InputError(pad: pad, reden: "lezen mislukt: \(error)")
        }
    }
}
