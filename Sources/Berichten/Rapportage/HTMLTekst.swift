import Foundation

/// Text and attribute values escaped for HTML: the XML escaping of the retours, plus the
/// apostrophe (attributes in the report may be single-quoted).
enum HTMLTekst {
    static func tekst(_ waarde: String) -> String {
        let xml = XMLSchrijver.escape(waarde)
        return xml.contains("'") ? xml.replacingOccurrences(of: "'", with: "&#39;") : xml
    }
}
