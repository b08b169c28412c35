/// The BSN check (CS002): weights 9…2 and −1 over the nine digits; the sum must be a
/// positive multiple of 11.
public enum Elfproef {
    /// The weighted sum, or `nil` when the value is not nine digits.
    public static func gewogenSom(_ bsn: String) -> Int? {
        let digits = bsn.utf8.map { Int($0) - 48 }
        guard digits.count == 9, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += index == 8 ? -digit : (9 - index) * digit
        }
        return sum
    }

    public static func isGeldig(_ bsn: String) -> Bool {
        guard let sum = gewogenSom(bsn) else { return false }
        return sum > 0 && sum % 11 == 0
    }
}
