/// The name a file had in `in/`, as the file system held it, and the forms berichtd derives
/// from it: a display form that is always printable UTF-8, and a name for `work/`, `archive/`
/// and `rejected/` that fits the file system's limit whatever the input's length.
public struct InputName: Sendable, Hashable {
    public let raw: [UInt8]

    public init(raw: [UInt8]) {
        self.raw = raw
    }

    public init(_ name: String) {
        raw = Array(name.utf8)
    }

    /// Longest name (in bytes) berichtd gives a file it moves: the claim token (about 45 bytes)
    /// and a counter (`.12`) must still fit in the 255 bytes of NAME_MAX.
    static let maximumBytes = 180

    public var isUTF8: Bool { String(validating: raw, as: UTF8.self) != nil }

    /// Printable and lossless: bytes that are not UTF-8 and control characters (also a newline,
    /// which could forge a line of output) become `\xNN`, a backslash `\\`.
    public var display: String {
        var result = ""
        var position = 0
        while position < raw.count {
            var decoder = UTF8()
            var iterator = raw[position...].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                result += Self.escape(raw[position])
                position += 1
                continue
            }
            let width = UTF8.width(scalar)
            if scalar == "\\" {
                result += "\\\\"
            } else if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                for byte in raw[position..<min(position + width, raw.count)] { result += Self.escape(byte) }
            } else {
                result.unicodeScalars.append(scalar)
            }
            position += width
        }
        return result
    }

    /// ``display``, cut to ``maximumBytes`` where needed: the start of the name, a hash of the
    /// whole raw name (so two long names that start alike stay apart) and the extension.
    public var onDisk: String {
        let shown = display
        guard shown.utf8.count > Self.maximumBytes else { return shown }
        let hash = String(SHA256.hex(raw).prefix(16))
        var suffix = ""
        if let dot = shown.lastIndex(of: "."), shown.utf8.distance(from: dot, to: shown.endIndex) <= 10 {
            suffix = String(shown[dot...])
        }
        var prefix = ""
        for character in shown {
            if prefix.utf8.count + String(character).utf8.count > Self.maximumBytes - 20 - suffix.utf8.count { break }
            prefix.append(character)
        }
        return prefix + "~" + hash + suffix
    }

    private static func escape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
