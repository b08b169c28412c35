/// A share as hundredths of a percent (`9306` = 93,06 %), rounded half away from zero.
enum Procent {
    /// `nil` when the whole is zero.
    static func honderdsten(_ deel: Int64, van geheel: Int64) -> Int64? {
        guard geheel != 0 else { return nil }
        let noemer = geheel.magnitude
        let waarde = Int64((deel.magnitude * 20_000 + noemer) / (2 * noemer))
        return (deel < 0) != (geheel < 0) ? -waarde : waarde
    }
}
