import Testing

@testable import Berichten

/// The 323 verdict as a tree: what the store and the 325 read, built from the same findings
/// the rules produce, without SQLite.
@Suite("Het oordeel over een 323 heeft de vorm van het bericht")
struct DeclaratieoordeelTests {
    @Test("Alles goed: 8001, het hele bedrag toegekend, geen cliënt in de 325")
    func approved() throws {
        let basis = try PrestatieregelTests.Basis()
        let oordeel = Declaratiecontrole(config: basis.config).beoordeel(basis.bericht, basis.context())
        #expect(!oordeel.isAfgewezen)
        #expect(oordeel.codes == [.volledigToegekend])
        #expect(oordeel.afgewezenClienten.isEmpty)
        let ingediend = basis.bericht.clienten.flatMap(\.prestaties).reduce(0) { $0 + $1.ingediendBedrag.getekend }
        #expect(oordeel.totaalToegekend == ingediend)
        #expect(oordeel.clienten.map(\.prestaties.count) == basis.bericht.clienten.map(\.prestaties.count))
    }

    @Test("TR304: de cliënt met zijn code, elke prestatie 0233 en niets toegekend van hem")
    func clientRejected() throws {
        let basis = try PrestatieregelTests.Basis()
        let t = basis.toewijzing
        let ander = OpgeslagenToewijzing(
            berichtID: t.berichtID, aanbieder: t.aanbieder, bsn: "111222333", nummer: t.nummer,
            referentieAanbieder: nil, product: t.product, toewijzingsdatum: t.toewijzingsdatum, toewijzingstijdMs: 0,
            ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, redenWijziging: nil, omvang: t.omvang,
            budget: t.budget)
        let oordeel = Declaratiecontrole(config: basis.config).beoordeel(
            basis.bericht, basis.context(toewijzing: ander))
        let client = try #require(oordeel.clienten.first)
        #expect(client.bevindingen.map(\.regel) == ["TR304"])
        #expect(client.codes == client.bevindingen.map(\.retourCode))
        #expect(client.prestaties.allSatisfy { $0.codes == [.nietBeoordeeld] && $0.bevindingen.isEmpty })
        #expect(oordeel.codes == [.geenOpmerking])
        #expect(oordeel.afgewezenClienten.first?.client.bsn == basis.bericht.clienten[0].bsn)
        #expect(oordeel.aantalAfgewezen >= client.prestaties.count)
        #expect(oordeel.alleBevindingen.first?.regel == "TR304")
    }

    @Test("Eén prestatie afgewezen: alleen die staat in de 325, de rest is toegekend")
    func oneRejected() throws {
        let basis = try PrestatieregelTests.Basis()
        let p = basis.prestatie
        let tarief = try #require(p.productTarief)
        let fout = PrestatieregelTests.met(p, tarief: .some(tarief + 1))
        var clienten = basis.bericht.clienten
        clienten[0] = DeclaratieClient(
            bsn: clienten[0].bsn, prestaties: [fout] + clienten[0].prestaties.dropFirst(), positie: clienten[0].positie)
        let bericht = Declaratiebericht(
            soort: basis.bericht.soort, header: basis.bericht.header, declaratie: basis.bericht.declaratie,
            clienten: clienten)
        let oordeel = Declaratiecontrole(config: basis.config).beoordeel(bericht, basis.context())
        let client = try #require(oordeel.afgewezenClienten.first)
        #expect(client.afgewezen.count == 1)
        #expect(client.afgewezen.first?.bevindingen.map(\.regel).contains("TR418") == true)
        #expect(client.codes == [.geenOpmerking])
        let ingediend = clienten.flatMap(\.prestaties).reduce(0) { $0 + $1.ingediendBedrag.getekend }
        #expect(oordeel.totaalToegekend == ingediend - fout.ingediendBedrag.getekend)
    }

    @Test("TR333: de declaratie als geheel afgewezen, geen cliënt beoordeeld")
    func declaratieRejected() throws {
        let basis = try PrestatieregelTests.Basis()
        let oordeel = Declaratiecontrole(config: basis.config).beoordeel(
            basis.bericht, Declaratiecontext(wet: .jeugdwet, declaratieNummerGebruikt: true))
        #expect(oordeel.isAfgewezen)
        #expect(oordeel.clienten.isEmpty)
        #expect(oordeel.codes == oordeel.declaratieBevindingen.map(\.retourCode))
        #expect(oordeel.declaratieBevindingen.map(\.regel) == ["TR333"])
        #expect(oordeel.totaalToegekend == 0)
    }
}
