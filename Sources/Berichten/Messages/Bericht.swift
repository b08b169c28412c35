/// A message berichtd processes, read and XSD-valid.
public enum Bericht: Sendable {
    case toewijzing(Toewijzingbericht)
    case declaratie(Declaratiebericht)

    public var soort: BerichtSoort {
        switch self {
        case .toewijzing(let bericht): bericht.soort
        case .declaratie(let bericht): bericht.soort
        }
    }

    public var header: BerichtHeader {
        switch self {
        case .toewijzing(let bericht): bericht.header
        case .declaratie(let bericht): bericht.header
        }
    }
}
