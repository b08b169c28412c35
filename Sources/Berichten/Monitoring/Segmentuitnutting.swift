/// The `toewijzingen` rows of one segment added up over the aanbieders (and, for the region,
/// over the gemeenten): active toewijzingen, verplichting and gedeclareerd, and their ratio.
struct Segmentuitnutting: Sendable, Hashable {
    /// `nil`: products outside the region's product list.
    let segment: Segment?
    let toewijzingen: Int
    let verplichting: Int64
    let gedeclareerd: Int64
    let zonderTarief: Int

    var uitnutting: Int64? { Procent.honderdsten(gedeclareerd, van: verplichting) }

    /// In the order of the rows (segment code), products without segment last.
    static func perSegment(_ standen: [Toewijzingsstand]) -> [Segmentuitnutting] {
        var volgorde: [String?] = []
        var groepen: [String?: [Toewijzingsstand]] = [:]
        for stand in standen {
            if groepen[stand.segment?.code] == nil { volgorde.append(stand.segment?.code) }
            groepen[stand.segment?.code, default: []].append(stand)
        }
        return volgorde.sorted { ($0 == nil ? 1 : 0, $0 ?? "") < ($1 == nil ? 1 : 0, $1 ?? "") }.map { code in
            let rijen = groepen[code] ?? []
            return Segmentuitnutting(
                segment: rijen.first?.segment, toewijzingen: rijen.reduce(0) { $0 + $1.toewijzingen },
                verplichting: rijen.reduce(0) { $0 + $1.verplichting },
                gedeclareerd: rijen.reduce(0) { $0 + $1.gedeclareerd },
                zonderTarief: rijen.reduce(0) { $0 + $1.zonderTarief })
        }
    }
}
