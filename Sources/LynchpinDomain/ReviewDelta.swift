/// What the data says changed for a weekly review dated D: the newest scorecard week on or
/// before D against the week before it. Only data dated on or before D is used, so an old
/// review's page does not change when new weeks arrive.
public struct ReviewDelta: Sendable, Equatable {
    public struct Transition: Sendable, Equatable {
        public var accountID: String
        public var measure: Measure
        public var from: RAG
        public var to: RAG
        public var actual: Double?
    }

    public struct Move: Sendable, Equatable {
        public var accountID: String
        public var measure: Measure
        public var previous: Double
        public var current: Double
        /// The target compared this week; nil before a schedule's first step.
        public var target: Double?
        public var change: Double { current - previous }
        public var improved: Bool { (change > 0) == (measure.direction == .up) }
    }

    public struct MilestoneAlert: Sendable, Equatable {
        public var accountID: String
        public var pilotName: String
        public var entry: PilotStatus.MilestoneEntry
    }

    public struct DecisionDue: Sendable, Equatable {
        public var accountID: String
        public var pilot: Pilot
    }

    public struct ObjectiveAlert: Sendable, Equatable {
        public var accountID: String
        public var objective: Objective
    }

    public struct StaleContact: Sendable, Equatable {
        public var accountID: String
        public var entry: StakeholderMap.Entry
    }

    public var date: Day
    public var currentWeek: Day?
    public var previousWeek: Day?
    /// The accounts the review covers, by id.
    public var accountIDs: [String]
    /// Worst new status first.
    public var transitions: [Transition]
    /// Measures whose value changed without changing status, biggest relative move first.
    public var moves: [Move]
    public var overdueMilestones: [MilestoneAlert]
    public var upcomingMilestones: [MilestoneAlert]
    /// Pilots past their last day with no decision recorded by D.
    public var decisionsDue: [DecisionDue]
    public var overdueObjectives: [ObjectiveAlert]
    public var staleContacts: [StaleContact]
    /// Accounts with measures but no row in the current week.
    public var notUpdated: [String]

    public init(review: Review, project: Project) {
        self.init(review: review, project: project, index: ScorecardIndex(weeks: project.weeks))
    }

    public init(review: Review, project: Project, index: ScorecardIndex) {
        let date = review.date
        self.date = date
        let dates = index.dates.filter { $0 <= date }
        currentWeek = dates.last
        previousWeek = dates.count >= 2 ? dates[dates.count - 2] : nil
        let accounts = review.accounts.map { ids in ids.compactMap(project.account(id:)) }
            ?? project.accounts.filter { $0.status == .active }
        accountIDs = accounts.map(\.id)

        var transitions: [Transition] = []
        var moves: [Move] = []
        if let currentWeek {
            for account in accounts {
                let now = Scorecard(account: account, index: index, asOf: currentWeek, config: project.config)
                let before = previousWeek.map {
                    Scorecard(account: account, index: index, asOf: $0, config: project.config)
                }
                for (index, line) in now.lines.enumerated() {
                    let old = before?.lines[index]
                    if let old, old.rag != line.rag {
                        transitions.append(Transition(accountID: account.id, measure: line.measure, from: old.rag,
                                                      to: line.rag, actual: line.actual))
                    } else if let previous = old?.actual, let current = line.actual, previous != current,
                              old?.period == line.period {
                        // A new quarter's total is not a move from the last quarter's.
                        moves.append(Move(accountID: account.id, measure: line.measure, previous: previous,
                                          current: current, target: line.comparedTarget))
                    }
                }
            }
        }
        self.transitions = transitions.sorted { ($0.to, $0.accountID, $0.measure.id) < ($1.to, $1.accountID, $1.measure.id) }
        self.moves = moves.sorted {
            (-Self.relative($0), $0.accountID, $0.measure.id) < (-Self.relative($1), $1.accountID, $1.measure.id)
        }

        var overdue: [MilestoneAlert] = []
        var upcoming: [MilestoneAlert] = []
        var decisions: [DecisionDue] = []
        var objectives: [ObjectiveAlert] = []
        var stale: [StaleContact] = []
        for account in accounts {
            if let pilot = account.pilot {
                let status = PilotStatus(pilot: pilot, asOf: date)
                overdue += status.overdue.map { MilestoneAlert(accountID: account.id, pilotName: pilot.name, entry: $0) }
                upcoming += status.dueSoon.map { MilestoneAlert(accountID: account.id, pilotName: pilot.name, entry: $0) }
                if pilot.isDecisionDue(on: date) { decisions.append(DecisionDue(accountID: account.id, pilot: pilot)) }
            }
            objectives += PlanHealth(account: account, asOf: date).overdueObjectives
                .map { ObjectiveAlert(accountID: account.id, objective: $0) }
            // Contacts recorded after the review's date were not known then.
            let known = account.stakeholders.filter { ($0.lastContact ?? date) <= date }
            stale += StakeholderMap(stakeholders: known, asOf: date, staleAfterDays: project.config.staleContactDays)
                .entries.filter(\.isStale).map { StaleContact(accountID: account.id, entry: $0) }
        }
        overdueMilestones = overdue
        upcomingMilestones = upcoming
        decisionsDue = decisions
        overdueObjectives = objectives
        staleContacts = stale
        let week = currentWeek
        notUpdated = accounts.filter { account in
            !account.scorecard.isEmpty && !(week.map { index.hasRows(for: account.id, in: $0) } ?? false)
        }.map(\.id)
    }

    /// How far a value moved relative to its target, for ordering moves by size.
    static func relative(_ move: Move) -> Double {
        let scale = (move.target ?? 0) == 0 ? max(abs(move.previous), 1) : abs(move.target ?? 1)
        return abs(move.change) / scale
    }
}
