import Foundation

/// CSV that a Dutch spreadsheet opens as columns: UTF-8 with BOM, `;` between cells, CRLF,
/// amounts and percentages with a decimal comma. Text that a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`) gets a leading apostrophe.
enum NederlandseCSV {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func bytes(_ tabel: Tabel) -> [UInt8] {
        var tekst = tabel.kolommen.map { veld($0.naam) }.joined(separator: ";") + "\r\n"
        for rij in tabel.rijen {
            tekst += zip(rij, tabel.kolommen).map { cel(for: $0, soort: $1.soort) }.joined(separator: ";") + "\r\n"
        }
        return bom + Array(tekst.utf8)
    }

    private static func cel(for cel: Cel, soort: Kolomsoort) -> String {
        switch (cel, soort) {
        case (.leeg, _):
            return ""
        case (.getal(let waarde), .bedrag):
            return Notatie.euro(waarde)
        case (.getal(let waarde), .procent):
            return Notatie.procent(waarde)
        case (.getal(let waarde), _):
            return String(waarde)
        case (.tekst(let waarde), _):
            return veld(waarde)
        }
    }

    private static func veld(_ tekst: String) -> String {
        var waarde = tekst
        if let eerste = waarde.first, "=+-@\t\r".contains(eerste) { waarde = "'" + waarde }
        guard waarde.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return waarde }
        return "\"" + waarde.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
