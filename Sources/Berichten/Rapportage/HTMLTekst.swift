/// Text and attribute values escaped for HTML.
enum HTMLTekst {
    static func tekst(_ waarde: String) -> String {
        var result = ""
        result.reserveCapacity(waarde.utf8.count)
        for teken in waarde {
            switch teken {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(teken)
            }
        }
        return result
    }
}
