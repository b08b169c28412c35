internal import CLibXML

/// An in-memory document that libxml2 reads through ``byteSourceRead``.
final class ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}

/// `xmlInputReadCallback`: copies the next chunk of a ``ByteSource`` into libxml2's buffer.
func byteSourceRead(
    _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32
) -> Int32 {
    guard let context, let buffer, length > 0 else { return -1 }
    let source = Unmanaged<ByteSource>.fromOpaque(context).takeUnretainedValue()
    let count = min(Int(length), source.bytes.count - source.offset)
    if count <= 0 { return 0 }
    source.bytes.withUnsafeBytes { all in
        guard let base = all.baseAddress else { return }
        UnsafeMutableRawPointer(buffer).copyMemory(from: base + source.offset, byteCount: count)
    }
    source.offset += count
    return Int32(count)
}
