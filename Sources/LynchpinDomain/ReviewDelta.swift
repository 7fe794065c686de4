/// What the data says changed as of a day D: the newest scorecard week on or before D
/// against the week before it. Only data dated on or before D is used, so an old review's
/// page does not change when new weeks arrive. One set of rules for a weekly review and
/// for the dashboard's "Since last week" (every active account, as of the site's date).
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

    /// An account whose overall status (`StatusRules.overall`) differs from the week before.
    public struct OverallMove: Sendable, Equatable {
        public var accountID: String
        public var from: RAG
        public var to: RAG
        public var fromScore: Double?
        public var toScore: Double?
        /// The perspectives red this week: what holds a status at amber.
        public var red: [Measure.Perspective]
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
    /// Overall statuses that moved between the two weeks, newly red first.
    public var overallMoves: [OverallMove]
    /// Pilots whose last day is within `PilotStatus.soonDays`, with no decision yet.
    public var decisionsSoon: [DecisionDue]
    /// Review actions still open on D that fell due since the previous scorecard week
    /// (the week before D when there is none), by due date.
    public var newlyOverdueActions: [ActionLog.Action]
    /// Survey scores that fell, among accounts with an answer since that same day.
    public var feedbackFalls: [FeedbackFall]

    /// The day "since last week" counts from: the previous scorecard week, or seven days
    /// before D when there is no earlier week to compare.
    public var since: Day { previousWeek ?? date.adding(days: -7) }

    public init(review: Review, project: Project) {
        self.init(review: review, project: project, index: ScorecardIndex(weeks: project.weeks))
    }

    public init(review: Review, project: Project, index: ScorecardIndex) {
        self.init(review: review, project: project, weeks: ReviewWeeks(project: project, index: index))
    }

    /// - Parameter weeks: the accounts' lines by week, shared by every review of a build.
    public init(review: Review, project: Project, weeks: ReviewWeeks) {
        self.init(date: review.date, accounts: review.accounts, project: project, weeks: weeks)
    }

    /// - Parameter accounts: the ids looked at; nil for every active account.
    public init(date: Day, accounts ids: [String]?, project: Project, weeks: ReviewWeeks) {
        let index = weeks.index
        self.date = date
        let dates = index.dates.filter { $0 <= date }
        currentWeek = dates.last
        previousWeek = dates.count >= 2 ? dates[dates.count - 2] : nil
        let accounts = ids.map { ids in ids.compactMap(project.account(id:)) }
            ?? project.accounts.filter { $0.status == .active }
        accountIDs = accounts.map(\.id)
        (transitions, moves, overallMoves) = Self.compared(accounts, currentWeek: currentWeek, previousWeek: previousWeek,
                                                           weeks: weeks, config: project.config)
        overdueMilestones = []
        upcomingMilestones = []
        decisionsDue = []
        decisionsSoon = []
        overdueObjectives = []
        staleContacts = []
        notUpdated = []
        newlyOverdueActions = []
        feedbackFalls = []
        findLate(accounts, project: project)
        let week = currentWeek
        notUpdated = accounts.filter { account in
            !account.scorecard.isEmpty && !(week.map { index.hasRows(for: account.id, in: $0) } ?? false)
        }.map(\.id)
        let since = self.since
        let covered = Set(accountIDs)
        newlyOverdueActions = ActionLog(reviews: project.reviews).state(on: date).filter {
            $0.isOverdue(on: date) && $0.due >= since && covered.contains($0.account)
        }
        feedbackFalls = FeedbackFall.falls(among: accounts, through: date, since: since,
                                           fiscalYearStart: project.config.fiscalYearStart)
    }

    /// Each account's lines this week against last week's: status changes, other moves and
    /// overall statuses that moved, each sorted worst first.
    private static func compared(_ accounts: [Account], currentWeek: Day?, previousWeek: Day?, weeks: ReviewWeeks,
                                 config: SiteConfig) -> ([Transition], [Move], [OverallMove]) {
        let index = weeks.index
        var transitions: [Transition] = []
        var overall: [OverallMove] = []
        var overallKeys: [(status: Int, account: Int, found: Int)] = []
        var moves: [Move] = []
        // Each is sorted by a key of small numbers made as it is found: comparing the values
        // themselves copied their strings at every step, a third of a review's time at
        // 3,000 accounts. Ranks of ids keep the order of the ids themselves.
        var transitionKeys: [(status: Int, account: Int, measure: Int, found: Int)] = []
        var moveKeys: [(size: Double, account: Int, measure: Int, found: Int)] = []
        if let currentWeek {
            let nowLines = weeks.lines(asOf: currentWeek)
            let beforeLines = previousWeek.map { weeks.lines(asOf: $0) }
            let accountRanks = Self.ranks(accounts.map(\.id))
            // An account with no rows this week is listed as not updated, not as changed: a
            // summed figure that stood still against a target that grew is no news.
            for (position, account) in accounts.enumerated()
            where !account.scorecard.isEmpty && index.hasRows(for: account.id, in: currentWeek) {
                let now = nowLines[account.id]
                let before = beforeLines?[account.id]
                if let before, before.count == now.count {
                    let was = Scorecard.overall(of: account.scorecard, statuses: before.map(\.rag), config: config)
                    let isNow = Scorecard.overall(of: account.scorecard, statuses: now.map(\.rag), config: config)
                    if was.rag != isNow.rag {
                        overallKeys.append((RAG.allCases.firstIndex(of: isNow.rag)!, accountRanks[position], overall.count))
                        overall.append(OverallMove(accountID: account.id, from: was.rag, to: isNow.rag,
                                                   fromScore: was.score, toScore: isNow.score, red: isNow.red))
                    }
                }
                let measureRanks = Self.ranks(account.scorecard.map(\.id))
                for (index, line) in now.enumerated() {
                    let measure = account.scorecard[index]
                    let old = before?[index]
                    if let old, old.rag != line.rag {
                        transitionKeys.append((RAG.allCases.firstIndex(of: line.rag)!, accountRanks[position], measureRanks[index],
                                               transitions.count))
                        transitions.append(Transition(accountID: account.id, measure: measure, from: old.rag,
                                                      to: line.rag, actual: line.actual))
                    } else if let previous = old?.actual, let current = line.actual, previous != current,
                              old?.period == line.period {
                        // A new quarter's total is not a move from the last quarter's.
                        let move = Move(accountID: account.id, measure: measure, previous: previous,
                                        current: current, target: line.comparedTarget)
                        moveKeys.append((-Self.relative(move), accountRanks[position], measureRanks[index], moves.count))
                        moves.append(move)
                    }
                }
            }
        }
        return (transitionKeys.sorted(by: <).map { transitions[$0.found] }, moveKeys.sorted(by: <).map { moves[$0.found] },
                overallKeys.sorted(by: <).map { overall[$0.found] })
    }

    /// What is late or due as of D: milestones, pilot decisions, objectives, stale contacts.
    private mutating func findLate(_ accounts: [Account], project: Project) {
        let date = self.date
        for account in accounts {
            if let pilot = account.pilot {
                let status = PilotStatus(pilot: pilot, asOf: date)
                overdueMilestones += status.overdue.map { MilestoneAlert(accountID: account.id, pilotName: pilot.name, entry: $0) }
                upcomingMilestones += status.dueSoon.map { MilestoneAlert(accountID: account.id, pilotName: pilot.name, entry: $0) }
                if pilot.isDecisionDue(on: date) { decisionsDue.append(DecisionDue(accountID: account.id, pilot: pilot)) }
                if pilot.isDecisionSoon(on: date) { decisionsSoon.append(DecisionDue(accountID: account.id, pilot: pilot)) }
            }
            overdueObjectives += account.objectives.filter { PlanHealth.isOverdue($0, asOf: date) }
                .map { ObjectiveAlert(accountID: account.id, objective: $0) }
            // Contacts recorded after the review's date were not known then.
            let known = account.stakeholders.filter { ($0.lastContact ?? date) <= date }
            staleContacts += StakeholderMap(stakeholders: known, asOf: date, staleAfterDays: project.config.staleContactDays)
                .entries.filter(\.isStale).map { StaleContact(accountID: account.id, entry: $0) }
        }
        decisionsSoon.sort { ($0.pilot.end, $0.accountID) < ($1.pilot.end, $1.accountID) }
    }

    /// Each id's place among the ids sorted, equal ids sharing one: `[b, a, b]` -> `[1, 0, 1]`.
    static func ranks(_ ids: [String]) -> [Int] {
        var ranks = Array(repeating: 0, count: ids.count)
        var rank = -1
        var last: String?
        for position in ids.indices.sorted(by: { ids[$0] < ids[$1] }) {
            if ids[position] != last { rank += 1 }
            last = ids[position]
            ranks[position] = rank
        }
        return ranks
    }

    /// How far a value moved relative to its target, for ordering moves by size.
    static func relative(_ move: Move) -> Double {
        let scale = (move.target ?? 0) == 0 ? max(abs(move.previous), 1) : abs(move.target ?? 1)
        return abs(move.change) / scale
    }
}
