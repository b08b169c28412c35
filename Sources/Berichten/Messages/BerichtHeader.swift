/// The Header of a heenbericht (301, 323).
public struct BerichtHeader: Sendable, Codable, Hashable {
    public let berichtCode: String
    public let berichtVersie: String
    public let berichtSubversie: String
    /// Gemeentecode (301) or AGB-code (323).
    public let afzender: String
    /// AGB-code (301) or gemeentecode (323).
    public let ontvanger: String
    public let identificatie: String
    public let dagtekening: Datum
    public let basisschemaXsdVersie: String
    public let berichtXsdVersie: String
    public let positie: Bronpositie
}

/// Collects Header fields while a message streams past.
struct HeaderOpbouw {
    var berichtCode: String?
    var berichtVersie: String?
    var berichtSubversie: String?
    var afzender: String?
    var ontvanger: String?
    var identificatie: String?
    var dagtekening: String?
    var basisschemaXsdVersie: String?
    var berichtXsdVersie: String?
    var positie = Bronpositie(pad: "/Bericht/Header", regel: 0)

    /// Takes the text of a Header element; `parent` is the enclosing element's name.
    mutating func neem(_ naam: Element, parent: Element, tekst: Tekst) {
        switch (parent, naam) {
        case (.header, .berichtCode): berichtCode = tekst.string
        case (.header, .berichtVersie): berichtVersie = tekst.string
        case (.header, .berichtSubversie): berichtSubversie = tekst.string
        case (.header, .afzender): afzender = tekst.string
        case (.header, .ontvanger): ontvanger = tekst.string
        case (.berichtIdentificatie, .identificatie): identificatie = tekst.string
        case (.berichtIdentificatie, .dagtekening): dagtekening = tekst.string
        case (.xsdVersie, .basisschemaXsdVersie): basisschemaXsdVersie = tekst.string
        case (.xsdVersie, .berichtXsdVersie): berichtXsdVersie = tekst.string
        default: break
        }
    }

    func header() throws(BerichtOpbouwFout) -> BerichtHeader {
        BerichtHeader(
            berichtCode: try vereist(berichtCode, "Header/BerichtCode"),
            berichtVersie: try vereist(berichtVersie, "Header/BerichtVersie"),
            berichtSubversie: try vereist(berichtSubversie, "Header/BerichtSubversie"),
            afzender: try vereist(afzender, "Header/Afzender"),
            ontvanger: try vereist(ontvanger, "Header/Ontvanger"),
            identificatie: try vereist(identificatie, "Header/BerichtIdentificatie/Identificatie"),
            dagtekening: try vereistDatum(dagtekening, "Header/BerichtIdentificatie/Dagtekening"),
            basisschemaXsdVersie: try vereist(basisschemaXsdVersie, "Header/XsdVersie/BasisschemaXsdVersie"),
            berichtXsdVersie: try vereist(berichtXsdVersie, "Header/XsdVersie/BerichtXsdVersie"),
            positie: positie
        )
    }
}

/// A valid-looking document lacked a value the model needs. After XSD validation this
/// cannot happen; it guards against a schema that is looser than the model.
public struct BerichtOpbouwFout: Error, Sendable, CustomStringConvertible {
    public let element: String
    public let waarde: String?

    public var description: String {
        if let waarde { return "element \(element) heeft een onbruikbare waarde '\(waarde)'" }
        return "element \(element) ontbreekt"
    }
}

// The element name of a `BerichtOpbouwFout` is only built when a value is missing or broken:
// these run for every field of every prestatie.

func vereist<T>(_ value: T?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> T {
    guard let value else { throw BerichtOpbouwFout(element: element(), waarde: nil) }
    return value
}

func vereistDatum(_ text: String?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Datum {
    let text = try vereist(text, element())
    guard let datum = Datum(utf8: text.utf8) else { throw BerichtOpbouwFout(element: element(), waarde: text) }
    return datum
}

func optioneleDatum(_ text: String?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Datum? {
    guard let text else { return nil }
    guard let datum = Datum(utf8: text.utf8) else { throw BerichtOpbouwFout(element: element(), waarde: text) }
    return datum
}

func vereistGetal(_ text: String?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Int64 {
    let text = try vereist(text, element())
    guard let value = Int64(text.trimmingWhitespaceAndNewlines()) else {
        throw BerichtOpbouwFout(element: element(), waarde: text)
    }
    return value
}

func optioneelGetal(_ text: String?, _ element: @autoclosure () -> String) throws(BerichtOpbouwFout) -> Int64? {
    guard let text else { return nil }
    guard let value = Int64(text.trimmingWhitespaceAndNewlines()) else {
        throw BerichtOpbouwFout(element: element(), waarde: text)
    }
    return value
}

func vereistCode<T: RawRepresentable>(
    _ text: String?, _ element: @autoclosure () -> String
) throws(BerichtOpbouwFout) -> T
where T.RawValue == String {
    let text = try vereist(text, element())
    guard let value = T(rawValue: text) else { throw BerichtOpbouwFout(element: element(), waarde: text) }
    return value
}
