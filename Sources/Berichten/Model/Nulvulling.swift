extension String {
    /// `getal` in decimal with leading zeros up to `breedte` digits; a longer number is not cut.
    /// The one zero-padding of berichtd: dates, identifications, claim tokens, attempt marks.
    package init(_ getal: some BinaryInteger, nullen breedte: Int) {
        let cijfers = String(getal)
        self = String(repeating: "0", count: Swift.max(0, breedte - cijfers.count)) + cijfers
    }
}
