/// An entry of `in/` waiting to be claimed.
public struct Invoer: Sendable {
    public let naam: InputName
    package let soort: DirectoryEntry.Kind
    /// Seconds since its last change.
    public let rust: Double

    /// Why this entry can never be a message (it is set aside at once, not retried); `nil` for a
    /// regular file, or a link to one, with a UTF-8 name.
    public var bezwaar: String? {
        guard naam.isUTF8 else {
            return "de bestandsnaam is geen geldige UTF-8; moveFile het bestand en zet het opnieuw in in/"
        }
        switch soort {
        case .regular, .symlink(target: .regular): return nil
        default: return "geen gewoon bestand maar \(soort.omschrijving): het wordt niet gelezen"
        }
    }
}

/// An entry of `in/` could not be moved into `work/`.
public struct ClaimError: Error, Sendable, CustomStringConvertible {
    public let naam: String
    public let reden: String
    /// The entry itself can never be moved (a mount point, a file of another user in a sticky
    /// directory): skip it instead of waiting for the machine.
    public let blijvend: Bool

    public var description: String { "claimen van \(naam) mislukt: \(reden)" }
}
