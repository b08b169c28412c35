/// What the root element's namespace says about a document.
public enum NamespaceHerkenning: Sendable, Equatable {
    /// A 3.2 message berichtd handles.
    case ondersteund(BerichtSoort)
    /// A 3.2 message of the standard that berichtd does not handle (305, 315, …).
    case nietVerwerkt(standaard: Standaard, bericht: String)
    /// A message of another release (2.x, 3.0, 3.1).
    case andereRelease(standaard: Standaard, release: String, bericht: String)
    /// Not an iJw/iWmo message.
    case onbekend(namespace: String)

    /// Recognises `http://www.istandaarden.nl/<standaard>/<x_y>/<bericht>/schema[...]`.
    public init(namespace: String) {
        let prefix = "http://www.istandaarden.nl/"
        guard namespace.hasPrefix(prefix) else {
            self = .onbekend(namespace: namespace)
            return
        }
        let parts = namespace.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 4, let standaard = Standaard(rawValue: String(parts[0])), parts[3] == "schema" else {
            self = .onbekend(namespace: namespace)
            return
        }
        let release = parts[1].replacingUnderscores()
        let bericht = String(parts[2])
        guard release == "3.2", parts.count == 4 else {
            self = .andereRelease(standaard: standaard, release: release, bericht: bericht.uppercased())
            return
        }
        if let soort = BerichtSoort.alle.first(where: { $0.standaard == standaard && $0.kortenaam == bericht }) {
            self = .ondersteund(soort)
        } else {
            self = .nietVerwerkt(standaard: standaard, bericht: bericht.uppercased())
        }
    }

    /// Why berichtd does not process the document, in Dutch; `nil` when it does.
    public var weigering: String? {
        switch self {
        case .ondersteund(let soort):
            switch soort.type {
            case .toewijzing, .declaratie, .startZorg, .stopZorg: return nil
            case .toewijzingRetour, .declaratieAntwoord, .startZorgRetour, .stopZorgRetour:
                return
                    "\(soort.naam) is een antwoordbericht; berichtd verwerkt als heenbericht alleen 301, 305, 307 en 323"
            }
        case .nietVerwerkt(let standaard, let bericht):
            return "\(bericht) is een \(standaard.naam) 3.2-bericht dat berichtd niet verwerkt; "
                + "berichtd verwerkt toewijzingen (301), start en stop zorg (305, 307) en declaraties (323)"
        case .andereRelease(let standaard, let release, let bericht):
            if release.hasPrefix("2.") {
                let extra =
                    bericht.hasSuffix("303") || bericht.hasSuffix("304")
                    ? " De 303/304 (declaratie/factuur) bestaan sinds release 3.0 niet meer: declareren gaat met de 323."
                    : ""
                return "\(bericht) is een \(standaard.naam) release \(release)-bericht; release 2.x is op 31-12-2020 "
                    + "beëindigd. berichtd verwerkt alleen release 3.2.\(extra)"
            }
            return
                "\(bericht) is een \(standaard.naam) release \(release)-bericht; berichtd verwerkt alleen release 3.2 "
                + "(namespace http://www.istandaarden.nl/\(standaard.rawValue)/3_2/…)"
        case .onbekend(let namespace):
            if namespace.isEmpty {
                return "het root-element heeft geen namespace; een iJw/iWmo 3.2-bericht heeft bijvoorbeeld "
                    + "http://www.istandaarden.nl/ijw/3_2/jw301/schema"
            }
            return "onbekende namespace \(namespace); een iJw/iWmo 3.2-bericht heeft bijvoorbeeld "
                + "http://www.istandaarden.nl/ijw/3_2/jw301/schema"
        }
    }
}

extension Substring {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "." : $0 })
    }
}
