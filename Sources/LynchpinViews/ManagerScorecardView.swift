import LynchpinDomain

/// A key account manager's own scorecard as the team and person pages show it.
public struct ManagerScorecardView: Encodable {
    public struct Cell: Encodable {
        public let title: String
        public let score: String?
        public let rag: RAGBadge
    }

    public let perspectives: [Cell]
    public let overall: String?
    public let overallRAG: RAGBadge
    public let accountCount: Int
    public let redMeasures: Int
    public let notUpdated: Int
    public let overdueActions: Int
    public let trend: ScoreTrend?
    /// "75.0%": bonus attainment as a percentage of target bonus; nil without a bonus curve.
    public let bonus: String?

    /// How the figures are made, in words, for the pages that show them.
    static func rule(_ config: SiteConfig) -> String {
        "Each manager's scorecard counts only the measures they control, over their active accounts. "
            + "A perspective's score is the mean of their accounts' scores, each weighted by the account's current revenue "
            + "(equally when every revenue is 0); the overall score is the "
            + (config.perspectiveWeights.isEqual ? "mean" : "weighted mean") + " of the perspectives' scores."
    }

    public init(_ scorecard: ManagerScorecard) {
        perspectives = scorecard.perspectives.map {
            Cell(title: $0.perspective.rawValue.prefix(1).uppercased() + $0.perspective.rawValue.dropFirst(),
                 score: Format.percent($0.score), rag: RAGBadge($0.rag))
        }
        overall = Format.percent(scorecard.overall)
        overallRAG = RAGBadge.overall(scorecard.overallRAG, red: scorecard.perspectives.filter { $0.rag == .red }.map(\.perspective))
        accountCount = scorecard.accountCount
        redMeasures = scorecard.redMeasures
        notUpdated = scorecard.notUpdated
        overdueActions = scorecard.overdueActions
        trend = ScoreTrend(scorecard.trend)
        bonus = scorecard.bonusPayout.map { Format.oneDecimal($0) + "%" }
    }
}

/// The overall score over the last weeks as a small line, 0% at the bottom and 100% at the
/// top, so two managers' lines compare at a glance; the label reads it out.
public struct ScoreTrend: Encodable {
    public let width = 120
    public let height = 32
    public let points: String
    public let last: Sparkline.Dot
    public let label: String

    public init?(_ trend: [ManagerScorecard.TrendPoint]) {
        let scored = trend.compactMap { point in point.overall.map { (week: point.week, score: $0) } }
        guard scored.count >= 2, let first = scored.first, let latest = scored.last else { return nil }
        let pad = Sparkline.pad
        let (width, height) = (Double(self.width), Double(self.height))
        let step = (width - 2 * pad) / Double(trend.count - 1)
        let coordinates = trend.enumerated().compactMap { index, point in
            point.overall.map { (x: pad + Double(index) * step, y: pad + (1 - $0) * (height - 2 * pad)) }
        }
        points = coordinates.map { "\(Format.oneDecimal($0.x)),\(Format.oneDecimal($0.y))" }.joined(separator: " ")
        last = Sparkline.Dot(x: Format.oneDecimal(coordinates.last!.x), y: Format.oneDecimal(coordinates.last!.y))
        label = "Overall score over \(scored.count) weeks from \(first.week) to \(latest.week): "
            + scored.map { Format.percent($0.score)! }.joined(separator: ", ")
    }
}
