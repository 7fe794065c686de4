import Testing
import LynchpinDomain

@Suite struct PeriodTargetTests {
    let day = { (text: String) in Day(iso: text)! }

    func weeks(_ rows: [(String, Double)], metric: String = "m") -> ScorecardIndex {
        ScorecardIndex(weeks: rows.map { date, actual in
            ScorecardWeek(date: day(date), sourcePath: "\(date).csv", entries: [.init(account: "a", metric: metric, actual: actual, line: 2)])
        })
    }

    func account(_ measures: [Measure]) -> Account {
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.scorecard = measures
        return account
    }

    @Test func periodsAreCalendarPeriodsShiftedByTheFiscalYear() throws {
        let q4 = try #require(ReportingPeriod(.quarter, containing: day("2026-11-15")))
        #expect(q4.start == day("2026-10-01") && q4.end == day("2026-12-31") && q4.dayCount == 92)
        // A fiscal year from February: quarters Feb-Apr, May-Jul, Aug-Oct, Nov-Jan.
        let shifted = try #require(ReportingPeriod(.quarter, containing: day("2026-11-15"), fiscalYearStart: 2))
        #expect(shifted.start == day("2026-11-01") && shifted.end == day("2027-01-31"))
        let fiscalYear = try #require(ReportingPeriod(.year, containing: day("2026-03-10"), fiscalYearStart: 7))
        #expect(fiscalYear.start == day("2025-07-01") && fiscalYear.end == day("2026-06-30") && fiscalYear.dayCount == 365)
        let leapFebruary = try #require(ReportingPeriod(.month, containing: day("2028-02-10")))
        #expect(leapFebruary.dayCount == 29)
        #expect(ReportingPeriod(.week, containing: day("2026-11-15")) == nil, "a weekly measure has no period to date")
    }

    @Test func aSummedTargetIsProRatedThroughTheReferenceDate() throws {
        let quarterly = Measure(id: "m", perspective: .financial, name: "M", target: 650_000, period: .quarter, aggregate: .sum)
        // 2026-11-15: 31 days of October + 15 of November = 46 of the quarter's 92: half.
        #expect(PeriodFigure.comparedTarget(quarterly, on: day("2026-11-15"), fiscalYearStart: 1, firstWeek: nil) == 325_000)
        // A leap-year February: 10 of 29 days.
        let monthly = Measure(id: "m", perspective: .financial, name: "M", target: 29_000, period: .month, aggregate: .sum)
        #expect(PeriodFigure.comparedTarget(monthly, on: day("2028-02-10"), fiscalYearStart: 1, firstWeek: nil) == 10_000)
        // The period starts on the reference date: one day of 92.
        #expect(PeriodFigure.comparedTarget(quarterly, on: day("2026-10-01"), fiscalYearStart: 1, firstWeek: nil) == 650_000.0 / 92)
        // Mean and latest hold the target as it is.
        let mean = Measure(id: "m", perspective: .financial, name: "M", target: 40, period: .quarter, aggregate: .mean)
        #expect(PeriodFigure.comparedTarget(mean, on: day("2026-11-15"), fiscalYearStart: 1, firstWeek: nil) == 40)
    }

