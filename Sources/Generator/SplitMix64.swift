import Berichten

/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast generator whose output depends only on
/// the seed, not on the Swift version. The generator draws every random choice from it, so
/// the same seed always gives the same bytes.
package struct SplitMix64: Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (multiply-shift; the bias is below 2⁻³² for the small ranges used here).
    package mutating func getal(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(high)
    }

    /// True with probability `kans` (0…1).
    package mutating func kans(_ kans: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < kans
    }

    /// One element of a non-empty array.
    package mutating func kies<T>(_ elementen: [T]) -> T {
        elementen[getal(0...(elementen.count - 1))]
    }

    /// `aantal` different elements, in random order (partial Fisher–Yates).
    package mutating func kies<T>(_ aantal: Int, uit elementen: [T]) -> [T] {
        var rest = elementen
        let n = Swift.min(aantal, rest.count)
        for i in 0..<n { rest.swapAt(i, getal(i...(rest.count - 1))) }
        return Array(rest[..<n])
    }
}
