import Foundation

/// The checks that need everything read first: region gemeenten in the CBS table, tariffs for
/// every product that is declared per client, and no two tariff rows for the same thing at once.
extension Configuratieopbouw {
    /// Every gemeente of the region must exist in the CBS gemeentecode table.
    mutating func controleerGemeentenInCBS() {
        guard let cbsCodes else { return }
        let tabel = korteNaam("gemeentecodes")
        for (code, sectie) in gemeentesecties where Codevorm.cijfers(code, aantal: 4) && !cbsCodes.contains(code) {
            sectie.meld("code \(code) staat niet in de CBS-tabel \(tabel)", bij: "code", in: &problemen)
        }
    }

    /// Every product of an inspanningsgericht or outputgericht segment needs at least one tariff
    /// (otherwise every declaratie on it gets 0611). Taakgericht products are checked per tariff row.
    /// A product in eenheid 83 (euro) has none: its prestatie carries no ProductTarief (CD087) and
    /// its amount is its volume (CS339), so TR418 does not apply to it.
    mutating func controleerTariefdekking() {
        guard tarievenGelezen, let bestand = bestandsnaam("producten") else { return }
        let tarievenNaam = korteNaam("tarieven")
        for product in producten {
            let sleutel = Productsleutel(wet: product.wet, code: product.code)
            guard let segment = segmentIndex[product.segment], segment.bekostiging != .taakgericht,
                product.eenheid != .euro,
                !productenMetTarief.contains(sleutel)
            else { continue }
            problemen.meld(
                bestand, productregels[sleutel],
                "product \(product.code) (segment \(segment.code), \(segment.bekostiging.rawValue)) heeft geen tarief in \(tarievenNaam)"
            )
        }
    }

    /// Two rows with the same wet, productcode, eenheid, aanbieder and gemeente may not be valid on the same day.
    mutating func controleerTariefoverlap() {
        guard let bestand = bestandsnaam("tarieven") else { return }
        struct Sleutel: Hashable {
            let wet: Wet, code: String, eenheid: Eenheid, aanbieder: String?, gemeente: String?
        }
        let groepen = Dictionary(grouping: tarieven) {
            Sleutel(
                wet: $0.tarief.wet, code: $0.tarief.productCode, eenheid: $0.tarief.eenheid,
                aanbieder: $0.tarief.aanbieder, gemeente: $0.tarief.gemeente)
        }
        for (_, rijen) in groepen {
            let rijen = rijen.sorted { $0.regel < $1.regel }
            for (index, rij) in rijen.enumerated() {
                guard
                    let eerder = rijen[..<index].first(where: { overlapt($0.tarief.geldigheid, rij.tarief.geldigheid) })
                else { continue }
                problemen.meld(
                    bestand, rij.regel,
                    "tarief voor \(rij.tarief.productCode) (\(tekst(rij.tarief.geldigheid))) overlapt met regel \(eerder.regel)"
                        + " (\(tekst(eerder.tarief.geldigheid))): zelfde wet, productcode, eenheid, aanbieder en gemeente"
                )
            }
        }
    }

    /// The path of a CSV file named in `[regio]` that was read, as the problems name it.
    func bestandsnaam(_ sleutel: String) -> String? { csvBestanden[sleutel] }

    /// `tarieven.csv`: the name of a CSV file that was read, for the text of a message.
    func korteNaam(_ sleutel: String) -> String {
        csvBestanden[sleutel].map { Spool.naam($0) } ?? sleutel
    }

    /// `2026-01-01 t/m 2026-12-31`, in the form the configuration writes dates.
    func tekst(_ geldigheid: Geldigheid) -> String {
        "\(geldigheid.van) t/m \(geldigheid.tot.map(String.init(describing:)) ?? "doorlopend")"
    }
}
