/// A key account manager's own balanced scorecard: the measures they control, over their
/// active accounts, each account counting by its current revenue.
public struct ManagerScorecard: Sendable, Equatable {
    public struct PerspectiveScore: Sendable, Equatable {
        public var perspective: Measure.Perspective
        public var score: Double?
        public var rag: RAG
    }

    public struct TrendPoint: Sendable, Equatable {
        public var week: Day
        public var overall: Double?
    }

    /// One account's part: its perspective scores over controllable measures, and its weight.
    public struct Part: Sendable, Equatable {
        public var scores: PerspectiveScores
        public var revenue: Double
        public init(scores: PerspectiveScores, revenue: Double) {
            self.scores = scores
            self.revenue = revenue
        }
    }

    /// Every perspective, scored or not, in the scorecard's order.
    public var perspectives: [PerspectiveScore]
    public var overall: Double?
    public var overallRAG: RAG
    public var accountCount: Int
    /// Red controllable measures across the active accounts.
    public var redMeasures: Int
    /// Active accounts with no actuals in the newest scorecard week.
    public var notUpdated: Int
    public var overdueActions: Int
    /// The overall score at each of the last 8 scorecard weeks, oldest first.
    public var trend: [TrendPoint]
    /// Bonus attainment, a percentage of target bonus; nil without `rewards.bonus_curve`.
    public var bonusPayout: Double?
    /// The year's forecast over the active accounts (`ForecastTotal`).
    public var forecast: ForecastTotal

    /// - Parameter accounts: the manager's accounts; only active ones count.
    public init(accounts: [AccountAnalysis], index: ScorecardIndex, asOf: Day, config: SiteConfig) {
        let active = accounts.filter { $0.account.status == .active }
        accountCount = active.count
        let parts = active.map { Part(scores: $0.controllableScores, revenue: $0.account.revenue.current ?? 0) }
        let (scores, overall) = Self.rollUp(parts, weights: config.perspectiveWeights)
        perspectives = Measure.Perspective.allCases.map {
            PerspectiveScore(perspective: $0, score: scores[$0], rag: StatusRules.rag(forScore: scores[$0]))
        }
        self.overall = overall
        overallRAG = StatusRules.overall(score: overall, perspectives: perspectives.map(\.rag))
        redMeasures = active.reduce(0) { $0 + $1.scorecard.lineCount { $0.measure.controllable && $0.rag == .red } }
        notUpdated = active.filter(\.isNotUpdated).count
        overdueActions = active.reduce(0) { $0 + $1.overdueActions.count }
        forecast = ForecastTotal(active.compactMap { analysis in analysis.forecast.map { (analysis.account.id, $0) } })
        // Each account's past scores were worked out with its analysis, on every core, and
        // are kept by `serve` for the accounts an edit did not touch.
        trend = Self.trendWeeks(in: index, asOf: asOf).enumerated().map { offset, week in
            guard week != asOf else { return TrendPoint(week: week, overall: overall) }
            let parts = active.map { analysis in
                let kept = analysis.recentControllableScores
                let scores = offset < kept.count ? kept[offset]
                    : Scorecard.controllableScores(account: analysis.account, index: index, asOf: week, config: config)
                return Part(scores: scores, revenue: analysis.account.revenue.current ?? 0)
            }
            return TrendPoint(week: week, overall: Self.rollUp(parts, weights: config.perspectiveWeights).overall)
        }
        bonusPayout = overall.flatMap { score in config.bonusCurve?.payout(forScore: score * 100) }
    }

    /// The weeks of the trend: the last 8 scorecard weeks on or before the reference date.
    public static func trendWeeks(in index: ScorecardIndex, asOf: Day) -> [Day] {
        Array(index.dates.filter { $0 <= asOf }.suffix(8))
    }

    /// An account's controllable scores at each trend week, for its manager's trend; the
    /// reference date's own week is taken from the account's scorecard as it is.
    static func recentScores(of account: Account, current: PerspectiveScores, index: ScorecardIndex, asOf: Day,
                             config: SiteConfig) -> [PerspectiveScores] {
        trendWeeks(in: index, asOf: asOf).map { week in
            week == asOf ? current : Scorecard.controllableScores(account: account, index: index, asOf: week, config: config)
        }
    }

    /// Per perspective, the mean of the accounts' scores weighted by revenue (equally where
    /// every such revenue is 0), accounts with no score there left out; overall, the
    /// perspectives' weighted mean, as for an account.
    public static func rollUp(_ parts: [Part], weights: PerspectiveWeights)
        -> (scores: [Measure.Perspective: Double], overall: Double?) {
        var scores: [Measure.Perspective: Double] = [:]
        for perspective in Measure.Perspective.allCases {
            let scored = parts.compactMap { part in part.scores[perspective].map { (score: $0, revenue: max(0, part.revenue)) } }
            guard !scored.isEmpty else { continue }
            let totalRevenue = scored.reduce(0) { $0 + $1.revenue }
            let weighted = scored.reduce(0) { $0 + $1.score * (totalRevenue > 0 ? $1.revenue : 1) }
            scores[perspective] = weighted / (totalRevenue > 0 ? totalRevenue : Double(scored.count))
        }
        let overall = Scorecard.balanced(Measure.Perspective.allCases.compactMap { p in scores[p].map { (p, $0) } },
                                         weights: weights)
        return (scores, overall)
    }
}
