package import Berichten

/// What `berichtd genereer` should make: how many clients, which months, how big the 323s may
/// get, how many prestaties are deliberately wrong, and the seed that fixes every choice.
package struct Generatieopdracht: Sendable {
    /// Number of clients; every client gets one 301 with one to ``maxProductenPerClient`` products.
    package var clienten: Int
    /// Number of declaratieperiodes (calendar months), starting at ``eersteMaand``.
    package var maanden: Int
    /// First declaratieperiode. Fixed by default so that the same seed gives the same bytes on any day.
    package var eersteMaand: Maand
    /// Largest number of prestaties in one 323; `nil`: no limit.
    package var prestatiesPerBestand: Int?
    /// Largest size of one 323 in bytes; `nil`: no limit (the reader refuses more than 25 MiB, OP179).
    package var maxBytesPerBestand: Int?
    /// Share of prestaties (0…1) that get one deliberate fault (wrong tariff, volume over the
    /// toewijzing, or a product period before the toewijzing).
    package var foutaandeel: Double
    package var seed: UInt64
    /// Laws to generate for; empty means both.
    package var wetten: Set<Wet>
    /// Only these aanbieders (AGB); empty means every contracted aanbieder.
    package var aanbieders: Set<String>
    /// Only these gemeenten (CBS code); empty means every gemeente of the region.
    package var gemeenten: Set<String>
    /// Upper bound of the number of ToegewezenProducten per client.
    package var maxProductenPerClient: Int
    /// Also write the aanbieders' starts (305) and stops (307), with realistic waiting times.
    package var startStop: Bool

    package init(
        clienten: Int, maanden: Int = 1, eersteMaand: Maand = Generatieopdracht.standaardEersteMaand,
        prestatiesPerBestand: Int? = nil, maxBytesPerBestand: Int? = nil, foutaandeel: Double = 0.0,
        seed: UInt64 = 1, wetten: Set<Wet> = [], aanbieders: Set<String> = [], gemeenten: Set<String> = [],
        maxProductenPerClient: Int = 3, startStop: Bool = false
    ) {
        self.clienten = clienten
        self.maanden = maanden
        self.eersteMaand = eersteMaand
        self.prestatiesPerBestand = prestatiesPerBestand
        self.maxBytesPerBestand = maxBytesPerBestand
        self.foutaandeel = foutaandeel
        self.seed = seed
        self.wetten = wetten
        self.aanbieders = aanbieders
        self.gemeenten = gemeenten
        self.maxProductenPerClient = maxProductenPerClient
        self.startStop = startStop
    }

    /// November 2025: twelve months from then end with October 2026, declared in November 2026, before today.
    package static let standaardEersteMaand = Maand(jaar: 2025, maand: 11)
}
