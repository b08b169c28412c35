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
    mutating func neem(_ naam: String, parent: String, tekst: String) {
        switch (parent, naam) {
        case ("Header", "BerichtCode"): berichtCode = tekst
        case ("Header", "BerichtVersie"): berichtVersie = tekst
        case ("Header", "BerichtSubversie"): berichtSubversie = tekst
        case ("Header", "Afzender"): afzender = tekst
        case ("Header", "Ontvanger"): ontvanger = tekst
        case ("BerichtIdentificatie", "Identificatie"): identificatie = tekst
        case ("BerichtIdentificatie", "Dagtekening"): dagtekening = tekst
        case ("XsdVersie", "BasisschemaXsdVersie"): basisschemaXsdVersie = tekst
        case ("XsdVersie", "BerichtXsdVersie"): berichtXsdVersie = tekst
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

func vereist<T>(_ value: T?, _ element: String) throws(BerichtOpbouwFout) -> T {
    guard let value else { throw BerichtOpbouwFout(element: element, waarde: nil) }
    return value
}

func vereistDatum(_ text: String?, _ element: String) throws(BerichtOpbouwFout) -> Datum {
    let text = try vereist(text, element)
    guard let datum = Datum(text) else { throw BerichtOpbouwFout(element: element, waarde: text) }
    return datum
}

func optioneleDatum(_ text: String?, _ element: String) throws(BerichtOpbouwFout) -> Datum? {
    guard let text else { return nil }
    guard let datum = Datum(text) else { throw BerichtOpbouwFout(element: element, waarde: text) }
    return datum
}

func vereistGetal(_ text: String?, _ element: String) throws(BerichtOpbouwFout) -> Int64 {
    let text = try vereist(text, element)
    guard let value = Int64(text.trimmingWhitespaceAndNewlines()) else { throw BerichtOpbouwFout(element: element, waarde: text) }
    return value
}

func optioneelGetal(_ text: String?, _ element: String) throws(BerichtOpbouwFout) -> Int64? {
    guard let text else { return nil }
    guard let value = Int64(text.trimmingWhitespaceAndNewlines()) else { throw BerichtOpbouwFout(element: element, waarde: text) }
    return value
}

func vereistCode<T: RawRepresentable>(_ text: String?, _ element: String) throws(BerichtOpbouwFout) -> T
where T.RawValue == String {
    let text = try vereist(text, element)
    guard let value = T(rawValue: text) else { throw BerichtOpbouwFout(element: element, waarde: text) }
    return value
}
