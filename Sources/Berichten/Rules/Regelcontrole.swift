/// A rule together with the check that finds its violations in one kind of message.
public struct Regelcontrole<Bericht>: Sendable {
    public let regel: Regel
    private let check: @Sendable (Bericht, Regel, inout [Bevinding]) -> Void

    public init(_ regel: Regel, _ check: @escaping @Sendable (Bericht, Regel, inout [Bevinding]) -> Void) {
        self.regel = regel
        self.check = check
    }

    public func controleer(_ bericht: Bericht, _ bevindingen: inout [Bevinding]) {
        check(bericht, regel, &bevindingen)
    }
}

/// Level 2 (berichtinhoud): every rule that can be checked inside one message.
public enum Berichtinhoud {
    /// All level-2 findings of a message, in rule order.
    public static func controleer(_ bericht: Bericht) -> [Bevinding] {
        var bevindingen: [Bevinding] = []
        switch bericht {
        case .toewijzing(let toewijzing):
            for controle in Berichtinhoud301.controles { controle.controleer(toewijzing, &bevindingen) }
        case .declaratie(let declaratie):
            for controle in Berichtinhoud323.controles { controle.controleer(declaratie, &bevindingen) }
        case .zorgmelding(let zorgmelding):
            for controle in Berichtinhoud305.controles { controle.controleer(zorgmelding, &bevindingen) }
        }
        return bevindingen
    }

    /// The rule codes checked for a message type.
    public static func regels(voor type: BerichtType) -> [Regel] {
        switch type {
        case .toewijzing: Berichtinhoud301.controles.map(\.regel)
        case .declaratie: Berichtinhoud323.controles.map(\.regel)
        case .startZorg: Berichtinhoud305.controles.filter { $0.regel != Regelcatalogus.tr018 }.map(\.regel)
        case .stopZorg: Berichtinhoud305.controles.map(\.regel)
        default: []
        }
    }
}
