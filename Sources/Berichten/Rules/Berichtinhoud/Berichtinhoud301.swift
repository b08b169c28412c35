/// Level-2 rules of the 301 toewijzing.
enum Berichtinhoud301 {
    typealias Controle = Regelcontrole<Toewijzingbericht>
    static let grens2021 = Datum(jaar: 2020, maand: 12, dag: 31)!
    static let onbekendeGeboortedatum = Datum(jaar: 1900, maand: 1, dag: 1)!

    /// The Client rules first, then the ToegewezenProduct rules (the order of the findings).
    static let controles: [Controle] = clientControles + productControles

    static func geboortedata(_ bericht: Toewijzingbericht) -> [(Geboortedatum, Bronpositie, Klassedoel)] {
        var result = [(bericht.client.geboortedatum, bericht.client.positie.kind("Geboortedatum"), Klassedoel.client)]
        for (index, relatie) in bericht.client.relaties.enumerated() {
            if let geboorte = relatie.geboortedatum {
                result.append((geboorte, relatie.positie.kind("Geboortedatum"), .relatie(index)))
            }
        }
        return result
    }

    static func contacten(_ bericht: Toewijzingbericht) -> [(Contact, Klassedoel)] {
        var result = bericht.client.contacten.enumerated().map { ($0.element, Klassedoel.contact($0.offset)) }
        for (index, relatie) in bericht.client.relaties.enumerated() {
            result.append((relatie.contact, .relatieContact(index)))
        }
        return result
    }

    static func isNederlandsePostcode(_ postcode: String) -> Bool {
        let bytes = Array(postcode.utf8)
        guard bytes.count == 6, (49...57).contains(bytes[0]) else { return false }
        let digits = bytes[1...3].allSatisfy { (48...57).contains($0) }
        let letters = bytes[4...5].allSatisfy { (65...90).contains($0) || (97...122).contains($0) }
        return digits && letters
    }

}
