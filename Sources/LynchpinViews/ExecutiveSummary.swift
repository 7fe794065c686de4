import LynchpinDomain

/// The first printed page of a plan: where the account stands and what is at risk.
struct ExecutiveSummary {
    struct Perspective {
        let title: String
        let score: String?
        let rag: RAGBadge
    }

    let quadrant: String
    let policy: String?
    let figures: [AccountPage.Figure]
    let overall: String?
    let overallRAG: RAGBadge
    let perspectives: [Perspective]
    let pilot: String?
    let risks: [String]
    let hasRisks: Bool

    /// Enough to fill one page; the full lists follow in the plan.
    static let maxRisks = 10

    init(analysis: AccountAnalysis, config: SiteConfig) {
        let account = analysis.account
        quadrant = analysis.position.quadrant?.title ?? "Unplaced"
        policy = analysis.position.quadrant?.policy
        figures = [
            ("Current revenue", account.revenue.current), ("Profit", account.revenue.profit),
            ("Potential", account.revenue.potential),
        ].compactMap { label, value in
            Format.money(value, currency: config.currency).map { AccountPage.Figure(label: label, value: $0) }
        }
        overall = Format.percent(analysis.scorecard.overall)
        overallRAG = RAGBadge(analysis.scorecard.overallRAG)
        perspectives = analysis.scorecard.perspectives.map {
            Perspective(title: $0.perspective.rawValue.prefix(1).uppercased() + $0.perspective.rawValue.dropFirst(),
                        score: Format.percent($0.score), rag: RAGBadge($0.rag))
        }
        pilot = analysis.pilot.map { status in
            let overdue = status.overdue.count
            return "\(status.pilot.name): \(PilotView(status).dayText.lowercased())"
                + (overdue > 0 ? ", \(overdue) milestone\(overdue == 1 ? "" : "s") overdue" : "")
        }
        var risks: [String] = []
        for line in analysis.scorecard.lines where line.rag == .red {
            let actual = line.actual.map { Format.measure($0, unit: line.measure.unit) } ?? "none"
            risks.append("Red measure: \(line.measure.name), \(actual) against \(Format.measure(line.measure.target, unit: line.measure.unit))")
        }
        for milestone in analysis.pilot?.overdue ?? [] {
            risks.append("Overdue pilot milestone: \(milestone.milestone.name) (day \(milestone.milestone.day))")
        }
        for objective in analysis.health.overdueObjectives {
            risks.append("Overdue objective: \(objective.name)" + (objective.due.map { ", due \($0)" } ?? ""))
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
