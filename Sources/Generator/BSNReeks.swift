import Berichten

/// Hands out distinct burgerservicenummers that pass the elfproef (CS002), in a fixed order.
/// They start with 9 (from 900000000 up), far from the 9999xxxxx numbers of the examples.
struct BSNReeks {
    private var prefix: Int

    init(start: Int = 90_000_000) {
        prefix = start
    }

    /// The next valid BSN: eight digits plus the check digit that makes the weighted sum a
    /// multiple of 11; a prefix whose check digit would be 10 is skipped.
    mutating func volgende() -> String {
        while true {
            let acht = prefix
            prefix += 1
            var som = 0
            var rest = acht
            for gewicht in 2...9 {
                som += (rest % 10) * gewicht
                rest /= 10
            }
            let controle = som % 11
            if controle == 10 { continue }
            return String(acht) + String(controle)
        }
    }
}
