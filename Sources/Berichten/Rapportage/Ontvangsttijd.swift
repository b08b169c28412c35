import Foundation

/// Receipt timestamps as the store keeps them (ISO 8601 in UTC, `2026-11-23T01:29:00Z`) in a
/// local time zone: which local day a message belongs to, and the UTC range of a local day.
struct Ontvangsttijd: Sendable {
    let tijdzone: TimeZone

    /// Seconds since 1970 of a stored timestamp; `nil` when it is not in that form.
    static func seconden(_ iso: String) -> Int? {
        let tekens = Array(iso.utf8)
        guard tekens.count >= 19, let datum = Datum(iso.prefix(10)) else { return nil }
        func getal(_ bereik: Range<Int>) -> Int? { Int(String(decoding: tekens[bereik], as: UTF8.self)) }
        guard let uur = getal(11..<13), let minuut = getal(14..<16), let seconde = getal(17..<19) else { return nil }
        var verschuiving = 0
        if let index = tekens[19...].firstIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }),
            tekens.count >= index + 6, let uren = getal(index + 1..<index + 3),
            let minuten = getal(index + 4..<index + 6)
        {
            verschuiving = (uren * 3600 + minuten * 60) * (tekens[index] == UInt8(ascii: "+") ? 1 : -1)
        }
        return datum.dagnummer * 86_400 + uur * 3600 + minuut * 60 + seconde - verschuiving
    }

    func lokaleDatum(_ iso: String) -> Datum? {
        Self.seconden(iso).map { Datum(dagnummer: Self.dagen(lokaal($0))) }
    }

    /// `2026-11-23 02:29:00` in the local time zone; the stored text when it cannot be read.
    func lokaleTijd(_ iso: String) -> String {
        guard let seconden = Self.seconden(iso) else { return iso }
        let lokaal = lokaal(seconden)
        let inDag = lokaal - Self.dagen(lokaal) * 86_400
        func twee(_ waarde: Int) -> String { waarde < 10 ? "0\(waarde)" : "\(waarde)" }
        return
            "\(Datum(dagnummer: Self.dagen(lokaal))) \(twee(inDag / 3600)):\(twee(inDag % 3600 / 60)):\(twee(inDag % 60))"
    }

    /// The UTC timestamps of the local midnight that begins `datum` and the one that ends it.
    func grenzen(_ datum: Datum) -> (van: String, tot: String) {
        (Self.iso(middernacht(datum)), Self.iso(middernacht(datum.plus(dagen: 1))))
    }

    private func lokaal(_ seconden: Int) -> Int {
        seconden + tijdzone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconden)))
    }

    private func middernacht(_ datum: Datum) -> Int {
        let lokaal = datum.dagnummer * 86_400
        var utc = lokaal - tijdzone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(lokaal)))
        utc = lokaal - tijdzone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        return utc
    }

    private static func dagen(_ seconden: Int) -> Int {
        seconden >= 0 ? seconden / 86_400 : (seconden - 86_399) / 86_400
    }

    /// `2026-11-23T01:29:00Z`: seconds since 1970 as the store keeps them.
    static func iso(_ seconden: Int) -> String {
        let dag = dagen(seconden)
        let rest = seconden - dag * 86_400
        func twee(_ waarde: Int) -> String { waarde < 10 ? "0\(waarde)" : "\(waarde)" }
        return "\(Datum(dagnummer: dag))T\(twee(rest / 3600)):\(twee(rest % 3600 / 60)):\(twee(rest % 60))Z"
    }
}
