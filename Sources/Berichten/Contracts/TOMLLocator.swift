/// Finds lines in a TOML text. TOMLKit parses the values but does not say where they stood,
/// so semantic problems are placed with this small scanner over the same text: the line of
/// the n-th `[[contract]]` header, and of a `key =` written under it.
struct TOMLLocator {
    /// A `[naam]` or `[[naam]]` header and the keys written directly under it, each with the
    /// lines its value spans (more than one for a multi-line list).
    private struct Sectie {
        let naam: String
        let regel: Int
        var sleutels: [String: ClosedRange<Int>] = [:]
    }

    /// The first entry is the root: the keys before any header.
    private var secties = [Sectie(naam: "", regel: 0)]
    /// The text's lines, for finding an entry inside a value.
    private let regels: [Substring]

    init(tekst: String) {
        regels = tekst.split(separator: "\n", omittingEmptySubsequences: false)
        var scanner = Waardescanner()
        var open: (sleutel: String, regel: Int)?
        for (index, regel) in regels.enumerated() {
            let nummer = index + 1
            let tekens = Array(regel.unicodeScalars)
            if scanner.tussenWaarden {
                scanner.lees(tekens, vanaf: 0)
            } else {
                var begin = 0
                while begin < tekens.count, tekens[begin] == " " || tekens[begin] == "\t" { begin += 1 }
                guard begin < tekens.count else { continue }
                if tekens[begin] == "[" {
                    if let naam = Self.kopnaam(tekens[begin...]) {
                        secties.append(Sectie(naam: naam, regel: nummer))
                    }
                } else if let (sleutel, waarde) = Self.sleutel(tekens, vanaf: begin) {
                    if secties[secties.count - 1].sleutels[sleutel] == nil { open = (sleutel, nummer) }
                    scanner.lees(tekens, vanaf: waarde)
                }
            }
            if let sleutel = open, !scanner.tussenWaarden {
                secties[secties.count - 1].sleutels[sleutel.sleutel] = sleutel.regel...nummer
                open = nil
            }
        }
    }

    /// The line of the `index`-th header named `naam` (0-based: `kop("contract", index: 2)` is
    /// the third `[[contract]]`); `nil` when there is no such header.
    func kop(_ naam: String, index: Int = 0) -> Int? {
        sectie(naam, index: index)?.regel
    }

    /// The line of `sleutel = …` under the `index`-th header `naam` (`""` is the root); the
    /// header's own line when the key is not written there.
    func sleutel(_ sleutel: String, in naam: String, index: Int = 0) -> Int? {
        guard let sectie = sectie(naam, index: index) else { return nil }
        return sectie.sleutels[sleutel]?.lowerBound ?? (sectie.regel > 0 ? sectie.regel : nil)
    }

    /// The line where the text `element` is written (quoted) in the value of `sleutel`: the
    /// entry of a multi-line list. The key's line when it is not found there.
    func element(_ element: String, van sleutel: String, in naam: String, index: Int = 0) -> Int? {
        guard let bereik = sectie(naam, index: index)?.sleutels[sleutel] else {
            return self.sleutel(sleutel, in: naam, index: index)
        }
        let gezocht = ["\"\(element)\"", "'\(element)'"]
        return bereik.first { nummer in
            let waarde = Self.zonderCommentaar(regels[nummer - 1])
            return gezocht.contains { waarde.contains($0) }
        } ?? bereik.lowerBound
    }

    /// The line up to a `#` that is not inside a string.
    private static func zonderCommentaar(_ regel: Substring) -> String {
        var aanhaling: Character?
        var resultaat = ""
        for teken in regel {
            if let open = aanhaling {
                if teken == open { aanhaling = nil }
            } else if teken == "\"" || teken == "'" {
                aanhaling = teken
            } else if teken == "#" {
                break
            }
            resultaat.append(teken)
        }
        return resultaat
    }

