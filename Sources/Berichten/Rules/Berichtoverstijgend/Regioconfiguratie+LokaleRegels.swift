extension Regioconfiguratie {
    /// A finding of a local contract rule, shaped by the region's setting: none when the rule
    /// is `uit`, a signal when `signaleren`, a rejection with the configured code when `afwijzen`.
    func lokaleBevinding(
        _ regel: Regel, _ positie: Bronpositie, _ doel: Klassedoel, gevonden: String, verwacht: String,
        toelichting: String
    ) -> Bevinding? {
        let instelling = instelling(lokaleRegel: regel.code)
        switch instelling.actie {
        case .uit:
            return nil
        case .signaleren:
            return regel.bevinding(
                positie, doel: doel, gevonden: gevonden, verwacht: verwacht, toelichting: toelichting, signaal: true)
        case .afwijzen:
            return regel.bevinding(
                positie, doel: doel, gevonden: gevonden, verwacht: verwacht, toelichting: toelichting,
                retourCode: instelling.retourCode ?? .geenOpmerking)
        }
    }
}
