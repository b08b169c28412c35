/// Tracks where a streaming reader is in the document, as an element path. Levels hold name
/// ids (see ``XMLNameTable``), so pushing and popping costs no string work and, once the
/// arrays have grown, no allocation; the path text is only made when asked for.
struct XMLPath {
    /// One open element: its name id, its index among same-named siblings, and where its
    /// children's counters start in `children`.
    private struct Level {
        let id: Int32
        let index: Int32
        let childStart: Int
    }

    /// A child name seen under an open element, and how often.
    private struct Child {
        let id: Int32
        var count: Int32
    }

    /// Used as stacks: only the first `depth` levels and `childCount` children are live; the
    /// rest is kept as capacity, so steady-state pushing and popping allocates nothing.
    private var levels: [Level] = []
    private var children: [Child] = []
    private(set) var depth = 0
    private var childCount = 0
    /// Element names shown with their position (`Prestatie[3]`) even when first.
    private let repeating: Set<String>
    /// Per name id: whether it is in `repeating` (filled as names appear).
    private var isRepeating: [Bool] = []
    /// `prefixes[k]` is the path text of the first `k + 1` levels, valid for `k < validPrefixes`:
    /// siblings share their parent's text, so a path costs one segment once its parent was asked.
    private var prefixes: [String] = []
    private var validPrefixes = 0

    init(repeating: Set<String>) {
        self.repeating = repeating
    }

    mutating func push(_ id: Int32) {
        var index: Int32 = 1
        if depth > 0 {
            var slot = levels[depth - 1].childStart
            while slot < childCount, children[slot].id != id { slot += 1 }
            if slot < childCount {
                children[slot].count += 1
                index = children[slot].count
            } else {
                let child = Child(id: id, count: 1)
                if childCount < children.count { children[childCount] = child } else { children.append(child) }
                childCount += 1
            }
        }
        validPrefixes = min(validPrefixes, depth)
        let level = Level(id: id, index: index, childStart: childCount)
        if depth < levels.count { levels[depth] = level } else { levels.append(level) }
        depth += 1
    }

    mutating func pop() {
        guard depth > 0 else { return }
        depth -= 1
        childCount = levels[depth].childStart
        validPrefixes = min(validPrefixes, depth)
    }

    /// Index of the innermost element among its same-named siblings (1-based).
    var currentIndex: Int { depth > 0 ? Int(levels[depth - 1].index) : 0 }

    /// `/Bericht/Client/Relatie[2]`, with the names from `names`.
    mutating func description(_ names: XMLNameTable) -> String {
        if depth == 0 { return "/" }
        while isRepeating.count < names.count {
            isRepeating.append(repeating.contains(names[Int32(isRepeating.count)]))
        }
        while prefixes.count < depth { prefixes.append("") }
        for k in validPrefixes..<depth {
            let level = levels[k]
            let showIndex = level.index > 1 || isRepeating[Int(level.id)]
            prefixes[k] = Self.join(
                k > 0 ? prefixes[k - 1] : "", names[level.id], index: showIndex ? Int(level.index) : nil)
        }
        validPrefixes = depth
        return prefixes[depth - 1]
    }

    /// `prefix + "/" + name + "[index]"`, written in one allocation.
    private static func join(_ prefix: String, _ name: String, index: Int?) -> String {
        var prefix = prefix
        var name = name
        let number = index.map(String.init) ?? ""
        let count = prefix.utf8.count + 1 + name.utf8.count + (index == nil ? 0 : number.utf8.count + 2)
        return prefix.withUTF8 { prefixBytes in
            name.withUTF8 { nameBytes in
                String(unsafeUninitializedCapacity: count) { buffer in
                    var at = 0
                    func put(_ bytes: UnsafeBufferPointer<UInt8>) {
                        for byte in bytes { buffer[at] = byte; at += 1 }
                    }
                    put(prefixBytes)
                    buffer[at] = UInt8(ascii: "/"); at += 1
                    put(nameBytes)
                    if index != nil {
                        buffer[at] = UInt8(ascii: "["); at += 1
                        for byte in number.utf8 { buffer[at] = byte; at += 1 }
                        buffer[at] = UInt8(ascii: "]"); at += 1
                    }
                    return at
                }
            }
        }
    }

    /// `/jw301:Bericht/jw301:Client` → `/Bericht/Client`.
    static func removingPrefixes(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> Substring in
            if let colon = segment.firstIndex(of: ":") { return segment[segment.index(after: colon)...] }
            return segment
        }.joined(separator: "/")
    }
}
