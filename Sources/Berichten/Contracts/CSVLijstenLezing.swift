/// Reading the three CSV files that `[regio]` names: the CBS gemeentecodes, the product code
/// list and the contract tariffs. Every problem names the CSV file and the line of the row.
extension Configuratieopbouw {
    static let gemeentecodeKolommen = ["code", "naam", "ingangsdatum", "einddatum"]
    static let productKolommen = ["wet", "categorie", "code", "omschrijving", "segment", "eenheid"]
    static let tariefKolommen = [
        "wet", "productcode", "eenheid", "tarief_cent", "ingangsdatum", "einddatum", "aanbieder", "gemeente",
    ]

    static let eenheden = Eenheid.allCases.map(\.rawValue).joined(separator: ", ")

    mutating func leesGemeentecodes(_ regio: TOMLSectie) {
        guard let tabel = leesCSV("gemeentecodes", van: regio, kolommen: Self.gemeentecodeKolommen) else { return }
        var codes: Set<String> = []
        var eerder: [String: [(geldigheid: Geldigheid, regel: Int)]] = [:]
        for rij in tabel.rijen {
            let code = rij["code"]
            let geldigheid = periode(rij, in: tabel)
            guard Codevorm.cijfers(code, aantal: 4) else {
                meld(tabel, rij, "code '\(code)' is geen CBS-gemeentecode van 4 cijfers (met voorloopnullen)")
                continue
            }
            codes.insert(code)
            if rij["naam"].isEmpty { meld(tabel, rij, "naam is leeg") }
            guard let geldigheid, !rij["naam"].isEmpty else { continue }
            if let overlap = eerder[code, default: []].first(where: { overlapt($0.geldigheid, geldigheid) }) {
                meld(
                    tabel, rij,
                    "code \(code) staat al op regel \(overlap.regel) met een geldigheid die hiermee overlapt")
                continue
            }
            eerder[code, default: []].append((geldigheid, rij.regel))
            gemeentecodes.append(CBSGemeentecode(code: code, naam: rij["naam"], geldigheid: geldigheid))
        }
        cbsCodes = codes
    }

    mutating func leesProducten(_ regio: TOMLSectie) {
        guard let tabel = leesCSV("producten", van: regio, kolommen: Self.productKolommen) else { return }
        productenGelezen = true
        for rij in tabel.rijen {
            let wet = wet(rij, in: tabel)
            let categorie = rij["categorie"]
            let code = rij["code"]
            var goed = wet != nil
            if !Codevorm.cijfers(categorie, aantal: 2) {
                meld(tabel, rij, "categorie '\(categorie)' moet 2 cijfers zijn")
                goed = false
            } else if let wet, !Productcategorie.bestaat(categorie, wet: wet) {
                meld(
                    tabel, rij,
                    "categorie \(categorie) bestaat niet voor de \(wet.naam) (\(Productcategorie.lijst(wet: wet)))")
                goed = false
            }
            if code.isEmpty || code.count > 5 {
                meld(tabel, rij, "code '\(code)' moet 1 tot 5 tekens zijn")
                goed = false
            } else if Codevorm.cijfers(categorie, aantal: 2), !code.hasPrefix(categorie) {
                meld(tabel, rij, "code \(code) begint niet met de categorie \(categorie)")
                goed = false
            }
            if rij["omschrijving"].isEmpty {
                meld(tabel, rij, "omschrijving is leeg")
                goed = false
            }
            let segmentcode = rij["segment"]
            if segmentsecties[segmentcode] == nil {
                meld(tabel, rij, "segment '\(segmentcode)' bestaat niet in \(tomlNaam)")
                goed = false
            } else if let wet, let segment = segmentIndex[segmentcode], segment.wet != wet {
                meld(tabel, rij, "wet \(wet.rawValue) past niet bij segment \(segmentcode) (\(segment.wet.rawValue))")
                goed = false
            }
            let eenheid = eenheid(rij, in: tabel)
            guard let wet, !code.isEmpty else { continue }
            let sleutel = Productsleutel(wet: wet, code: code)
            if let regel = productregels[sleutel] {
                meld(tabel, rij, "product \(code) (\(wet.rawValue)) staat al op regel \(regel)")
                continue
            }
            bekendeProducten.insert(sleutel)
            productregels[sleutel] = rij.regel
            guard goed, let eenheid else { continue }
            let product = Productdefinitie(
                wet: wet, categorie: categorie, code: code, omschrijving: rij["omschrijving"], segment: segmentcode,
                eenheid: eenheid)
            producten.append(product)
            productIndex[sleutel] = product
        }
    }