    /// A team that begins its scorecards mid-quarter has no rows for the quarter's first
    /// weeks: not missing sales, sales never recorded here. Held to the quarter's target so
    /// far, every account read red in its first weeks (24% of target, 2026-09-25, in the
    /// bench's portfolio); it is held to the days on record instead, and the plan says so.
    @Test func aQuarterBegunBeforeTheFirstScorecardIsHeldToTheDaysOnRecord() throws {
        // The third quarter: 92 days from 2026-07-01. Scorecards from the week of 2026-09-11,
        // which covers 2026-09-05 to 2026-09-11.
        let index = weeks([("2026-09-11", 50_000), ("2026-09-18", 50_000), ("2026-09-25", 50_000), ("2026-10-02", 70_000)])
        let quarterly = Measure(id: "m", perspective: .financial, name: "M", target: 650_000, period: .quarter, aggregate: .sum)
        let line = try #require(Scorecard(account: account([quarterly]), index: index, asOf: day("2026-09-25"), config: SiteConfig()).lines.first)
        #expect(line.actual == 150_000 && line.recordFrom == day("2026-09-05"))
        // 2026-09-05 to 2026-09-25: 21 days on record. 650,000 x 21 / 92 = 148,369.6; 150,000 of it: green.
        #expect(line.comparedTarget == 650_000.0 * 21 / 92 && line.rag == .green)
        // Held to the quarter from its first day (87 days), 150,000 would be 24% of target: red.
        #expect(PeriodFigure.comparedTarget(quarterly, on: day("2026-09-25"), fiscalYearStart: 1, firstWeek: nil) == 650_000.0 * 87 / 92)
        // The week's history is held the same way, the workbook's and the sparkline's figures too.
        #expect(PeriodFigure.comparedTarget(quarterly, on: day("2026-09-25"), fiscalYearStart: 1, firstWeek: day("2026-09-11"))
            == line.comparedTarget)
        // The next quarter is on record from its first week: held to it whole.
        let october = try #require(Scorecard(account: account([quarterly]), index: index, asOf: day("2026-10-02"), config: SiteConfig()).lines.first)
        #expect(october.recordFrom == nil && october.comparedTarget == 650_000.0 * 2 / 92)
    }

    @Test func thePeriodToDateFigureCountsOnlyThisPeriodsWeeksUpToTheDate() throws {
        let index = weeks([("2026-09-25", 500), ("2026-10-02", 100), ("2026-10-09", 150), ("2026-10-16", 200), ("2026-10-23", 999)])
        let asOf = day("2026-10-16")
        func line(_ aggregate: Measure.Aggregate) throws -> Scorecard.Line {
            let measure = Measure(id: "m", perspective: .financial, name: "M", target: 920, period: .quarter, aggregate: aggregate)
            return try #require(Scorecard(account: account([measure]), index: index, asOf: asOf, config: SiteConfig()).lines.first)
        }
        // September is last quarter; 2026-10-23 is after the reference date.
        let summed = try line(.sum)
        #expect(summed.actual == 450 && summed.weeksCounted == 3 && summed.actualWeek == day("2026-10-16"))
        // 920 x 16 / 92 = 160 due; 450 / 160 = 2.8125: green.
        #expect(summed.comparedTarget == 160 && summed.ratio == 450.0 / 160 && summed.rag == .green)
        #expect(try line(.mean).actual == 150)
        #expect(try line(.latest).actual == 200)
        // A weekly measure keeps v1: the newest week with a row, against the target as it is.
        let weekly = Measure(id: "m", perspective: .financial, name: "M", target: 220)
        let v1 = try #require(Scorecard(account: account([weekly]), index: index, asOf: asOf, config: SiteConfig()).lines.first)
        // 200 / 220 = 0.909: amber.
        #expect(v1.actual == 200 && v1.comparedTarget == 220 && v1.rag == .amber)
    }

    @Test func aScheduleGivesTheTargetInForceAndGreyBeforeItsFirstStep() throws {
        let nps = Measure(id: "m", perspective: .customer, name: "NPS",
                          targets: [.init(from: day("2026-11-15"), target: 43), .init(from: day("2026-10-01"), target: 40)])
        #expect(nps.targets.map(\.target) == [40, 43], "steps are kept oldest first")
        #expect(nps.target(on: day("2026-09-30")) == nil)
        #expect(nps.target(on: day("2026-10-01")) == 40)
        #expect(nps.target(on: day("2026-11-14")) == 40)
        #expect(nps.target(on: day("2026-11-15")) == 43, "a step is in force from its own date")
        let index = weeks([("2026-09-25", 41), ("2026-11-20", 41)])
        let before = try #require(Scorecard(account: account([nps]), index: index, asOf: day("2026-09-25"), config: SiteConfig()).lines.first)
        #expect(before.actual == 41 && before.target == nil && before.rag == .grey, "no target yet: grey")
        let after = try #require(Scorecard(account: account([nps]), index: index, asOf: day("2026-11-20"), config: SiteConfig()).lines.first)
        // 41 / 43 = 0.953: amber; against the earlier 40 it would be green.
        #expect(after.target == 43 && after.rag == .amber)
    }

    @Test func theOverallScoreIsTheMeanOfThePerspectives() throws {
        let measures = [
            Measure(id: "a", perspective: .financial, name: "A", target: 100),   // green
            Measure(id: "b", perspective: .financial, name: "B", target: 100),   // green
            Measure(id: "c", perspective: .growth, name: "C", target: 100),      // red
            Measure(id: "d", perspective: .customer, name: "D", target: 100),    // amber
        ]
        let week = ScorecardWeek(date: day("2026-11-27"), sourcePath: "w", entries: [
            .init(account: "a", metric: "a", actual: 100, line: 2), .init(account: "a", metric: "b", actual: 120, line: 3),
            .init(account: "a", metric: "c", actual: 50, line: 4), .init(account: "a", metric: "d", actual: 95, line: 5),
        ])
        let card = Scorecard(account: account(measures), weeks: [week], asOf: day("2026-11-27"), config: SiteConfig())
        // Perspectives: financial 1, growth 0, customer 0.5. (1 + 0 + 0.5) / 3 = 0.5, where the
        // v1 mean over measures gave (1 + 1 + 0 + 0.5) / 4 = 0.625.
        #expect(card.overall == 0.5)
        var config = SiteConfig()
        config.perspectiveWeights.financial = 2
        let weighted = Scorecard(account: account(measures), weeks: [week], asOf: day("2026-11-27"), config: config)
        // (2 x 1 + 0 + 0.5) / (2 + 1 + 1) = 0.625.
        #expect(weighted.overall == 0.625)
        var active = account(measures)
        active.status = .active
        let project = Project(config: SiteConfig(), accounts: [active], playbooks: [], reviews: [], weeks: [week])
        #expect(AccountAnalysis(account: active, project: project, asOf: day("2026-11-27")).flags.contains(.weakPerspective))
    }

    @Test func aManagersScoreWeighsAccountsByRevenue() {
        let parts = [
            ManagerScorecard.Part(scores: [.financial: 1, .growth: 0], revenue: 3_000_000),
            ManagerScorecard.Part(scores: [.financial: 0, .customer: 0.5], revenue: 1_000_000),
        ]
        let (scores, overall) = ManagerScorecard.rollUp(parts, weights: PerspectiveWeights())
        // financial (1 x 3M + 0 x 1M) / 4M = 0.75; growth only the first account: 0;
        // customer only the second: 0.5; internal none. Overall (0.75 + 0 + 0.5) / 3.
        #expect(scores == [.financial: 0.75, .growth: 0, .customer: 0.5])
        #expect(overall == 1.25 / 3)
        let unpriced = parts.map { ManagerScorecard.Part(scores: $0.scores, revenue: 0) }
        // Every revenue 0: the accounts count equally, financial (1 + 0) / 2.
        #expect(ManagerScorecard.rollUp(unpriced, weights: PerspectiveWeights()).scores[.financial] == 0.5)
        #expect(ManagerScorecard.rollUp([], weights: PerspectiveWeights()).overall == nil)
    }

    @Test func theManagersScorecardLeavesOutWhatTheyCannotControl() {
        var account = account([
            Measure(id: "rev", perspective: .financial, name: "Revenue", target: 100),
            Measure(id: "otd", perspective: .internal, name: "On-time", target: 95, controllable: false),
        ])
        account.manager = "Dana"
        account.revenue.current = 1000
        let week = ScorecardWeek(date: day("2026-11-27"), sourcePath: "w", entries: [
            .init(account: "a", metric: "rev", actual: 100, line: 2), .init(account: "a", metric: "otd", actual: 50, line: 3),
        ])
        let project = Project(config: SiteConfig(), accounts: [account], playbooks: [], reviews: [], weeks: [week])
        let portfolio = PortfolioAnalysis(project: project, asOf: day("2026-11-27"))
        let manager = portfolio.managers[0].scorecard
        #expect(portfolio.accounts[0].scorecard.overall == 0.5, "the account's own score keeps the red on-time")
        #expect(manager.overall == 1, "the manager's leaves it out")
        #expect(manager.redMeasures == 0)
        #expect(manager.perspectives.first { $0.perspective == .internal }?.score == nil)
        #expect(manager.trend.map(\.week) == [day("2026-11-27")])
        #expect(manager.bonusPayout == nil, "no bonus curve, no pay")
    }

    @Test func theBonusCurveInterpolatesAndCaps() throws {
        let curve = try #require(BonusCurve(points: [.init(score: 100, payout: 100), .init(score: 50, payout: 0),
                                                     .init(score: 120, payout: 150)]))
        #expect(curve.payout(forScore: 50) == 0)
        #expect(curve.payout(forScore: 100) == 100)
        #expect(curve.payout(forScore: 75) == 50, "halfway from 50 to 100")
        #expect(curve.payout(forScore: 110) == 125, "halfway from 100 to 120")
        #expect(curve.payout(forScore: 130) == 150, "capped at the last point")
        #expect(curve.payout(forScore: 30) == 0, "below the first point, its payout")
    }
}

