import Berichten

/// Writes indented XML into a byte buffer, line by line, as fast as plain appends allow: the
/// generator makes gigabytes of it. Values are generated and never need escaping.
struct XMLRegels {
    private(set) var bytes: [UInt8] = []
    private var diepte = 0

    init(capaciteit: Int = 0) {
        bytes.reserveCapacity(capaciteit)
    }

    var count: Int { bytes.count }

    mutating func declaratie() {
        tekst("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// The XML declaration, the opening root element with its namespaces and the whole Header
    /// of a 3.2 message; what follows is the message's own part.
    mutating func kop(
        _ soort: BerichtSoort, afzender: String, ontvanger: String, identificatie: String, dagtekening: Datum,
        xsdVersie: XsdVersie
    ) {
        let m = soort.kortenaam
        let b = soort.standaard.rawValue
        declaratie()
        open("\(m):Bericht", " xmlns:\(m)=\"\(soort.namespace)\" xmlns:\(b)=\"\(soort.basisschemaNamespace)\"")
        open("\(m):Header")
        element("\(m):BerichtCode", soort.berichtCode)
        element("\(m):BerichtVersie", "3")
        element("\(m):BerichtSubversie", "2")
        element("\(m):Afzender", afzender)
        element("\(m):Ontvanger", ontvanger)
        open("\(m):BerichtIdentificatie")
        element("\(b):Identificatie", identificatie)
        element("\(b):Dagtekening", dagtekening)
        sluit("\(m):BerichtIdentificatie")
        open("\(m):XsdVersie")
        element("\(b):BasisschemaXsdVersie", xsdVersie.basisschema)
        element("\(b):BerichtXsdVersie", xsdVersie.bericht)
        sluit("\(m):XsdVersie")
        sluit("\(m):Header")
    }

    /// `<naam>` on its own line; the following lines are indented one level deeper.
    mutating func open(_ naam: String, _ attributen: String = "") {
        inspringen()
        tekst("<")
        tekst(naam)
        tekst(attributen)
        tekst(">\n")
        diepte += 1
    }

    mutating func sluit(_ naam: String) {
        diepte -= 1
        inspringen()
        tekst("</")
        tekst(naam)
        tekst(">\n")
    }

    mutating func element(_ naam: String, _ waarde: String) {
        inspringen()
        tekst("<")
        tekst(naam)
        tekst(">")
        tekst(waarde)
        tekst("</")
        tekst(naam)
        tekst(">\n")
    }

    mutating func element(_ naam: String, _ waarde: Int64) {
        inspringen()
        tekst("<")
        tekst(naam)
        tekst(">")
        getal(waarde)
        tekst("</")
        tekst(naam)
        tekst(">\n")
    }

    mutating func element(_ naam: String, _ waarde: Datum) {
        inspringen()
        tekst("<")
        tekst(naam)
        tekst(">")
        getal(Int64(waarde.jaar), breedte: 4)
        bytes.append(UInt8(ascii: "-"))
        getal(Int64(waarde.maand), breedte: 2)
        bytes.append(UInt8(ascii: "-"))
        getal(Int64(waarde.dag), breedte: 2)
        tekst("</")
        tekst(naam)
        tekst(">\n")
    }

    /// Appends lines written elsewhere as they are (write them at the right depth with
    /// ``begin(opDiepte:)``).
    mutating func voegToe(_ andere: XMLRegels) {
        bytes.append(contentsOf: andere.bytes)
    }

    /// Sets the depth for a buffer whose lines will be appended inside an open element.
    mutating func begin(opDiepte diepte: Int) {
        self.diepte = diepte
    }

    private mutating func inspringen() {
        for _ in 0..<(diepte * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func tekst(_ tekst: String) {
        bytes.append(contentsOf: tekst.utf8)
    }

    private mutating func getal(_ waarde: Int64, breedte: Int = 1) {
        var cijfers:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var rest = waarde.magnitude
        var aantal = 0
        withUnsafeMutableBytes(of: &cijfers) { buffer in
            repeat {
                buffer[aantal] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                aantal += 1
            } while rest > 0
            while aantal < breedte {
                buffer[aantal] = UInt8(ascii: "0")
                aantal += 1
            }
            if waarde < 0 { bytes.append(UInt8(ascii: "-")) }
            for index in stride(from: aantal - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
