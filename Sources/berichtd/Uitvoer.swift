import Berichten
import Foundation

/// Writing to stdout and stderr: every line passes ``Maskering`` (no BSN, no control
/// characters from a file name).
enum Uitvoer {
    static func regel(_ tekst: String) {
        print(Maskering.regels(tekst))
    }

    static func fout(_ tekst: String) {
        FileHandle.standardError.write(Data((Maskering.regels(tekst) + "\n").utf8))
    }
}
