/// What loading a region configuration gave.
public enum Laadresultaat: Sendable {
    /// Every file was read and every check passed.
    case geladen(Regioconfiguratie)
    /// The files could be read but something is wrong: every problem found, by file and line.
    case ongeldig([Configuratieprobleem])
    /// The TOML file itself could not be read (missing, a directory, no permission).
    case onleesbaar(Configuratieprobleem)

    /// The configuration, or an error that lists every problem (for the service, which keeps
    /// its old configuration when a reload fails).
    public func geldig(_ pad: String) throws(ConfigurationError) -> Regioconfiguratie {
        switch self {
        case .geladen(let configuratie): return configuratie
        case .ongeldig(let problemen): throw ConfigurationError(pad: pad, problemen: problemen.map { "\($0)" })
        case .onleesbaar(let probleem): throw ConfigurationError(pad: pad, problemen: ["\(probleem)"])
        }
    }

    /// The configuration when it loaded without problems.
    public var configuratie: Regioconfiguratie? {
        if case .geladen(let configuratie) = self { configuratie } else { nil }
    }

    /// Every problem found; empty when the configuration loaded.
    public var problemen: [Configuratieprobleem] {
        switch self {
        case .geladen: []
        case .ongeldig(let problemen): problemen
        case .onleesbaar(let probleem): [probleem]
        }
    }
}
