public import Foundation

/// Production monitoring per gemeente and the auditors' rejection report, generated from the
/// store. `werkBij` runs after every batch and rewrites only what the new messages touched;
/// `genereer` (`berichtd report`) rewrites everything in a chosen scope. Every file is a
/// function of the store, the region config and the peildatum, written atomically, so a lost
/// file can always be made again.
///
/// - `spool/monitoring/<gemeente>/productie-<jaar>`, `plafonds-<jaar>`, `toewijzingen`
/// - `spool/monitoring/regio/segmenten-<jaar>`, `gemeenten-<jaar>`, `plafonds-<jaar>`
/// - `spool/monitoring/<gemeente>/` and `regio/`: `in-zorg`, `wachttijden-<jaar>`, `stops-<jaar>`
///   (starts and stops, 305/307; only once the store holds one)
///   (each as `.csv` for spreadsheets and `.json` for machines)
/// - `spool/monitoring/<gemeente>/index.html`, `spool/monitoring/regio/index.html`: the
///   dashboards of the peildatum's year, drawn from the same rows
/// - `spool/reports/<yyyy-mm-dd>/afwijzingen.{html,csv}` and `afwijzingen-<gemeente>.{html,csv}`
public struct Monitoring: Sendable {
    public let opslag: Berichtenopslag
    public let config: Regioconfiguratie
    public let spool: Spool
    /// Decides on which (local) day a message was processed.
    public let tijdzone: TimeZone

    public init(opslag: Berichtenopslag, config: Regioconfiguratie, spool: Spool, tijdzone: TimeZone = .current) {
        self.opslag = opslag
        self.config = config
        self.spool = spool
        self.tijdzone = tijdzone
    }

    public init(verwerker: Verwerker, tijdzone: TimeZone = .current) {
        self.init(opslag: verwerker.opslag, config: verwerker.config, spool: verwerker.spool, tijdzone: tijdzone)
    }

    var monitoringMap: String { spool.root + "/monitoring" }
    var rapportenMap: String { spool.root + "/reports" }
    var tijd: Ontvangsttijd { Ontvangsttijd(tijdzone: tijdzone) }
    private var stand: Monitoringstand { Monitoringstand(pad: spool.stateDirectory + "/monitoring.stand") }

    /// After a batch: rewrites the files of the messages stored since the previous update (kept
    /// in `spool/state/monitoring.stand`): production and toewijzingen of the gemeenten they
    /// concern, ceilings and regional figures of the years they touch and of the peildatum's year,
    /// and the reports of their processing days. Nothing new: nothing is written. The first
    /// call (no `monitoring.stand`) regenerates everything. Holds the `MonitoringLock`: waits
    /// for it, or with `wachten: false` throws `MonitoringLock.Bezet` while another process
    /// writes the monitoring.
    @discardableResult
    public func werkBij(peildatum: Datum = Verwerker.systeemdatum(), wachten: Bool = true) throws -> Bijwerking {
        let slot = try MonitoringLock(spool: spool, wachten: wachten)
        return try withExtendedLifetime(slot) { try bijwerken(peildatum: peildatum) }
    }

    private func bijwerken(peildatum: Datum) throws -> Bijwerking {
        let tot = try opslag.werkTotalenBij()
        let vorige = stand.lees()
        let wijzigingen = try opslag.wijzigingen(na: vorige ?? .max, tot: tot)
        guard let vorige, vorige <= wijzigingen.laatsteID else { return try maak(.alles, peildatum: peildatum) }
        guard !wijzigingen.berichten.isEmpty else { return Bijwerking() }
        var bijwerking = Bijwerking()
        for item in wijzigingen.productie.sorted(by: { ($0.gemeente, $0.jaar) < ($1.gemeente, $1.jaar) })
        where Self.isGemeentecode(item.gemeente) {
            bijwerking.monitoring += try schrijfProductie(gemeente: item.gemeente, jaar: item.jaar)
        }
        var toewijzingen: [String: [Toewijzingsstand]] = [:]
        for gemeente in wijzigingen.toewijzingGemeenten.sorted() where Self.isGemeentecode(gemeente) {
            let standen = try toewijzingsstanden(gemeente: gemeente, peildatum: peildatum)
            toewijzingen[gemeente] = standen
            bijwerking.monitoring += try schrijfToewijzingen(gemeente: gemeente, standen: standen, peildatum: peildatum)
        }
        let configGemeenten = config.gemeenten.map(\.code)
        let zorg = try zorgmonitoring(
            gemeenten: Set(configGemeenten).union(try opslag.gemeentenMetGegevens()).filter(Self.isGemeentecode)
                .sorted(),
            regio: true, peildatum: peildatum)
        for jaar in Set(wijzigingen.productie.map(\.jaar)).union([peildatum.jaar]).sorted() {
            let toekenningen = try jaartoekenningen(jaar)
            bijwerking.monitoring += try schrijfPlafonds(
                jaar: jaar, gemeenten: configGemeenten, regio: true, peildatum: peildatum, toekenningen: toekenningen)
            guard jaar == peildatum.jaar else { continue }
            // Every config gemeente's dashboard shows the regional ceilings; others change only with their own data.
            let geraakt = Set(wijzigingen.productie.map(\.gemeente)).union(wijzigingen.toewijzingGemeenten)
                .union(wijzigingen.berichten.compactMap(\.gemeente))
            let gemeenten = Set(configGemeenten).union(try opslag.gemeentenMetGegevens()).intersection(
                geraakt.union(configGemeenten))
            bijwerking.monitoring += try schrijfDashboards(
                gemeenten: gemeenten.filter(Self.isGemeentecode).sorted(), regio: true, peildatum: peildatum,
                toekenningen: toekenningen, toewijzingen: toewijzingen, zorg: zorg)
        }
        bijwerking.monitoring += try schrijfZorgmonitoring(zorg)
        var dagen: [Datum: Set<String>] = [:]
        for bericht in wijzigingen.berichten {
            guard let dag = tijd.lokaleDatum(bericht.ontvangenOp) else { continue }
            dagen[dag, default: []].formUnion(bericht.gemeente.map { [$0] } ?? [])
        }
        for (dag, gemeenten) in dagen.sorted(by: { $0.key < $1.key }) {
            bijwerking.rapporten += try schrijfRapporten(dag: dag, gemeenten: gemeenten, regio: true)
        }
        try stand.schrijf(wijzigingen.laatsteID)
        return bijwerking
    }

