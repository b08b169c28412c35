/// A structure-aware mutation for the fuzzer: replaces one date element value (`>JJJJ-MM-DD<`)
/// with a date at an edge of the calendar or of the rules (years 0001–0005 and 0100–0121 as in
/// TR335/TR002, leap days, month ends, 9999). libFuzzer's byte mutations almost never turn a
/// whole date of an XSD-valid message into another valid one; this keeps the message valid and
/// the size unchanged.
package enum DateMutation {
    static let years = [
        "0001", "0002", "0003", "0005", "0006", "0100", "0120", "0121", "1582", "1900", "1969", "1970",
        "2000", "2024", "2026", "2027", "2100", "9998", "9999",
    ]
    static let months = ["01", "02", "03", "06", "11", "12"]
    static let days = ["01", "02", "28", "29", "30", "31"]

    /// The offsets of the dates in `bytes` that stand alone as element text.
    package static func dates(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard bytes.count >= 12 else { return [] }
        var found: [Int] = []
        let digit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        for start in 1..<(bytes.count - 10)
        where bytes[start - 1] == UInt8(ascii: ">") && bytes[start + 10] == UInt8(ascii: "<") {
            let shape = (0..<10).allSatisfy { i in
                i == 4 || i == 7 ? bytes[start + i] == UInt8(ascii: "-") : digit(bytes[start + i])
            }
            if shape { found.append(start) }
        }
        return found
    }

    /// Replaces one date chosen by `seed` in place; false when the input holds no date.
    @discardableResult
    package static func apply(to bytes: UnsafeMutableBufferPointer<UInt8>, seed: UInt64) -> Bool {
        let offsets = dates(in: UnsafeBufferPointer(bytes))
        guard !offsets.isEmpty else { return false }
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        let start = offsets[next() % offsets.count]
        let date = years[next() % years.count] + "-" + months[next() % months.count] + "-" + days[next() % days.count]
        for (i, byte) in date.utf8.enumerated() { bytes[start + i] = byte }
        return true
    }
}
