/// Something about an account that needs attention. The raw values are stable codes that
/// `portfolio.json` publishes for other tools.
public enum AccountFlag: String, Sendable, CaseIterable {
    case unplaced
    case thinlyScored = "thinly-scored"
    case noSponsor = "no-sponsor"
    case noDecisionMaker = "no-decision-maker"
    case staleContacts = "stale-contacts"
    case singleThreaded = "single-threaded"
    case redMeasures = "red-measures"
    case notUpdated = "not-updated"
    case unfocusedScorecard = "unfocused-scorecard"
    case overdueObjectives = "overdue-objectives"
    case overdueMilestones = "overdue-milestones"
    case incompletePlan = "incomplete-plan"
    case staleOpportunity = "stale-opportunity"
    case weakPerspective = "weak-perspective"
    case behindCompetitor = "behind-competitor"
    case overdueActions = "overdue-actions"
    case pilotDecisionDue = "pilot-decision-due"

    public var label: String {
        switch self {
        case .unplaced: "Not placed on the matrix"
        case .thinlyScored: "Thinly scored"
        case .noSponsor: "No sponsor"
        case .noDecisionMaker: "No decision maker"
        case .staleContacts: "Stale contacts"
        case .singleThreaded: "Single-threaded relationship"
        case .redMeasures: "Red measures"
        case .notUpdated: "No actuals this week"
        case .unfocusedScorecard: "Too many measures"
        case .overdueObjectives: "Overdue objectives"
        case .overdueMilestones: "Overdue pilot milestones"
        case .incompletePlan: "Plan incomplete"
        case .staleOpportunity: "Opportunity past its close date"
        case .weakPerspective: "A red perspective"
        case .behindCompetitor: "Customer rates a competitor higher"
        case .overdueActions: "Overdue actions"
        case .pilotDecisionDue: "Pilot decision due"
        }
    }
}
