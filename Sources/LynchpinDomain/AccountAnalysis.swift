/// Everything computed about one account as of the reference date. A class: the analysis
/// is made once and read by many (the portfolio, each manager's pack, the pages), and
/// copying a struct of this size retained every string and list in it, which was most of
/// `serve`'s re-analysis after an edit at 10,000 accounts.
public final class AccountAnalysis: Sendable, Equatable {
    public let account: Account
    public let position: MatrixPosition
    public let attractivenessBreakdown: CriterionBreakdown
    public let strengthBreakdown: CriterionBreakdown
    public let scorecard: Scorecard
    public let valueGaps: [ValueGap]
    /// The customer's rating of us against the best competitor (`RelativeStrength`).
    public let relativeStrength: Double?
    public let stakeholders: StakeholderMap
    /// Our people against theirs; nil when no stakeholder names an owner.
    public let relationships: RelationshipMap?
    /// The account-level profile (prospects).
    public let qualification: Qualification?
    public let pipeline: Pipeline
    /// Survey results by side and survey, up to the reference date (`FeedbackTrend.trends`).
    public let feedback: [FeedbackTrend]
    public let health: PlanHealth
    public let pilot: PilotStatus?
    /// The account has measures but no row in the newest scorecard week on or before the
    /// reference date.
    public let isNotUpdated: Bool
    /// The account's review actions still open on the reference date, by due date.
    public let openActions: [ActionLog.Action]
    public var overdueActions: [ActionLog.Action] { openActions.filter { $0.isOverdue(on: asOf) } }
    public let asOf: Day
    /// The year's revenue forecast against target (`Forecast`); nil unless active.
    public let forecast: ForecastOutcome?
    public let flags: [AccountFlag]
    /// Each perspective's score over the measures the manager controls, as of the reference
    /// date (`Scorecard.controllableScores`), worked out once for the manager's scorecard.
    public let controllableScores: PerspectiveScores
    /// The controllable scores at each week of the manager's trend
    /// (`ManagerScorecard.trendWeeks`); empty unless the account is active and managed.
    public let recentControllableScores: [PerspectiveScores]

    public convenience init(account: Account, project: Project, asOf: Day) {
        self.init(account: account, project: project, index: ScorecardIndex(weeks: project.weeks), asOf: asOf,
                  actions: ActionLog(reviews: project.reviews).state(on: asOf).filter { $0.account == account.id })
    }

