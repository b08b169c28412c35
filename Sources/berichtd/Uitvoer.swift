import Foundation

/// Writing to stdout and stderr.
enum Uitvoer {
    static func regel(_ tekst: String) {
        print(tekst)
    }

    static func fout(_ tekst: String) {
        FileHandle.standardError.write(Data((tekst + "\n").utf8))
    }
}
