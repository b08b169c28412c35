/// A run of reader steps, copied out of libxml2 so that another thread can use them: what kind
/// of step, the element of every start, the text bytes, and the positions of the elements that
/// have one (``Element/heeftBronpositie``).
struct Gebeurtenisblok: Sendable {
    /// 0 start, 1 text, 2 end.
    var soorten: [UInt8] = []
    var elementen: [Element] = []
    /// End offset in `bytes` of every text step.
    var tekstEinden: [Int] = []
    var bytes: [UInt8] = []
    var posities: [Bronpositie] = []

    static let grootte = 8192

    init() {
        soorten.reserveCapacity(Self.grootte)
        elementen.reserveCapacity(Self.grootte / 2)
        tekstEinden.reserveCapacity(Self.grootte / 2)
        bytes.reserveCapacity(Self.grootte * 8)
    }
}