@Suite struct RelativeStrengthTests {
    @Test func weighsOurRatingsAgainstTheCompetitorsByImportance() throws {
        let expectations = [
            Expectation(need: "Price", importance: 5, us: 3, competitor: 4),
            Expectation(need: "Service", importance: 3, us: 4, competitor: 2),
            Expectation(need: "Range", importance: 2, us: 5, competitor: 5),
        ]
        // Us: 5x3 + 3x4 + 2x5 = 37; them: 5x4 + 3x2 + 2x5 = 36.
        #expect(RelativeStrength.of(expectations) == 37.0 / 36.0)
        #expect(RelativeStrength.of([]) == nil)
    }

    @Test func behindCompetitorNeedsAHighStrengthAndARatioBelowOne() {
        #expect(RelativeStrength.isBehind(relative: 0.99, strength: 3.0))
        #expect(!RelativeStrength.isBehind(relative: 0.99, strength: 2.99), "we do not claim to be strong")
        #expect(!RelativeStrength.isBehind(relative: 1.0, strength: 4.5), "level is not behind")
        #expect(!RelativeStrength.isBehind(relative: nil, strength: 4.5))
    }
}

@Suite struct PipelineTests {
    let day = { (text: String) in Day(iso: text)! }

    func entry(_ account: String, _ id: String, _ value: Double, _ stage: Opportunity.Stage, _ close: String) -> Pipeline.Entry {
        Pipeline.Entry(accountID: account, opportunity: Opportunity(id: id, name: id, value: value, stage: stage, close: day(close)))
    }