    /// Rewrites every file in `bereik`: monitoring of each year the period touches (or each
    /// year with production and the peildatum's year) and the reports of each processing day in
    /// the period (or every day with messages). With a gemeente, only that gemeente's files.
    /// Everything (`.alles`) also moves the stand, so the next `werkBij` starts from here.
    /// Waits for the `MonitoringLock`.
    @discardableResult
    public func genereer(
        _ bereik: Rapportbereik = .alles, peildatum: Datum = Verwerker.systeemdatum()
    ) throws -> Bijwerking {
        let slot = try MonitoringLock(spool: spool, wachten: true)
        return try withExtendedLifetime(slot) { try maak(bereik, peildatum: peildatum) }
    }

    private func maak(_ bereik: Rapportbereik, peildatum: Datum) throws -> Bijwerking {
        let tot = try opslag.werkTotalenBij()
        let laatste = bereik == .alles ? tot : nil
        var bijwerking = Bijwerking()
        let jaren =
            try bereik.periode.map { Array($0.begindatum.jaar...$0.einddatum.jaar) }
            ?? Set(opslag.productiejaren()).union([peildatum.jaar]).sorted()
        let gemeenten =
            try bereik.gemeente.map { [$0] }
            ?? Set(config.gemeenten.map(\.code)).union(opslag.gemeentenMetGegevens()).sorted()
        let geldig = gemeenten.filter(Self.isGemeentecode)
        var dezeToekenningen: Jaartoekenningen?
        for jaar in jaren {
            for gemeente in geldig {
                bijwerking.monitoring += try schrijfProductie(gemeente: gemeente, jaar: jaar)
            }
            let toekenningen = try jaartoekenningen(jaar)
            bijwerking.monitoring += try schrijfPlafonds(
                jaar: jaar, gemeenten: geldig, regio: bereik.gemeente == nil, peildatum: peildatum,
                toekenningen: toekenningen)
            if jaar == peildatum.jaar { dezeToekenningen = toekenningen }
        }
        var toewijzingen: [String: [Toewijzingsstand]] = [:]
        for gemeente in geldig {
            let standen = try toewijzingsstanden(gemeente: gemeente, peildatum: peildatum)
            toewijzingen[gemeente] = standen
            bijwerking.monitoring += try schrijfToewijzingen(gemeente: gemeente, standen: standen, peildatum: peildatum)
        }
        let zorg = try zorgmonitoring(gemeenten: geldig, regio: bereik.gemeente == nil, peildatum: peildatum)
        if let dezeToekenningen {
            bijwerking.monitoring += try schrijfDashboards(
                gemeenten: geldig, regio: bereik.gemeente == nil, peildatum: peildatum, toekenningen: dezeToekenningen,
                toewijzingen: toewijzingen, zorg: zorg)
        }
        bijwerking.monitoring += try schrijfZorgmonitoring(zorg)
        let grenzen = bereik.periode.map { (tijd.grenzen($0.begindatum).van, tijd.grenzen($0.einddatum).tot) }
        let dagen = Set(
            try opslag.ontvangstminuten(van: grenzen?.0, tot: grenzen?.1).compactMap {
                tijd.lokaleDatum($0 + ":00Z")
            }
        ).filter { dag in bereik.periode.map { $0.bevat(dag) } ?? true }
        for dag in dagen.sorted() {
            bijwerking.rapporten += try schrijfRapporten(
                dag: dag, gemeenten: bereik.gemeente.map { [$0] }, regio: bereik.gemeente == nil)
        }
        if let laatste { try stand.schrijf(laatste) }
        return bijwerking
    }

    static func isGemeentecode(_ code: String) -> Bool {
        code.utf8.count == 4 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

extension Monitoring {
    /// The update of `berichtd run`, with today as peildatum. It does not wait while
    /// `berichtd report` writes the monitoring (`MonitoringLock.Bezet`): the service tries again
    /// at the next interval, and nothing is lost, because the stand did not move.
    public static let naRonde: @Sendable (Verwerker) throws -> Void = { verwerker in
        try Monitoring(verwerker: verwerker).werkBij(wachten: false)
    }
}
