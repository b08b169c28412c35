import Berichten

/// Made-up but plausible names and addresses for generated clients: Dutch surnames, first
/// names, streets, and postcodes in the range of the client's gemeente.
struct Persoonsgegevens {
    let geslacht: String
    let voornaam: String
    let voorvoegsel: String?
    let achternaam: String
    let geboortedatum: Datum
    let straat: String
    let huisnummer: Int
    let postcode: String
    let plaats: String
    let telefoon: String

    var voorletter: String { String(voornaam.prefix(1)) }

    /// A person living in `gemeente`, born between `oudste` and `jongste` years before `peildatum`.
    static func maak(
        gemeente: Gemeente, leeftijden: ClosedRange<Int>, peildatum: Datum,
        achternaam gegeven: (String?, String)? = nil,
        _ random: inout SplitMix64
    ) -> Persoonsgegevens {
        let geslacht = random.kans(0.5) ? "1" : "2"
        let voornaam = random.kies(geslacht == "1" ? jongensnamen : meisjesnamen)
        let (voorvoegsel, achternaam) = gegeven ?? random.kies(achternamen)
        let leeftijd = random.getal(leeftijden)
        let geboortedatum = Datum(
            dagnummer: (peildatum.min(jaren: leeftijd + 1) ?? .eerste).dagnummer + random.getal(1...364))
        let (van, tot, plaats) = postcodegebied[gemeente.code] ?? (1000, 9999, gemeente.naam)
        let letters = Array("ABCDEGHJKLMNPRSTVWXZ")
        let postcode = String(random.getal(van...tot)) + String(random.kies(letters)) + String(random.kies(letters))
        return Persoonsgegevens(
            geslacht: geslacht, voornaam: voornaam, voorvoegsel: voorvoegsel, achternaam: achternaam,
            geboortedatum: geboortedatum, straat: random.kies(straten), huisnummer: random.getal(1...180),
            postcode: postcode, plaats: plaats, telefoon: "06" + String(random.getal(10_000_000...99_999_999)))
    }

    /// Postcode ranges and place names of the example region's gemeenten; other codes get any postcode.
    private static let postcodegebied: [String: (Int, Int, String)] = [
        "0321": (3991, 3995, "Houten"), "0353": (3400, 3404, "IJsselstein"), "0331": (3411, 3412, "Lopik"),
        "0356": (3430, 3439, "Nieuwegein"), "1961": (4130, 4145, "Vianen"), "0632": (3440, 3449, "Woerden"),
        "1581": (3940, 3972, "Driebergen-Rijsenburg"), "0355": (3700, 3709, "Zeist"),
    ]

    static let achternamen: [(String?, String)] = [
        (nil, "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), (nil, "Bakker"), (nil, "Janssen"),
        (nil, "Visser"), (nil, "Smit"), (nil, "Meijer"), ("de", "Boer"), (nil, "Mulder"), ("de", "Groot"), (nil, "Bos"),
        (nil, "Vos"), (nil, "Peters"), (nil, "Hendriks"), ("van", "Leeuwen"), (nil, "Dekker"), (nil, "Brouwer"),
        ("de", "Wit"), (nil, "Dijkstra"), (nil, "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"),
        (nil, "Kok"), (nil, "Jacobs"), ("de", "Haan"), (nil, "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"),
        ("van den", "Broek"), ("de", "Bruijn"), ("de", "Jong"), (nil, "Schouten"), (nil, "Willems"), (nil, "Hoekstra"),
        (nil, "Yilmaz"), (nil, "El Amrani"), (nil, "Kaya"), (nil, "Nguyen"), (nil, "Bouzid"), (nil, "Pinas"),
    ]
    static let jongensnamen = [
        "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Luuk", "Bram", "Thijs", "Jesse", "Ruben", "Mohamed",
        "Adam", "Liam", "Jan", "Piet", "Kees", "Henk", "Willem", "Gerrit", "Ahmet", "Youssef", "Tim", "Joris",
    ]
    static let meisjesnamen = [
        "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Anna", "Eva", "Lotte", "Fenna", "Noor",
        "Maria", "Johanna", "Cornelia", "Wilhelmina", "Fatima", "Ayse", "Ilse", "Sanne", "Lisa", "Femke", "Yara",
    ]
    static let straten = [
        "Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Beatrixstraat", "Julianalaan", "Lindelaan",
        "Rijnstraat", "Lekdijk", "Oude Dijk", "Nieuwstraat", "Stationsweg", "Wilhelminastraat", "Eikenlaan",
        "Populierenlaan", "Burg. Reigerstraat", "Vlinderhof", "Zonnebloemweg", "Boerhaavelaan", "Hoofdstraat",
    ]
}
