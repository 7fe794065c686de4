/// The recorded decision on whether an account becomes a key account.
public struct Selection: Sendable, Equatable {
    public enum Decision: String, Sendable, CaseIterable { case key, candidate, declined }

    public var decision: Decision
    public var date: Day?
    public var by: String?
    public var note: String?

    public init(decision: Decision, date: Day? = nil, by: String? = nil, note: String? = nil) {
        self.decision = decision
        self.date = date
        self.by = by
        self.note = note
    }
}

/// One axis of the matrix criterion by criterion: what was scored, and how much of the axis
/// rests on it.
public struct CriterionBreakdown: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var criterion: Criterion
        /// 1...5; nil when not scored.
        public var score: Int?
    }

    public var items: [Item]
    public var scoredCount: Int { items.filter { $0.score != nil }.count }
    /// Fewer than half the axis's criteria scored: its position rests on too little.
    public var isThin: Bool { scoredCount * 2 < items.count }

    public init(scores: [String: Int], criteria: [Criterion]) {
        items = criteria.map { Item(criterion: $0, score: scores[$0.id]) }
    }
}