    @Test func openOpportunitiesAddUpByStageAndTheNext30DaysAreListed() {
        let pipeline = Pipeline([
            entry("a", "one", 100, .identify, "2027-03-01"),
            entry("a", "two", 250, .propose, "2026-12-27"),       // the 30th day: in
            entry("b", "three", 50, .propose, "2026-11-27"),      // today: in, and not stale
            entry("b", "four", 75, .negotiate, "2026-12-28"),     // the 31st day: out
            entry("b", "won", 1000, .won, "2026-12-01"),          // closed: left out
            entry("c", "lost", 500, .lost, "2026-12-02"),
        ], on: day("2026-11-27"))
        #expect(pipeline.stages.map(\.stage) == [.identify, .qualify, .propose, .negotiate])
        #expect(pipeline.stages.map(\.count) == [1, 0, 2, 1])
        #expect(pipeline.stages.map(\.value) == [100, 0, 300, 75])
        #expect(pipeline.openCount == 4 && pipeline.openValue == 475)
        #expect(pipeline.closingSoon.map(\.opportunity.id) == ["three", "two"])
    }

    @Test func anOpenOpportunityPastItsCloseDateIsStale() {
        let open = Opportunity(id: "o", name: "O", value: 1, stage: .qualify, close: day("2026-11-20"))
        #expect(open.isStale(on: day("2026-11-21")))
        #expect(!open.isStale(on: day("2026-11-20")), "closing today is not past")
        var won = open
        won.stage = .won
        #expect(!won.isStale(on: day("2026-11-21")), "a won deal is not stale")
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.opportunities = [open]
        let project = Project(config: SiteConfig(), accounts: [account], playbooks: [], reviews: [], weeks: [])
        #expect(AccountAnalysis(account: account, project: project, asOf: day("2026-11-21")).flags.contains(.staleOpportunity))
    }
}

