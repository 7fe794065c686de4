import LynchpinDomain

/// The first printed page of a plan: where the account stands and what is at risk.
public struct ExecutiveSummary: Encodable {
    public struct Perspective: Encodable {
        public let title: String
        public let score: String?
        public let rag: RAGBadge
    }

    public let accountID: String
    public let name: String
    public let asOf: String
    /// The summary's own id, for a pack's contents.
    public let id: String
    /// The full plan, for a reader of the summary pack who wants more.
    public let planHref: String
    public let quadrant: String
    public let policy: String?
    public let figures: [AccountPage.Figure]
    public let overall: String?
    public let overallRAG: RAGBadge
    public let perspectives: [Perspective]
    public let pilot: String?
    public let risks: [String]
    public let hasRisks: Bool

    /// Enough to fill one page; the full lists follow in the plan.
    public static let maxRisks = 10

    public init(analysis: AccountAnalysis, config: SiteConfig, asOf: Day, links: SiteLinks) {
        let account = analysis.account
        accountID = account.id
        name = account.name
        self.asOf = asOf.description
        id = AccountPage.idPrefix(account.id) + "summary"
        planHref = links.to(SiteLinks.account(account.id))
        quadrant = analysis.position.quadrant?.title ?? "Unplaced"
        policy = analysis.position.quadrant?.policy
        figures = [
            ("Current revenue", account.revenue.current), ("Profit", account.revenue.profit),
            ("Potential", account.revenue.potential),
        ].compactMap { label, value in
            Format.money(value, currency: config.currency).map { AccountPage.Figure(label: label, value: $0) }
        }
        overall = Format.percent(analysis.scorecard.overall)
        overallRAG = RAGBadge.overall(analysis.scorecard.overallRAG, red: analysis.scorecard.redPerspectives)
        perspectives = analysis.scorecard.perspectives.map {
            Perspective(title: $0.perspective.rawValue.prefix(1).uppercased() + $0.perspective.rawValue.dropFirst(),
                        score: Format.percent($0.score), rag: RAGBadge($0.rag))
        }
        pilot = analysis.pilot.map { status in
            let overdue = status.overdue.count
            return "\(status.pilot.name): \(PilotView.dayText(status).lowercased())"
                + (overdue > 0 ? ", \(overdue) milestone\(overdue == 1 ? "" : "s") overdue" : "")
        }
        var risks: [String] = []
        for line in analysis.scorecard.lines where line.rag == .red {
            let actual = line.actual.map { Format.measure($0, unit: line.measure.unit) } ?? "none"
            let target = line.comparedTarget.map { Format.measure(ScorecardView.rounded($0), unit: line.measure.unit) } ?? "no target"
            let due = line.measure.aggregate == .sum && line.period != nil ? " due by now" : ""
            risks.append("Red measure: \(line.measure.name), \(actual) against \(target)\(due)")
        }
        for milestone in analysis.pilot?.overdue ?? [] {
            risks.append("Overdue pilot milestone: \(milestone.milestone.name) (day \(milestone.milestone.day))")
        }
        for objective in analysis.health.overdueObjectives {
            risks.append("Overdue objective: \(objective.name)" + (objective.due.map { ", due \($0)" } ?? ""))
        }
        for action in analysis.overdueActions {
            risks.append("Overdue action: \(action.action) (\(action.owner), due \(action.due))")
        }
        for entry in analysis.stakeholders.entries where entry.isStale {
            let days = entry.daysSinceContact.map { "\($0) days since contact" } ?? "never contacted"
            risks.append("Stale contact: \(entry.stakeholder.name) (\(days))")
        }
        if !analysis.stakeholders.hasSponsor && !account.stakeholders.isEmpty { risks.append("No sponsor at the account") }
        if !analysis.stakeholders.hasDecisionMaker && !account.stakeholders.isEmpty {
            risks.append("No decision maker at the account")
        }
        self.risks = Array(risks.prefix(Self.maxRisks))
        hasRisks = !risks.isEmpty
    }
}