    /// - Parameter actions: the account's actions as they stood on `asOf`.
    public init(account: Account, project: Project, index: ScorecardIndex, asOf: Day, actions: [ActionLog.Action]) {
        self.asOf = asOf
        openActions = actions.filter { $0.status == .open }
        let config = project.config
        self.account = account
        position = MatrixPosition(account: account, criteria: config.criteria)
        attractivenessBreakdown = CriterionBreakdown(scores: account.attractiveness, criteria: config.criteria.attractiveness)
        strengthBreakdown = CriterionBreakdown(scores: account.strength, criteria: config.criteria.strength)
        scorecard = Scorecard(account: account, index: index, asOf: asOf, config: config)
        valueGaps = ValueGap.ranked(account.expectations)
        relativeStrength = RelativeStrength.of(account.expectations)
        stakeholders = StakeholderMap(stakeholders: account.stakeholders, asOf: asOf,
                                      staleAfterDays: config.staleContactDays)
        relationships = RelationshipMap(entries: stakeholders.entries, manager: account.manager,
                                        staleAfterDays: config.staleContactDays)
        qualification = Qualification(answers: account.qualification)
        pipeline = Pipeline(account.opportunities.map { Pipeline.Entry(accountID: account.id, opportunity: $0) }, on: asOf)
        feedback = FeedbackTrend.trends(of: account.feedback, through: asOf, fiscalYearStart: config.fiscalYearStart)
        health = PlanHealth(account: account, asOf: asOf)
        pilot = account.pilot.map { PilotStatus(pilot: $0, asOf: asOf) }
        controllableScores = scorecard.controllableScores
        recentControllableScores = account.status == .active && account.manager != nil
            ? ManagerScorecard.recentScores(of: account, current: controllableScores, index: index, asOf: asOf, config: config)
            : []
        forecast = account.status == .active
            ? Forecast.of(account, weeks: index.weeks(of: account.id), weekDates: index.dates, asOf: asOf, config: config)
            : nil
        let currentWeek = index.week(onOrBefore: asOf)
        isNotUpdated = !account.scorecard.isEmpty && account.status == .active
            && !(currentWeek.map { index.hasRows(for: account.id, in: $0) } ?? false)

        var flags: [AccountFlag] = []
        if !position.isPlaced { flags.append(.unplaced) }
        // An unplaced account already says more than this flag would.
        if position.isPlaced, attractivenessBreakdown.isThin || strengthBreakdown.isThin { flags.append(.thinlyScored) }
        if !account.stakeholders.isEmpty || account.status == .active {
            if !stakeholders.hasSponsor { flags.append(.noSponsor) }
            if !stakeholders.hasDecisionMaker { flags.append(.noDecisionMaker) }
        }
        if stakeholders.staleCount > 0 { flags.append(.staleContacts) }
        if relationships?.isSingleThreaded == true { flags.append(.singleThreaded) }
        if RelativeStrength.isBehind(relative: relativeStrength, strength: position.strength) { flags.append(.behindCompetitor) }
        if scorecard.hasLine(where: { $0.rag == .red }) { flags.append(.redMeasures) }
        if account.status == .active, scorecard.perspectives.contains(where: { $0.rag == .red }) { flags.append(.weakPerspective) }
        if isNotUpdated { flags.append(.notUpdated) }
        if scorecard.perspectives.contains(where: \.isOverFocusLimit) { flags.append(.unfocusedScorecard) }
        if !health.overdueObjectives.isEmpty { flags.append(.overdueObjectives) }
        if let pilot, pilot.phase != .notStarted, !pilot.overdue.isEmpty { flags.append(.overdueMilestones) }
        if let pilot = account.pilot, pilot.isDecisionDue(on: asOf) { flags.append(.pilotDecisionDue) }
        if !health.congruence.isCongruent { flags.append(.incompletePlan) }
        if openActions.contains(where: { $0.isOverdue(on: asOf) }) { flags.append(.overdueActions) }
        if account.opportunities.contains(where: { $0.isStale(on: asOf) }) { flags.append(.staleOpportunity) }
        self.flags = account.status == .archived ? [] : flags
    }

    /// Each measure's actuals over the weeks up to the reference date, by measure id. Made
    /// when a page draws them rather than kept with the analysis: at 10,000 accounts they
    /// were 30 MB held for the whole build.
    public func histories(index: ScorecardIndex, fiscalYearStart: Int) -> [String: MeasureHistory] {
        Dictionary(uniqueKeysWithValues: account.scorecard.map {
            ($0.id, MeasureHistory(account: account.id, measure: $0, index: index, asOf: asOf, fiscalYearStart: fiscalYearStart))
        })
    }

    /// Equal when every result is: a reused analysis must be the one a fresh analysis makes.
    public static func == (lhs: AccountAnalysis, rhs: AccountAnalysis) -> Bool {
        lhs === rhs || (
            lhs.account == rhs.account &&
            lhs.position == rhs.position &&
            lhs.attractivenessBreakdown == rhs.attractivenessBreakdown &&
            lhs.strengthBreakdown == rhs.strengthBreakdown &&
            lhs.scorecard == rhs.scorecard &&
            lhs.valueGaps == rhs.valueGaps &&
            lhs.relativeStrength == rhs.relativeStrength &&
            lhs.stakeholders == rhs.stakeholders &&
            lhs.relationships == rhs.relationships &&
            lhs.qualification == rhs.qualification &&
            lhs.pipeline == rhs.pipeline &&
            lhs.health == rhs.health &&
            lhs.pilot == rhs.pilot &&
            lhs.isNotUpdated == rhs.isNotUpdated &&
            lhs.openActions == rhs.openActions &&
            lhs.asOf == rhs.asOf &&
            lhs.flags == rhs.flags &&
            lhs.controllableScores == rhs.controllableScores &&
            lhs.recentControllableScores == rhs.recentControllableScores)
    }
}
