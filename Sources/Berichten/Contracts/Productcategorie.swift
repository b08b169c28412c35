/// The product categories of release 3.2 per law: iJw JZ020 (31–38, 40–55) and iWmo WMO020 (01–18).
enum Productcategorie {
    static func bestaat(_ categorie: String, wet: Wet) -> Bool {
        guard Codevorm.cijfers(categorie, aantal: 2), let nummer = Int(categorie) else { return false }
        switch wet {
        case .jeugdwet: return (31...38).contains(nummer) || (40...55).contains(nummer)
        case .wmo: return (1...18).contains(nummer)
        }
    }

    /// `JZ020: 31–38, 40–55` / `WMO020: 01–18`, for messages.
    static func lijst(wet: Wet) -> String {
        wet == .jeugdwet ? "JZ020: 31–38, 40–55" : "WMO020: 01–18"
    }
}
