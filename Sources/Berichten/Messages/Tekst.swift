/// The text of an element that just closed, as a view of the element stack's buffer. A builder
/// turns it into what it keeps (a `String`, a number, a date), so text nobody keeps is never
/// copied.
struct Tekst {
    let bytes: ArraySlice<UInt8>

    var string: String { bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self) }

    /// A number read straight from the bytes when they are plain ASCII digits; anything else
    /// keeps its text, so ``vereistGetal(_:_:)`` judges it exactly as it judges a `String`.
    var getal: Getalveld {
        if (1...18).contains(bytes.count) {
            var value: Int64 = 0
            for byte in bytes {
                guard byte >= 48, byte <= 57 else { return .tekst(string) }
                value = value * 10 + Int64(byte - 48)
            }
            return .waarde(value)
        }
        return .tekst(string)
    }

    /// A date read straight from the bytes (see ``Datum/init(utf8:)``);
    /// anything else keeps its text for the error message.
    var datum: Datumveld {
        if let datum = Datum(utf8: bytes) { return .waarde(datum) }
        return .tekst(string)
    }
}

/// A number field: its value, or the text that is not (yet) known to be a number.
enum Getalveld {
    case waarde(Int64)
    case tekst(String)
}

/// A date field: its value, or the text that is not a date.
enum Datumveld {
    case waarde(Datum)
    case tekst(String)
}

func vereistGetal(_ veld: Getalveld?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Int64 {
    switch veld {
    case .waarde(let waarde): return waarde
    case .tekst(let tekst): return try vereistGetal(tekst, element())
    case nil: return try vereistGetal(nil as String?, element())
    }
}

func optioneelGetal(_ veld: Getalveld?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Int64? {
    switch veld {
    case .waarde(let waarde): return waarde
    case .tekst(let tekst): return try optioneelGetal(tekst, element())
    case nil: return nil
    }
}

func vereistDatum(_ veld: Datumveld?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Datum {
    switch veld {
    case .waarde(let datum): return datum
    case .tekst(let tekst): return try vereistDatum(tekst, element())
    case nil: return try vereistDatum(nil as String?, element())
    }
}