    mutating func leesTarieven(_ regio: TOMLSectie) {
        guard let tabel = leesCSV("tarieven", van: regio, kolommen: Self.tariefKolommen) else { return }
        tarievenGelezen = true
        let productenNaam = korteNaam("producten")
        for rij in tabel.rijen {
            let wet = wet(rij, in: tabel)
            let code = rij["productcode"]
            var goed = wet != nil
            var product: Productdefinitie?
            if code.isEmpty {
                meld(tabel, rij, "productcode is leeg")
                goed = false
            } else if let wet {
                let sleutel = Productsleutel(wet: wet, code: code)
                productenMetTarief.insert(sleutel)
                product = productIndex[sleutel]
                if productenGelezen, !bekendeProducten.contains(sleutel) {
                    meld(tabel, rij, "product \(code) (\(wet.rawValue)) staat niet in \(productenNaam)")
                    goed = false
                }
            }
            let eenheid = eenheid(rij, in: tabel)
            if let product, let eenheid, product.eenheid != eenheid {
                meld(
                    tabel, rij,
                    "eenheid \(eenheid.codeEnOmschrijving) wijkt af van de eenheid van product \(code):"
                        + " \(product.eenheid.codeEnOmschrijving)")
                goed = false
            }
            if let product, let segment = segmentIndex[product.segment], segment.bekostiging == .taakgericht {
                meld(
                    tabel, rij,
                    "product \(code) hoort bij het taakgerichte segment \(segment.code) en mag geen tarief hebben"
                        + " (er wordt niet per cliënt gedeclareerd)")
                goed = false
            }
            let centen = rij["tarief_cent"]
            let bedrag = centen.utf8.allSatisfy({ (48...57).contains($0) }) ? Int64(centen) : nil
            if bedrag == nil {
                meld(tabel, rij, "tarief_cent '\(centen)' moet een geheel, niet-negatief aantal eurocenten zijn")
            }
            let geldigheid = periode(rij, in: tabel)
            if let geldigheid {
                if geldigheid.van.dag != 1 {
                    meld(
                        tabel, rij,
                        "ingangsdatum \(geldigheid.van) valt niet op de 1e van een maand (tarieven wijzigen per maand)")
                    goed = false
                }
                if let tot = geldigheid.tot, tot != tot.laatsteVanMaand {
                    meld(
                        tabel, rij,
                        "einddatum \(tot) is niet de laatste dag van een maand (tarieven wijzigen per maand)")
                    goed = false
                }
            }
            let aanbieder = rij["aanbieder"]
            if !aanbieder.isEmpty, aanbiedersecties[aanbieder] == nil {
                meld(tabel, rij, "aanbieder '\(aanbieder)' bestaat niet (geen [[aanbieder]] in \(tomlNaam))")
                goed = false
            }
            let gemeente = rij["gemeente"]
            if !gemeente.isEmpty, gemeentesecties[gemeente] == nil {
                meld(tabel, rij, "gemeente '\(gemeente)' hoort niet bij de regio (geen [[gemeente]] in \(tomlNaam))")
                goed = false
            }
            guard goed, let wet, let eenheid, let bedrag, let geldigheid else { continue }
            let tarief = Tarief(
                wet: wet, productCode: code, eenheid: eenheid, centPerEenheid: bedrag, geldigheid: geldigheid,
                aanbieder: aanbieder.isEmpty ? nil : aanbieder, gemeente: gemeente.isEmpty ? nil : gemeente)
            tarieven.append((tarief, rij.regel))
        }
    }

    // MARK: - Fields

    mutating func meld(_ tabel: CSVTabel, _ rij: CSVRij, _ melding: String) {
        problemen.meld(tabel.bestand, rij.regel, melding)
    }

    mutating func wet(_ rij: CSVRij, in tabel: CSVTabel) -> Wet? {
        guard let wet = Wet(rawValue: rij["wet"]) else {
            meld(tabel, rij, "wet '\(rij["wet"])' is onbekend (jeugdwet of wmo)")
            return nil
        }
        return wet
    }

    mutating func eenheid(_ rij: CSVRij, in tabel: CSVTabel) -> Eenheid? {
        guard let eenheid = Eenheid(rawValue: rij["eenheid"]) else {
            meld(tabel, rij, "eenheid '\(rij["eenheid"])' is geen WJ756-code (\(Self.eenheden))")
            return nil
        }
        return eenheid
    }

    /// `ingangsdatum` (required) and `einddatum` (empty: open-ended), in order.
    mutating func periode(_ rij: CSVRij, in tabel: CSVTabel) -> Geldigheid? {
        let ingang = Datum(rij["ingangsdatum"])
        if ingang == nil {
            meld(
                tabel, rij,
                rij["ingangsdatum"].isEmpty
                    ? "ingangsdatum is leeg" : "ingangsdatum '\(rij["ingangsdatum"])' is geen datum (JJJJ-MM-DD)")
        }
        var einde: Datum?
        if !rij["einddatum"].isEmpty {
            einde = Datum(rij["einddatum"])
            if einde == nil {
                meld(tabel, rij, "einddatum '\(rij["einddatum"])' is geen datum (JJJJ-MM-DD)")
                return nil
            }
        }
        guard let ingang else { return nil }
        if let einde, einde < ingang {
            meld(tabel, rij, "einddatum \(einde) ligt vóór ingangsdatum \(ingang)")
            return nil
        }
        return Geldigheid(van: ingang, tot: einde)
    }

    /// Whether two ranges share at least one day.
    func overlapt(_ a: Geldigheid, _ b: Geldigheid) -> Bool {
        (b.tot.map { a.van <= $0 } ?? true) && (a.tot.map { b.van <= $0 } ?? true)
    }
}
