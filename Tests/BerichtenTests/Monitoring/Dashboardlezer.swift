import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a dashboard as XML (it must be well-formed): every table by its id as rows of cell
/// texts, the key figures by id, and how many SVG charts, scripts and external references it has.
final class Dashboardlezer: NSObject, XMLParserDelegate {
    private(set) var tabellen: [String: [[String]]] = [:]
    private(set) var kerncijfers: [String: String] = [:]
    private(set) var svgs = 0
    private(set) var scripts = 0
    private(set) var externeVerwijzingen: [String] = []
    private(set) var links: [String] = []
    private(set) var tekst = ""

    private var tabel: String?
    private var rij: [String]?
    private var cel: String?
    private var kern: String?
    private var kernB: String?
    private var fout: (any Error)?

    static func lees(_ pad: String) throws -> Dashboardlezer {
        let lezer = Dashboardlezer()
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: pad)))
        parser.delegate = lezer
        guard parser.parse(), lezer.fout == nil else {
            throw TestFout(
                "\(pad) is geen welgevormde XML: \(String(describing: parser.parserError ?? lezer.fout)) "
                    + "(regel \(parser.lineNumber))")
        }
        return lezer
    }

    func parser(
        _ parser: XMLParser, didStartElement naam: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch naam {
        case "table": tabel = attributes["id"]; if let tabel { tabellen[tabel] = [] }
        case "tr": rij = []
        case "td", "th": cel = ""
        case "svg": svgs += 1
        case "script": scripts += 1
        case "div" where attributes["id"]?.hasPrefix("k-") == true: kern = attributes["id"]
        case "b" where kern != nil: kernB = ""
        case "br": cel? += " "
        default: break
        }
        if let href = attributes["href"] { links.append(href) }
        for sleutel in ["src", "href"] {
            if let waarde = attributes[sleutel], waarde.contains("://") { externeVerwijzingen.append(waarde) }
        }
    }

    func parser(_ parser: XMLParser, didEndElement naam: String, namespaceURI: String?, qualifiedName: String?) {
        switch naam {
        case "table": tabel = nil
        case "tr":
            if let tabel, let rij { tabellen[tabel]?.append(rij) }
            rij = nil
        case "td", "th":
            if let cel { rij?.append(cel.trimmingCharacters(in: .whitespaces)) }
            cel = nil
        case "b" where kern != nil:
            if let kern, let kernB { kerncijfers[kern] = kernB }
            kernB = nil
        case "div" where kern != nil && kernB == nil: kern = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        cel? += string
        kernB? += string
        tekst += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { fout = parseError }

    /// The rows of a table without its header, keyed by their first cell.
    func rijen(_ id: String) -> [String: [String]] {
        Dictionary((tabellen[id] ?? []).dropFirst().map { ($0.first ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// `€ 1.234,56` → `1234,56`, `91,94 %` → `91,94`, `–` → empty: the CSV notation.
    static func csvGetal(_ cel: String) -> String {
        let zonder = cel.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
            .trimmingCharacters(in: .whitespaces)
        return zonder == "–" ? "" : zonder
    }
}
