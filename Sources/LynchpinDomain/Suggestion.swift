/// The known id nearest to a mistyped one, for "did you mean …?": by edit distance on the
/// ids' characters, and only when near enough to be a slip (at most a third of the id's
/// length, and at most 3), so a wrong id is never answered with an unrelated one.
public enum Suggestion {
    public static func nearest(to text: String, in candidates: some Sequence<String>) -> String? {
        let typed = Array(text.lowercased().unicodeScalars)
        let limit = min(3, max(1, typed.count / 3))
        var best: (distance: Int, id: String)?
        for candidate in candidates {
            let known = Array(candidate.unicodeScalars)
            guard abs(known.count - typed.count) <= limit else { continue }
            let distance = Self.distance(typed, known)
            if distance <= limit, best.map({ (distance, candidate) < ($0.distance, $0.id) }) ?? true {
                best = (distance, candidate)
            }
        }
        return best?.id
    }

    /// Levenshtein distance, one row at a time.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// " (did you mean acme?)", or nothing.
    public static func phrase(for text: String, in candidates: some Sequence<String>) -> String {
        nearest(to: text, in: candidates).map { " (did you mean \($0)?)" } ?? ""
    }
}
