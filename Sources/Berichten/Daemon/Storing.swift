import Foundation

/// An error while processing one file, sorted by what the daemon should do about it.
public enum Storing: Sendable {
    /// The file itself cannot be processed (unreadable, or berichtd's own retour for it is
    /// invalid): retry a few times, then set it aside in `rejected/` so it never blocks the queue.
    case bestand(String)
    /// The machine: disk full, permission denied, store locked, XSD installation. Leave the file
    /// in `work/`, back off, retry everything once the fault clears.
    case omgeving(String)

    public init(_ fout: any Error) {
        switch fout {
        case let fout as Invoerfout: self = .bestand(fout.description)
        case let fout as Verwerkingsfout: self = .bestand(fout.description)
        default: self = .omgeving(String(describing: fout))
        }
    }

    public var omschrijving: String {
        switch self {
        case .bestand(let tekst), .omgeving(let tekst): tekst
        }
    }
}

/// An input file in `work/` cannot be read.
public struct Invoerfout: Error, Sendable, CustomStringConvertible {
    public let pad: String
    public let reden: String

    public var description: String { "\(pad): \(reden)" }
}