@Suite struct RelationshipMapTests {
    let day = { (text: String) in Day(iso: text)! }

    func map(_ people: [Stakeholder], manager: String? = "Dana") -> RelationshipMap? {
        let entries = StakeholderMap(stakeholders: people, asOf: day("2026-11-27"), staleAfterDays: 30).entries
        return RelationshipMap(entries: entries, manager: manager, staleAfterDays: 30)
    }

    @Test func aDiamondHasTwoOfUsAndSeniorContactsHeldBeyondTheManager() throws {
        let diamond = try #require(map([
            Stakeholder(name: "Maria", role: .decisionMaker, lastContact: day("2026-11-20"), owners: ["Dana", "Lee"]),
            Stakeholder(name: "Jonas", role: .sponsor, lastContact: day("2026-11-02"), owners: ["Sam"]),
        ]))
        #expect(diamond.shape == .diamond && !diamond.isSingleThreaded)
        #expect(diamond.ourPeople == ["Dana", "Lee", "Sam"])
        // 7 days: within half of 30, recent; 25 days: within 30, fading.
        #expect(diamond.links.map(\.recency) == [.fading, .recent, .recent], "sponsor first, then the decision maker's two")
    }

    @Test func twoOfUsWithTheSponsorHeldOnlyByTheManagerIsABowTie() throws {
        let bowTie = try #require(map([
            Stakeholder(name: "Jonas", role: .sponsor, owners: ["Dana"]),
            Stakeholder(name: "Elif", role: .user, owners: ["Ana"]),
        ]))
        #expect(bowTie.shape == .bowTie, "the sponsor runs through the key account manager alone")
        #expect(!bowTie.isSingleThreaded)
        #expect(try #require(map([Stakeholder(name: "Elif", role: .user, owners: ["Ana"]), Stakeholder(name: "Kim", role: .user, owners: ["Lee"])])).shape
                == .bowTie, "no senior contact held at all")
    }

    @Test func twoStakeholdersWithOneNameStayTwo() throws {
        let twins = try #require(map([
            Stakeholder(name: "Kim Lee", role: .sponsor, owners: ["Dana"]),
            Stakeholder(name: "Kim Lee", role: .user, owners: ["Sam"]),
        ]))
        #expect(twins.links.map(\.stakeholderIndex) == [0, 1])
        #expect(twins.links.map(\.owner) == ["Dana", "Sam"])
    }

    @Test func oneOwnerForEveryContactIsSingleThreaded() throws {
        let single = try #require(map([
            Stakeholder(name: "Gareth", role: .decisionMaker, owners: ["Kenji"]),
            Stakeholder(name: "Simon", role: .sponsor, owners: ["Kenji"]),
            Stakeholder(name: "Nobody holds", role: .user),
        ], manager: "Kenji"))
        #expect(single.isSingleThreaded && single.shape == .bowTie)
        #expect(single.stakeholders.count == 2, "only owned contacts are mapped")
        #expect(map([Stakeholder(name: "A", role: .sponsor)]) == nil, "no owners, no map, no flag")
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.stakeholders = [Stakeholder(name: "Gareth", role: .decisionMaker, owners: ["Kenji"])]
        let project = Project(config: SiteConfig(), accounts: [account], playbooks: [], reviews: [], weeks: [])
        #expect(AccountAnalysis(account: account, project: project, asOf: day("2026-11-27")).flags.contains(.singleThreaded))
    }
}

