/// Tracks where a streaming reader is in the document, as an element path.
struct XMLPath {
    private struct Level {
        let name: String
        let index: Int
        var childCounts: [(name: String, count: Int)] = []
    }

    private var levels: [Level] = []
    /// Element names shown with their position (`Prestatie[3]`) even when first.
    private let repeating: Set<String>

    init(repeating: Set<String>) {
        self.repeating = repeating
    }

    var depth: Int { levels.count }

    mutating func push(_ name: String) {
        var index = 1
        if !levels.isEmpty {
            let parent = levels.count - 1
            if let slot = levels[parent].childCounts.firstIndex(where: { $0.name == name }) {
                levels[parent].childCounts[slot].count += 1
                index = levels[parent].childCounts[slot].count
            } else {
                levels[parent].childCounts.append((name, 1))
            }
        }
        levels.append(Level(name: name, index: index))
    }

    mutating func pop() {
        if !levels.isEmpty { levels.removeLast() }
    }

    /// Index of the innermost element among its same-named siblings (1-based).
    var currentIndex: Int { levels.last?.index ?? 0 }

    var description: String {
        if levels.isEmpty { return "/" }
        var result = ""
        for level in levels {
            result += "/"
            result += level.name
            if level.index > 1 || repeating.contains(level.name) {
                result += "[\(level.index)]"
            }
        }
        return result
    }

    /// `/jw301:Bericht/jw301:Client` → `/Bericht/Client`.
    static func removingPrefixes(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> Substring in
            if let colon = segment.firstIndex(of: ":") { return segment[segment.index(after: colon)...] }
            return segment
        }.joined(separator: "/")
    }
}
