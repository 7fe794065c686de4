/// An account's balanced scorecard as of a reference date: each measure's latest actual
/// against its target, a RAG status, and weighted scores per perspective and overall.
public struct Scorecard: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var measure: Measure
        /// The value in the newest week on or before the reference date that has a row for it.
        public var actual: Double?
        /// The week that actual comes from.
        public var actualWeek: Day?
        public var note: String?
        /// actual / target when more is better, target / actual when less is better.
        public var ratio: Double?
        public var rag: RAG
    }

    public struct Perspective: Sendable, Equatable {
        public var perspective: Measure.Perspective
        public var lines: [Line]
        /// Weighted mean of the lines' points, 0...1; nil when no line has an actual.
        public var score: Double?
        /// More measures than `focus_limit`: the scorecard has lost its focus here.
        public var isOverFocusLimit: Bool
        public var rag: RAG
    }

    public var perspectives: [Perspective]
    public var overall: Double?
    public var overallRAG: RAG
    public var lines: [Line] { perspectives.flatMap(\.lines) }

    public init(account: Account, weeks: [ScorecardWeek], asOf: Day, config: SiteConfig) {
        self.init(account: account, index: ScorecardIndex(weeks: weeks), asOf: asOf, config: config)
    }

    public init(account: Account, index: ScorecardIndex, asOf: Day, config: SiteConfig) {
        let latest = Self.latestActuals(account.id, index: index, asOf: asOf)
        let lines = account.scorecard.map { measure -> Line in
            let found = latest[measure.id]
            let ratio = found.flatMap { Self.ratio(actual: $0.actual, measure: measure) }
            return Line(measure: measure, actual: found?.actual, actualWeek: found?.week, note: found?.note,
                        ratio: ratio, rag: found == nil ? .grey : config.rag.rag(forRatio: ratio))
        }
        perspectives = Measure.Perspective.allCases.compactMap { perspective in
            let own = lines.filter { $0.measure.perspective == perspective }
            guard !own.isEmpty else { return nil }
            let score = Self.score(own)
            return Perspective(perspective: perspective, lines: own, score: score,
                               isOverFocusLimit: own.count > config.focusLimit, rag: Self.rag(forScore: score))
        }
        overall = Self.score(lines)
        overallRAG = Self.rag(forScore: overall)
    }

    /// Ratio of performance to target. When less is better, an actual of 0 is on target.
    public static func ratio(actual: Double, measure: Measure) -> Double? {
        switch measure.direction {
        case .up:
            return measure.target == 0 ? (actual >= 0 ? 1 : 0) : actual / measure.target
        case .down:
            return actual <= 0 ? 1 : measure.target / actual
        }
    }

    /// Weighted mean of green 1, amber 0.5, red 0, grey lines left out.
    public static func score(_ lines: [Line]) -> Double? {
        var total = 0.0
        var weights = 0.0
        for line in lines {
            guard let points = line.rag.points, line.measure.weight > 0 else { continue }
            total += points * line.measure.weight
            weights += line.measure.weight
        }
        return weights > 0 ? total / weights : nil
    }

    /// The status nearest a score: a perspective that averages closer to green than to
    /// amber shows green, and so on. Grey when nothing was scored.
    public static func rag(forScore score: Double?) -> RAG {
        guard let score else { return .grey }
        if score >= 0.75 { return .green }
        if score >= 0.25 { return .amber }
        return .red
    }

    struct Actual {
        let actual: Double
        let week: Day
        let note: String?
    }

    /// Each measure's value in the newest week (on or before `asOf`) that has a row for it.
    static func latestActuals(_ account: String, index: ScorecardIndex, asOf: Day) -> [String: Actual] {
        var latest: [String: Actual] = [:]
        // Oldest first, so a newer week's row replaces an older one.
        for week in index.weeks(of: account) where week.date <= asOf {
            for entry in week.rows {
                latest[entry.metric] = Actual(actual: entry.actual, week: week.date, note: entry.note)
            }
        }
        return latest
    }
}
