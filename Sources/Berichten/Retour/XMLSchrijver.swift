/// Writes an indented XML document into a byte buffer, escaping text. Pure Swift: writing
/// needs no libxml2; the result is validated against our XSD before it leaves berichtd.
struct XMLSchrijver {
    private(set) var bytes: [UInt8] = []
    private var open: [String] = []

    init() {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Opens an element; `namespaces` are written as `xmlns:prefix` attributes.
    mutating func begin(_ name: String, namespaces: [(prefix: String, uri: String)] = []) {
        indent()
        append("<" + name)
        for (prefix, uri) in namespaces { append(" xmlns:\(prefix)=\"\(Self.escape(uri))\"") }
        append(">\n")
        open.append(name)
    }

    mutating func end() {
        let name = open.removeLast()
        indent()
        append("</\(name)>\n")
    }

    /// A leaf element with text.
    mutating func element(_ name: String, _ text: String) {
        indent()
        append("<\(name)>\(Self.escape(text))</\(name)>\n")
    }

    mutating func element(_ name: String, _ value: (some CustomStringConvertible)?) {
        if let value { element(name, value.description) }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: open.count * 2))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
