/// The WJ001 retourcodes of release 3.2 (the same codes in iJw and iWmo), for checking the
/// retourcode a region configures for a local rule.
enum Retourcodelijst {
    static let wj001: Set<String> = [
        "0001", "0200", "0233", "0611", "8001", "8017", "8021", "8187", "8214", "8848", "9019", "9056", "9063",
        "9069", "9071", "9074", "9307", "9308", "9319", "9321", "9322", "9326", "9332", "9333", "9338", "9339",
        "9340", "9341", "9346", "9347", "9349", "9350", "9351", "9355", "9357", "9359", "9360", "9361", "9365",
        "9366", "9367", "9369", "9373", "9374", "9375", "9379", "9384", "9385", "9387", "9388", "9389", "9390",
        "9411", "9412", "9413", "9414", "9415", "S300", "S329",
    ]

    /// Codes that accept or skip a class instead of rejecting it: no use for `actie = "afwijzen"`.
    static let geenAfwijzing: Set<String> = ["0200", "0233", "8001"]
}
