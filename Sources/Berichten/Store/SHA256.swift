internal import Crypto

/// SHA-256 of a message's bytes, to recognise a message that arrives twice: swift-crypto
/// (BoringSSL, with the CPU's SHA extensions where it has them).
package enum SHA256 {
    /// The digest as 64 lowercase hex digits.
    package static func hex(_ bytes: [UInt8]) -> String {
        let digest = Crypto.SHA256.hash(data: bytes)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
