import Foundation

/// Loads a region configuration (`regio.toml` and the CSV files it names) and checks all of it.
public enum ConfiguratieLader {
    /// Reads and checks the configuration at `pad`. Paths in `[regio]` are relative to the TOML
    /// file. Every problem found is returned, not just the first.
    public static func laad(pad: String) -> Laadresultaat {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else {
            return .onleesbaar(Configuratieprobleem(bestand: pad, regel: nil, melding: "bestand bestaat niet"))
        }
        guard !isMap.boolValue else {
            return .onleesbaar(Configuratieprobleem(bestand: pad, regel: nil, melding: "is een map, geen TOML-bestand"))
        }
        guard let data = FileManager.default.contents(atPath: pad) else {
            return .onleesbaar(Configuratieprobleem(bestand: pad, regel: nil, melding: "bestand is niet leesbaar"))
        }
        guard let tekst = String(data: data, encoding: .utf8) else {
            return .ongeldig([Configuratieprobleem(bestand: pad, regel: nil, melding: "geen geldige UTF-8")])
        }
        var opbouw = Configuratieopbouw(pad: pad, tekst: tekst)
        return opbouw.bouw()
    }
}
