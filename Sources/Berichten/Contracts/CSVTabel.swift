import CSV
import Foundation

/// A `;`-separated UTF-8 file with a header row, read with CSV.swift. Every row keeps its line:
/// the header is line 1, so the row with index n is on line n + 2.
struct CSVTabel {
    let bestand: String
    let rijen: [CSVRij]

    /// Reads the bytes of `bestand` and checks that the header holds exactly `kolommen` (in any
    /// order). Rows with another number of fields are reported and left out; empty lines are
    /// skipped. `nil` when no row can be read: not UTF-8, no header, or a column missing.
    static func lees(bestand: String, data: Data, kolommen: [String], in problemen: inout Probleemlijst) -> CSVTabel? {
        guard var tekst = String(data: data, encoding: .utf8) else {
            problemen.meld(bestand, nil, "geen geldige UTF-8")
            return nil
        }
        if tekst.hasPrefix("\u{FEFF}") { tekst.removeFirst() }
        guard let lezer = try? CSVReader(string: tekst, hasHeaderRow: true, delimiter: ";"),
            let kop = lezer.headerRow, kop != [""]
        else {
            problemen.meld(bestand, nil, "leeg bestand: de kopregel (\(kolommen.joined(separator: ";"))) ontbreekt")
            return nil
        }
        let namen = kop.map { $0.trimmingCharacters(in: .whitespaces) }
        let ontbrekend = kolommen.filter { !namen.contains($0) }
        if !ontbrekend.isEmpty {
            let lijst = ontbrekend.map { "'\($0)'" }.joined(separator: ", ")
            problemen.meld(
                bestand, 1,
                "\(ontbrekend.count == 1 ? "kolom \(lijst) ontbreekt" : "kolommen \(lijst) ontbreken") in de kopregel"
                    + " (verwacht: \(kolommen.joined(separator: ";")))")
        }
        for (index, naam) in namen.enumerated() {
            if !kolommen.contains(naam) {
                problemen.meld(
                    bestand, 1, "onbekende kolom '\(naam)'\(Spellingsuggestie.tekst(voor: naam, uit: kolommen))")
            } else if namen[..<index].contains(naam) {
                problemen.meld(bestand, 1, "kolom '\(naam)' staat meer dan eens in de kopregel")
            }
        }
        guard ontbrekend.isEmpty else { return nil }

        var rijen: [CSVRij] = []
        var index = 0
        while let velden = lezer.next() {
            defer { index += 1 }
            let regel = index + 2
            if velden.count == 1, velden[0].allSatisfy(\.isWhitespace) { continue }
            guard velden.count == namen.count else {
                problemen.meld(
                    bestand, regel, "\(velden.count) velden, verwacht \(namen.count) (\(namen.joined(separator: ";")))")
                continue
            }
            var waarden: [String: String] = [:]
            for (naam, veld) in zip(namen, velden) where waarden[naam] == nil {
                waarden[naam] = veld.trimmingCharacters(in: .whitespaces)
            }
            rijen.append(CSVRij(regel: regel, waarden: waarden))
        }
        return CSVTabel(bestand: bestand, rijen: rijen)
    }
}

/// One record of a ``CSVTabel``: its values by column name, trimmed, and its line.
struct CSVRij {
    let regel: Int
    let waarden: [String: String]

    /// The value in `kolom`; empty when the field is empty.
    subscript(kolom: String) -> String { waarden[kolom] ?? "" }
}
