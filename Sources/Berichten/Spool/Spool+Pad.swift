import Foundation

/// The two halves of a spool path, as `NSString` gives them, without bridging for the paths the
/// spool itself makes (`map + "/" + naam`): per 301 these were called a dozen times and cost
/// more than the rules.
extension Spool {
    package static func naam(_ pad: String) -> String {
        let utf8 = pad.utf8
        if let slash = utf8.lastIndex(of: UInt8(ascii: "/")), utf8.index(after: slash) != utf8.endIndex {
            return String(pad[utf8.index(after: slash)...])
        }
        if utf8.lastIndex(of: UInt8(ascii: "/")) == nil { return pad }
        return String(pad.split(separator: "/").last ?? Substring(pad))
    }

    /// `(pad as NSString).deletingLastPathComponent`: slashes compressed, a trailing one dropped,
    /// then everything before the last (`/` for the root, empty without one). Foundation's own
    /// version traps on `"a//"` and gives "" for `"//"`.
    package static func map(van pad: String) -> String {
        let utf8 = pad.utf8
        if let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex,
            utf8.index(after: slash) != utf8.endIndex, !heeftDubbeleSlash(utf8)
        {
            return String(pad[..<slash])
        }
        var delen = pad.split(separator: "/", omittingEmptySubsequences: true)
        let absoluut = pad.hasPrefix("/")
        guard !delen.isEmpty else { return absoluut ? "/" : "" }
        delen.removeLast()
        if delen.isEmpty { return absoluut ? "/" : "" }
        return (absoluut ? "/" : "") + delen.joined(separator: "/")
    }

    private static func heeftDubbeleSlash(_ utf8: String.UTF8View) -> Bool {
        var vorige: UInt8 = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "/"), vorige == byte { return true }
            vorige = byte
        }
        return false
    }
}
