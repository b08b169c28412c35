import Berichten
import Foundation

/// One row of the scenario table in `Fixtures/regels/README.md`: the messages to process in
/// order and what the last one (and any annotated earlier one) must yield.
struct Regelscenario: Sendable {
    /// A finding as the table writes it: `TR307 9307` (rejecting) or `BD001 signaal`.
    struct Verwachting: Hashable, Sendable, Comparable, CustomStringConvertible {
        let regel: String
        /// `nil` for a signal.
        let retourCode: String?

        init(regel: String, retourCode: String?) {
            self.regel = regel
            self.retourCode = retourCode
        }

        init(_ bevinding: Bevinding) {
            self.init(regel: bevinding.regel, retourCode: bevinding.isSignaal ? nil : bevinding.retourCode.rawValue)
        }

        init?(tekst: String) {
            let delen = tekst.split(separator: " ").map(String.init)
            guard delen.count == 2 else { return nil }
            self.init(regel: delen[0], retourCode: delen[1] == "signaal" ? nil : delen[1])
        }

        var description: String { "\(regel) \(retourCode ?? "signaal")" }

        static func < (lhs: Verwachting, rhs: Verwachting) -> Bool { lhs.description < rhs.description }
    }

    struct Stap: Sendable {
        /// Path below `Fixtures/regels/`.
        let bestand: String
        let verwacht: Set<Verwachting>
    }

    /// A local rule set differently than in the config file; `nil` removes the setting.
    struct Instelling: Sendable {
        let regel: String
        let waarde: LokaleRegelInstelling?
    }

    let naam: String
    /// `regio` or the name of a folder under `Fixtures/regels/config/`.
    let config: String
    let instellingen: [Instelling]
    let stappen: [Stap]
    let uitkomst: Verwerkingsuitkomst.Soort
    var verwacht: Set<Verwachting> { stappen.last?.verwacht ?? [] }

    static let map = TestOmgeving.pad("regels")

    var configPad: String {
        config == "regio" ? TestOmgeving.root + "/config/regio.toml" : "\(Self.map)/config/\(config)/regio.toml"
    }

    /// All scenarios of the table, by name; a malformed row becomes a parse problem.
    static let tabel: (scenarios: [String: Regelscenario], problemen: [String]) = {
        guard let readme = try? String(contentsOfFile: map + "/README.md", encoding: .utf8) else {
            return ([:], ["Fixtures/regels/README.md is niet leesbaar"])
        }
        var scenarios: [String: Regelscenario] = [:]
        var problemen: [String] = []
        for regel in readme.split(separator: "\n") where regel.hasPrefix("| `") {
            let cellen = regel.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            do {
                let scenario = try Regelscenario(cellen: cellen)
                if scenarios.updateValue(scenario, forKey: scenario.naam) != nil {
                    problemen.append("\(scenario.naam) staat er twee keer")
                }
            } catch {
                problemen.append("\(regel): \(error)")
            }
        }
        return (scenarios, problemen)
    }()

    static var namen: [String] { tabel.scenarios.keys.sorted() }

    private init(cellen: [String]) throws {
        guard cellen.count == 5 else { throw TestFout("verwacht 5 kolommen, gevonden \(cellen.count)") }
        naam = cellen[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        let config = cellen[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        self.config = config[0]
        instellingen = try config.dropFirst().map(Self.instelling)
        let laatste = try Self.verwachtingen(cellen[4])
        var stappen = try Self.buitenHaken(cellen[2]).map(Self.stap)
        guard let eind = stappen.popLast() else { throw TestFout("geen stappen") }
        self.stappen = stappen + [Stap(bestand: eind.bestand, verwacht: laatste)]
        guard let uitkomst = Verwerkingsuitkomst.Soort(rawValue: cellen[3]) else {
            throw TestFout("onbekende uitkomst \(cellen[3])")
        }
        self.uitkomst = uitkomst
    }

    /// Splits on commas that are not inside `[…]`.
    private static func buitenHaken(_ tekst: String) -> [String] {
        var delen = [""]
        var diepte = 0
        for teken in tekst {
            if teken == "[" { diepte += 1 } else if teken == "]" { diepte -= 1 }
            if teken == ",", diepte == 0 { delen.append("") } else { delen[delen.count - 1].append(teken) }
        }
        return delen
    }

    private static func stap(_ tekst: String) throws -> Stap {
        let delen = tekst.split(separator: "[", maxSplits: 1)
        let bestand = delen[0].trimmingCharacters(in: CharacterSet(charactersIn: "` "))
        let verwacht = delen.count > 1 ? try verwachtingen(String(delen[1].dropLast())) : []
        return Stap(bestand: bestand, verwacht: verwacht)
    }

    private static func verwachtingen(_ tekst: String) throws -> Set<Verwachting> {
        if tekst == "geen" { return [] }
        return Set(
            try tekst.split(separator: ",").map {
                let deel = $0.trimmingCharacters(in: .whitespaces)
                guard let verwachting = Verwachting(tekst: deel) else {
                    throw TestFout("onleesbare verwachting '\(deel)'")
                }
                return verwachting
            })
    }

    private static func instelling(_ tekst: String) throws -> Instelling {
        let delen = tekst.split(separator: " ").map(String.init)
        switch (delen.count, delen.dropFirst().first) {
        case (2, "standaard"?):
            return Instelling(regel: delen[0], waarde: nil)
        case (2, let actie?), (3, let actie?):
            guard let actie = LokaleRegelActie(rawValue: actie) else { throw TestFout("onbekende actie in '\(tekst)'") }
            return Instelling(
                regel: delen[0],
                waarde: LokaleRegelInstelling(actie: actie, retourCode: delen.count == 3 ? RetourCode(delen[2]) : nil))
        default:
            throw TestFout("onleesbare instelling '\(tekst)'")
        }
    }

    /// The region configuration of the scenario, with its local-rule settings applied.
    func laadConfiguratie() throws -> Regioconfiguratie {
        guard let basis = ConfiguratieLader.laad(pad: configPad).configuratie else {
            throw TestFout("\(configPad) laadt niet")
        }
        var regels = basis.lokaleRegels
        for instelling in instellingen { regels[instelling.regel] = instelling.waarde }
        return Regioconfiguratie(
            naam: basis.naam, gemeenten: basis.gemeenten, segmenten: basis.segmenten, producten: basis.producten,
            aanbieders: basis.aanbieders, contracten: basis.contracten, tarieven: basis.tarieven,
            plafonds: basis.plafonds,
            lokaleRegels: regels, gemeentecodes: basis.gemeentecodes)
    }
}
