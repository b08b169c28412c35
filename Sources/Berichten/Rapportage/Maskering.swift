/// The one filter for every line berichtd prints, logs or reports: a run of exactly nine digits
/// (a BSN, also inside a file name or an identifier) becomes `*********`, and control
/// characters become `\n`, `\t` or `\xNN`, so no name can forge a line of output.
package enum Maskering {
    /// One line: a newline inside it is escaped too.
    package static func regel(_ tekst: String) -> String {
        maskeer(tekst, regeleinden: false)
    }

    /// Text of several lines (a `.reason` file): newlines stay, other control characters not.
    package static func regels(_ tekst: String) -> String {
        maskeer(tekst, regeleinden: true)
    }

    private static func maskeer(_ tekst: String, regeleinden: Bool) -> String {
        var uit = ""
        uit.reserveCapacity(tekst.utf8.count)
        var cijfers = 0
        func spoel() {
            guard cijfers > 0 else { return }
            if cijfers == 9 { uit.unicodeScalars.removeLast(9); uit += "*********" }
            cijfers = 0
        }
        for scalar in tekst.unicodeScalars {
            if scalar.isASCII, scalar.properties.numericType != nil {
                cijfers += 1
                uit.unicodeScalars.append(scalar)
                continue
            }
            spoel()
            if scalar == "\n", regeleinden {
                uit += "\n"
            } else if let kort = kort[scalar] {
                uit += kort
            } else if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                uit += scalar.value < 0x100 ? "\\x" + hex(scalar.value) : "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                uit.unicodeScalars.append(scalar)
            }
        }
        spoel()
        return uit
    }

    private static let kort: [Unicode.Scalar: String] = ["\n": "\\n", "\r": "\\r", "\t": "\\t"]

    private static func hex(_ value: UInt32) -> String {
        let tekst = String(value, radix: 16, uppercase: true)
        return tekst.count < 2 ? "0" + tekst : tekst
    }
}