@Suite struct CriterionBreakdownTests {
    @Test func anAxisWithFewerThanHalfItsCriteriaScoredIsThin() {
        let seven = SelectionCriteria.standard.attractiveness
        let ids = seven.map(\.id)
        let three = CriterionBreakdown(scores: Dictionary(uniqueKeysWithValues: ids.prefix(3).map { ($0, 4) }), criteria: seven)
        #expect(three.scoredCount == 3 && three.isThin, "3 of 7")
        let four = CriterionBreakdown(scores: Dictionary(uniqueKeysWithValues: ids.prefix(4).map { ($0, 4) }), criteria: seven)
        #expect(!four.isThin, "4 of 7")
        let strength = SelectionCriteria.standard.strength
        #expect(!CriterionBreakdown(scores: ["relationship": 3, "offer_fit": 2], criteria: strength).isThin, "2 of 4 is half")
        #expect(CriterionBreakdown(scores: ["relationship": 3], criteria: strength).isThin, "1 of 4")
        #expect(CriterionBreakdown(scores: ["relationship": 3], criteria: strength).items.map(\.score) == [3, nil, nil, nil])
    }
}

@Suite struct GlobalAccountTests {
    func account(_ id: String, parent: String? = nil, status: Account.Status = .active, revenue: Double?, profit: Double? = nil) -> Account {
        var account = Account(id: id, sourcePath: "content/accounts/\(id).md", name: id.uppercased())
        account.parent = parent
        account.status = status
        account.revenue = Revenue(current: revenue, profit: profit)
        return account
    }

    @Test func aGlobalAccountRollsUpEveryLevelOfItsDivisions() throws {
        let accounts = [
            account("group", revenue: 100, profit: 10),
            account("east", parent: "group", revenue: 40, profit: 4),
            account("east-north", parent: "east", revenue: 5),            // a division of a division
            account("west", parent: "group", status: .prospect, revenue: nil),
            account("old", parent: "group", status: .archived, revenue: 1000),
        ]
        let project = Project(config: SiteConfig(), accounts: accounts, playbooks: [], reviews: [], weeks: [])
        let portfolio = PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-27")!)
        let group = try #require(portfolio.rollUps["group"])
        // 100 + 40 + 5; the archived division is left out; the prospect has no revenue.
        #expect(group.revenue.current == 145)
        #expect(group.revenue.profit == 14)
        #expect(group.divisions.map(\.id) == ["east", "east-north", "west"])
        #expect(group.divisions.map(\.depth) == [1, 2, 1])
        #expect(group.notYetSold.map(\.id) == ["west"])
        #expect(group.divisionCount == 3)
        #expect(portfolio.rollUps["east"]?.revenue.current == 45, "a division with divisions rolls up too")
        #expect(portfolio.rollUps["west"] == nil)
        #expect(portfolio.tree.ancestors(of: "east-north") == ["east", "group"])
    }

    @Test func cyclesAreFoundOnceEachFromTheirSmallestID() {
        let accounts = [
            account("a", parent: "b", revenue: nil), account("b", parent: "c", revenue: nil), account("c", parent: "a", revenue: nil),
            account("d", parent: "a", revenue: nil),   // hangs off the cycle, is not in it
            account("e", parent: "f", revenue: nil), account("f", parent: "e", revenue: nil),
            account("g", revenue: nil),
        ]
        #expect(AccountTree.cycles(in: accounts) == [["a", "b", "c"], ["e", "f"]])
        #expect(AccountTree.cycles(in: [account("x", revenue: nil), account("y", parent: "x", revenue: nil)]).isEmpty)
        // A tree with a cycle still answers without looping.
        #expect(AccountTree(accounts).descendants(of: "a").map(\.id) == ["c", "b", "d"])
        #expect(AccountTree(accounts).ancestors(of: "d") == ["a", "b", "c"])
    }
}
