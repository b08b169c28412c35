/// A message berichtd processes, read and XSD-valid.
public enum Bericht: Sendable {
    case toewijzing(Toewijzingbericht)
    case declaratie(Declaratiebericht)
    /// A 305 or a 307.
    case zorgmelding(Zorgmeldingbericht)

    public var soort: BerichtSoort {
        switch self {
        case .toewijzing(let bericht): bericht.soort
        case .declaratie(let bericht): bericht.soort
        case .zorgmelding(let bericht): bericht.soort
        }
    }

    public var header: BerichtHeader {
        switch self {
        case .toewijzing(let bericht): bericht.header
        case .declaratie(let bericht): bericht.header
        case .zorgmelding(let bericht): bericht.header
        }
    }
}
