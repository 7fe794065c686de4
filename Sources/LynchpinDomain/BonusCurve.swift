/// `rewards.bonus_curve`: how a manager's overall score (a percentage) turns into bonus
/// attainment (a percentage of target bonus, never money).
public struct BonusCurve: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var score: Double
        public var payout: Double
        public init(score: Double, payout: Double) {
            self.score = score
            self.payout = payout
        }
    }

    /// Sorted by score, at least one.
    public var points: [Point]

    public init?(points: [Point]) {
        guard !points.isEmpty else { return nil }
        self.points = points.sorted { $0.score < $1.score }
    }

    /// Linear between points; below the first point its payout, beyond the last capped at
    /// the last one's.
    public func payout(forScore score: Double) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if score <= first.score { return first.payout }
        if score >= last.score { return last.payout }
        for (low, high) in zip(points, points.dropFirst()) where score <= high.score {
            guard high.score > low.score else { return high.payout }
            return low.payout + (score - low.score) / (high.score - low.score) * (high.payout - low.payout)
        }
        return last.payout
    }
}
