import Berichten
import Foundation

/// Finds the installed data files (the XSDs) for the commands.
enum Installatie {
    /// `--xsd`, else `$BERICHTD_XSD`, else `./xsd`, else `<prefix>/share/berichtd/xsd` next to the binary.
    static func xsdMap(_ optie: String?) throws -> String {
        if let optie { return optie }
        if let omgeving = ProcessInfo.processInfo.environment["BERICHTD_XSD"], !omgeving.isEmpty { return omgeving }
        let kandidaten = [
            FileManager.default.currentDirectoryPath + "/xsd",
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/berichtd/xsd").path,
        ]
        for kandidaat in kandidaten where FileManager.default.fileExists(atPath: kandidaat + "/ijw-3.2/jw301.xsd") {
            return kandidaat
        }
        throw Installatiefout(
            "de XSD-map is niet gevonden (gezocht: \(kandidaten.joined(separator: ", "))); geef --xsd of BERICHTD_XSD op"
        )
    }
}

struct Installatiefout: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
