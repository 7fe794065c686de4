/// What the customer may see of an account's plan, and nothing else: the joint objectives,
/// the pilot's jointly owned milestones, the measures agreed with them and how we stand, the open joint actions, and
/// the narrative sections the author shared.
///
/// An allow-list by construction: each part is copied field by field from the plan, so a
/// field added to `Account` later stays internal until it is added here on purpose. Profit,
/// revenue, attractiveness, strength, quadrant, qualification, stances, relationship owners,
/// competitor ratings, bonus, internal actions, other accounts and source paths have no
/// place in it.
public struct CustomerEdition: Sendable, Equatable {
    public struct Objective: Sendable, Equatable {
        public var name: String
        public var owner: String?
        public var customerOwner: String?
        public var due: Day?
        public var status: LynchpinDomain.Objective.Status
        public var isOverdue: Bool
    }

    public struct SharedMeasure: Sendable, Equatable {
        public var name: String
        public var perspective: Measure.Perspective
        public var unit: String?
        public var period: Measure.Period
        /// The target the actual is held against (pro-rated for a period's sum so far).
        public var target: Double?
        public var actual: Double?
        public var actualWeek: Day?
        public var rag: RAG
        public var direction: Measure.Direction
    }

    public struct Milestone: Sendable, Equatable {
        public var name: String
        public var day: Int
        public var date: Day
        public var state: PilotStatus.MilestoneState
        public var owner: String?
        public var customerOwner: String?
    }

    public struct SharedPilot: Sendable, Equatable {
        public var name: String
        public var start: Day
        public var end: Day
        public var days: Int
        /// Days since the start on the reference date.
        public var day: Int
        public var phase: PilotStatus.Phase
        public var hypothesis: String?
        public var success: String?
        public var team: [String]
        public var customerStakeholder: String?
        public var milestones: [Milestone]
        public var decision: Pilot.Decision?
    }

    public struct Action: Sendable, Equatable {
        public var action: String
        public var owner: String
        public var customerOwner: String?
        public var due: Day
        public var isOverdue: Bool
    }

    public var accountID: String
    public var accountName: String
    /// Our company (`organization`), who prepared it.
    public var preparedBy: String
    public var asOf: Day
    /// The status bands the measures are judged by.
    public var bands: RAGBands
    public var paper: Paper
    public var objectives: [Objective]
    public var measures: [SharedMeasure]
    public var pilot: SharedPilot?
    public var actions: [Action]
    /// The narrative's second-level headings to share, as `share.sections` names them.
    public var sections: [String]

    /// - Parameter actions: the account's open review actions on `asOf`; only joint ones are kept.
    public init(analysis: AccountAnalysis, actions: [ActionLog.Action], config: SiteConfig, asOf: Day) {
        let account = analysis.account
        accountID = account.id
        accountName = account.name
        preparedBy = config.organization
        self.asOf = asOf
        bands = config.rag
        paper = config.paper
        objectives = account.objectives.filter(\.joint).map { objective in
            Objective(name: objective.name, owner: objective.owner, customerOwner: objective.customerOwner, due: objective.due,
                      status: objective.status,
                      isOverdue: objective.due.map { $0 < asOf } == true && ![.done, .dropped].contains(objective.status))
        }
        measures = analysis.scorecard.lines.filter(\.measure.shared).map { line in
            SharedMeasure(name: line.measure.name, perspective: line.measure.perspective, unit: line.measure.unit,
                          period: line.measure.period, target: line.comparedTarget, actual: line.actual,
                          actualWeek: line.actualWeek, rag: line.rag, direction: line.measure.direction)
        }
        // The pilot is shared through its milestones that name the customer's owner: those
        // milestones, and the pilot's name, dates and their lead. Its hypothesis, success
        // criteria, our team and the decision only when `shared` lists them.
        pilot = analysis.pilot.flatMap { status -> SharedPilot? in
            let joint = status.milestones.filter { $0.milestone.customerOwner != nil }
            guard !joint.isEmpty else { return nil }
            let shared = status.pilot.shared
            return SharedPilot(name: status.pilot.name, start: status.pilot.start, end: status.pilot.end, days: status.pilot.days,
                               day: status.day, phase: status.phase,
                               hypothesis: shared.contains(.hypothesis) ? status.pilot.hypothesis : nil,
                               success: shared.contains(.success) ? status.pilot.success : nil,
                               team: shared.contains(.team) ? status.pilot.team : [],
                               customerStakeholder: status.pilot.customerStakeholder,
                               milestones: joint.map { entry in
                                   Milestone(name: entry.milestone.name, day: entry.milestone.day, date: entry.date, state: entry.state,
                                             owner: entry.milestone.owner, customerOwner: entry.milestone.customerOwner)
                               },
                               decision: shared.contains(.decision) ? status.pilot.decision : nil)
        }
        self.actions = actions.filter { $0.joint && $0.account == account.id && $0.status == .open }.map { action in
            Action(action: action.action, owner: action.owner, customerOwner: action.customerOwner, due: action.due,
                   isOverdue: action.isOverdue(on: asOf))
        }
        sections = account.sharedSections
    }
}
