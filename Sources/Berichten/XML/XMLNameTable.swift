/// Gives every distinct name string of a libxml2 reader a small integer, once.
///
/// libxml2 interns names in the reader's dictionary, so the same pointer always means the
/// same string. A small open-addressing table on the pointer turns it into a dense id without
/// hashing or copying the string; the string is made only the first time a pointer is seen.
struct XMLNameTable {
    private var keys: [UnsafeRawPointer?]
    private var values: [Int32]
    private var mask: Int
    /// The strings, by id.
    private(set) var names: [String] = []

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of the string at `pointer` (a libxml2 dictionary string); `""` when `nil`.
    mutating func id(_ pointer: UnsafePointer<UInt8>?) -> Int32 {
        guard let pointer else { return id(forMissing: ()) }
        let key = UnsafeRawPointer(pointer)
        var slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 3 &* 0x9E37_79B9) & mask
        while let present = keys[slot] {
            if present == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        let value = Int32(names.count)
        names.append(String(cString: pointer))
        keys[slot] = key
        values[slot] = value
        if names.count * 2 > mask { grow() }
        return value
    }

    private var missing: Int32 = -1

    private mutating func id(forMissing: Void) -> Int32 {
        if missing < 0 {
            missing = Int32(names.count)
            names.append("")
        }
        return missing
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != nil }
        mask = keys.count * 2 - 1
        keys = Array(repeating: nil, count: mask + 1)
        values = Array(repeating: -1, count: mask + 1)
        for (key, value) in old {
            guard let key else { continue }
            var slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 3 &* 0x9E37_79B9) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(id: Int32) -> String { names[Int(id)] }

    var count: Int { names.count }
}
