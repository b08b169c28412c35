/// Masks a BSN for reports: only the last three digits stay visible (`******123`).
enum BSNMasker {
    static func masker(_ bsn: String?) -> String {
        guard let bsn, !bsn.isEmpty else { return "" }
        let zichtbaar = bsn.count > 3 ? 3 : 0
        return String(repeating: "*", count: bsn.count - zichtbaar) + bsn.suffix(zichtbaar)
    }
}