    /// Where a top-level key is first written: as `[naam]`, `[naam.…]`, `[[naam]]` or `naam = …`.
    func topniveau(_ naam: String) -> Int? {
        let kop = secties.first { $0.naam == naam || $0.naam.hasPrefix(naam + ".") }?.regel
        let sleutel = (secties[0].sleutels[naam] ?? secties[0].sleutels.first { $0.key.hasPrefix(naam + ".") }?.value)?
            .lowerBound
        return [kop, sleutel].compactMap { $0 }.min()
    }

    private func sectie(_ naam: String, index: Int) -> Sectie? {
        let gevonden = secties.filter { $0.naam == naam }
        return gevonden.indices.contains(index) ? gevonden[index] : nil
    }

    /// `[a.b]` or `[[a]]` → `a.b` / `a`: dotted parts without quotes and spaces.
    private static func kopnaam(_ tekens: ArraySlice<Unicode.Scalar>) -> String? {
        let dubbel = tekens.dropFirst().first == "["
        let binnen = tekens.dropFirst(dubbel ? 2 : 1)
        guard let einde = binnen.firstIndex(of: "]") else { return nil }
        return naam(binnen[binnen.startIndex..<einde])
    }

    /// `key = value` → the normalised key and the index where the value starts.
    private static func sleutel(_ tekens: [Unicode.Scalar], vanaf begin: Int) -> (String, Int)? {
        var aanhaling: Unicode.Scalar?
        var index = begin
        while index < tekens.count {
            let teken = tekens[index]
            if let open = aanhaling {
                if teken == open { aanhaling = nil }
            } else if teken == "\"" || teken == "'" {
                aanhaling = teken
            } else if teken == "=" {
                let sleutel = naam(tekens[begin..<index])
                return sleutel.isEmpty ? nil : (sleutel, index + 1)
            } else if teken == "#" {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Joins dotted key parts, each without surrounding whitespace and quotes.
    private static func naam(_ tekens: ArraySlice<Unicode.Scalar>) -> String {
        var delen: [String] = []
        var deel = String.UnicodeScalarView()
        var aanhaling: Unicode.Scalar?
        for teken in tekens {
            if let open = aanhaling {
                if teken == open { aanhaling = nil } else { deel.append(teken) }
            } else if teken == "\"" || teken == "'" {
                aanhaling = teken
            } else if teken == "." {
                delen.append(String(deel))
                deel = String.UnicodeScalarView()
            } else if teken != " " && teken != "\t" {
                deel.append(teken)
            }
        }
        delen.append(String(deel))
        return delen.joined(separator: ".")
    }

    /// Follows strings and brackets across lines, so that a line inside a multi-line array or
    /// string is not mistaken for a header or a key.
    private struct Waardescanner {
        private var meerregeligeTekst: [Unicode.Scalar]?
        private var diepte = 0

        var tussenWaarden: Bool { meerregeligeTekst != nil || diepte > 0 }

        mutating func lees(_ tekens: [Unicode.Scalar], vanaf begin: Int) {
            var index = begin
            func begintMet(_ reeks: [Unicode.Scalar]) -> Bool {
                index + reeks.count <= tekens.count && Array(tekens[index..<(index + reeks.count)]) == reeks
            }
            while index < tekens.count {
                let teken = tekens[index]
                if let einde = meerregeligeTekst {
                    if einde[0] == "\"" && teken == "\\" {
                        index += 2
                    } else if begintMet(einde) {
                        meerregeligeTekst = nil
                        index += 3
                    } else {
                        index += 1
                    }
                    continue
                }
                switch teken {
                case "#":
                    return
                case "\"", "'":
                    let drie = [teken, teken, teken]
                    if begintMet(drie) {
                        meerregeligeTekst = drie
                        index += 3
                        continue
                    }
                    index += 1
                    while index < tekens.count, tekens[index] != teken {
                        index += teken == "\"" && tekens[index] == "\\" ? 2 : 1
                    }
                case "[", "{":
                    diepte += 1
                case "]", "}":
                    diepte = max(0, diepte - 1)
                default:
                    break
                }
                index += 1
            }
        }
    }
}
