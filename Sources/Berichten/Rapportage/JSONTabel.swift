/// JSON for machines: a header object with the table's rows in column order, one row per line;
/// amounts as integer eurocents under `<kolom>_cent`.
enum JSONTabel {
    static func bytes(_ tabel: Tabel, kop: [(String, Cel)]) -> [UInt8] {
        var tekst = "{\n"
        for (naam, cel) in kop {
            tekst += "  \(string(naam)): \(waarde(cel, soort: .tekst)),\n"
        }
        tekst += "  \"rijen\": ["
        for (index, rij) in tabel.rijen.enumerated() {
            let velden = zip(rij, tabel.kolommen).map { cel, kolom in
                "\(string(sleutel(kolom))): \(waarde(cel, soort: kolom.soort))"
            }
            tekst += (index == 0 ? "\n" : ",\n") + "    {" + velden.joined(separator: ", ") + "}"
        }
        tekst += tabel.rijen.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(tekst.utf8)
    }

    static func sleutel(_ kolom: Tabel.Kop) -> String {
        kolom.soort == .bedrag ? kolom.naam + "_cent" : kolom.naam
    }

    private static func waarde(_ cel: Cel, soort: Kolomsoort) -> String {
        switch cel {
        case .leeg: "null"
        case .getal(let getal): soort == .procent ? Notatie.decimaal(getal) : String(getal)
        case .tekst(let tekst): string(tekst)
        }
    }

    static func string(_ tekst: String) -> String {
        var result = "\""
        for scalar in tekst.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
