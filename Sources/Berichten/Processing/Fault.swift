import Foundation

/// An error while processing one file, sorted by what the daemon should do about it.
public enum Fault: Sendable {
    /// The file itself cannot be processed (unreadable, or berichtd's own retour for it is
    /// invalid): retry a few times, then set it aside in `rejected/` so it never blocks the queue.
    case bestand(String)
    /// The machine: disk full, permission denied, store locked, XSD installation. Leave the file
    /// in `work/`, back off, retry everything once the fault clears.
    case omgeving(String)
    /// berichtd stopped (trapped, was killed, hung) on this file as often as it may.
    case vastgelopen(String)

    public init(_ fout: any Error) {
        switch fout {
        case let fout as InputError: self = .bestand(fout.description)
        case let fout as ProcessingError: self = .bestand(fout.description)
        // Reading the message again (the 302 copies its Client) failed: the file, not the machine.
        case let fout as XMLReadError: self = .bestand(fout.description)
        default: self = .omgeving(String(describing: fout))
        }
    }

    public var omschrijving: String {
        switch self {
        case .bestand(let tekst), .omgeving(let tekst), .vastgelopen(let tekst): tekst
        }
    }
}

/// An input file in `work/` cannot be read.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public let pad: String
    public let reden: String
    /// It never will be (a fifo, a map, a link to nothing, a name that is not UTF-8): set it
    /// aside at once instead of trying again.
    public var blijvend = false

    public init(pad: String, reden: String, blijvend: Bool = false) {
        self.pad = pad
        self.reden = reden
        self.blijvend = blijvend
    }

    public var description: String { "\(pad): \(reden)" }
}
