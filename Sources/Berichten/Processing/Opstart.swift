/// What `berichtd process` and `berichtd run` both do before the first file: the spool's
/// folders, the lock that keeps a second berichtd off this spool, the leftovers of an
/// interrupted run cleaned, the crash handler, the region config, the XSDs and the store.
public struct Opstart: Sendable {
    public let verwerker: Verwerker
    /// Held for as long as this berichtd works on the spool.
    package let slot: InstanceLock
    /// Temp files and stale marks of an interrupted run that were removed.
    public let opgeruimd: Int

    /// Throws when the config is invalid (``ConfigurationError`` lists every problem), the XSDs or
    /// the store cannot be opened, or another berichtd holds the spool.
    public init(spool: Spool, configPad: String, xsdMap: String, opslagPad: String) throws {
        CrashRecorder.install()
        try spool.createDirectories()
        slot = try InstanceLock(spool: spool)
        opgeruimd = spool.removeTemporaryFiles()
        let config = try ConfiguratieLader.laad(pad: configPad).geldig(configPad)
        let schemas = SchemaBibliotheek(directory: xsdMap)
        try schemas.laadAlles()
        let opslag = try Berichtenopslag(pad: opslagPad)
        verwerker = Verwerker(lezer: Berichtlezer(schemas: schemas), config: config, opslag: opslag, spool: spool)
    }
}
