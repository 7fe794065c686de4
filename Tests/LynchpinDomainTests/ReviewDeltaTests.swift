import Testing
import LynchpinDomain

/// Changes and transitions from hand-made pairs of scorecard weeks.
@Suite struct ReviewDeltaTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func week(_ date: String, _ rows: [(String, String, Double)]) -> ScorecardWeek {
        ScorecardWeek(date: day(date), sourcePath: "content/scorecards/\(date).csv",
                      entries: rows.enumerated().map { .init(account: $1.0, metric: $1.1, actual: $1.2, line: $0 + 2) })
    }

    static var acme: Account {
        var account = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        account.scorecard = [
            Measure(id: "revenue", perspective: .financial, name: "Revenue", target: 100),
            Measure(id: "nps", perspective: .customer, name: "NPS", target: 40),
            Measure(id: "lead-time", perspective: .internal, name: "Lead time", target: 10, direction: .down),
        ]
        account.pilot = Pilot(name: "Pilot", start: day("2026-11-01"), milestones: [
            .init(name: "Kick-off", day: 0, status: .done),
            .init(name: "Lane live", day: 19, status: .inProgress),     // 2026-11-20
            .init(name: "Report", day: 26, status: .planned),           // 2026-11-27: due on the review day
            .init(name: "Decision", day: 45, status: .planned),         // 2026-12-16: more than 14 days out
        ])
        account.objectives = [Objective(name: "Old", due: day("2026-11-26"), status: .inProgress),
                              Objective(name: "Today", due: day("2026-11-27"), status: .planned)]
        account.stakeholders = [Stakeholder(name: "Cold", role: .sponsor, lastContact: day("2026-10-01")),
                                Stakeholder(name: "Later", role: .user, lastContact: day("2026-12-05"))]
        return account
    }

    static var beta: Account {
        var account = Account(id: "beta", sourcePath: "b.md", name: "Beta")
        account.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Revenue", target: 50)]
        return account
    }

    static let weeks = [
        week("2026-11-20", [("acme", "revenue", 95), ("acme", "nps", 30), ("acme", "lead-time", 12), ("beta", "revenue", 60)]),
        week("2026-11-27", [("acme", "revenue", 101), ("acme", "nps", 31), ("acme", "lead-time", 12)]),
        week("2026-12-04", [("acme", "revenue", 10), ("beta", "revenue", 1)]),
    ]

    static func delta(on date: String, accounts: [String]? = nil) -> ReviewDelta {
        let project = Project(config: SiteConfig(), accounts: [acme, beta], playbooks: [],
                              reviews: [], weeks: weeks)
        return ReviewDelta(review: Review(date: day(date), sourcePath: "r.md", accounts: accounts), project: project)
    }

    @Test func comparesTheNewestWeekOnOrBeforeTheReviewWithTheOneBefore() {
        let delta = Self.delta(on: "2026-11-30")
        #expect(delta.currentWeek == Self.day("2026-11-27"))
        #expect(delta.previousWeek == Self.day("2026-11-20"))
        // revenue 95 -> 101: amber to green. nps 30 -> 31: red both weeks, moved +1. lead-time unchanged.
        #expect(delta.transitions.map { "\($0.accountID)/\($0.measure.id) \($0.from)->\($0.to)" } == ["acme/revenue amber->green"])
        #expect(delta.moves.map { "\($0.accountID)/\($0.measure.id) \($0.change)" } == ["acme/nps 1.0"])
        #expect(delta.moves.first?.improved == true)
        #expect(delta.notUpdated == ["beta"], "beta has no row in the 2026-11-27 week")
    }

    @Test func laterWeeksDoNotChangeAnOlderReview() {
        let early = Self.delta(on: "2026-11-27")
        let withoutLaterWeek = ReviewDelta(
            review: Review(date: Self.day("2026-11-27"), sourcePath: "r.md"),
            project: Project(config: SiteConfig(), accounts: [Self.acme, Self.beta], playbooks: [], reviews: [],
                             weeks: Array(Self.weeks.prefix(2))))
        #expect(early == withoutLaterWeek)
    }

    @Test func overdueRulesOnBoundaryDays() {
        let delta = Self.delta(on: "2026-11-27")
        #expect(delta.overdueMilestones.map(\.entry.milestone.name) == ["Lane live"])
        #expect(delta.upcomingMilestones.map(\.entry.milestone.name) == ["Report"], "due today is due soon, not overdue")
        #expect(delta.overdueObjectives.map(\.objective.name) == ["Old"], "due today is not overdue")
        #expect(delta.staleContacts.map(\.entry.stakeholder.name) == ["Cold"],
                "a contact dated after the review was not known then")
    }

    @Test func theAccountsListNarrowsTheReview() {
        let delta = Self.delta(on: "2026-11-30", accounts: ["beta"])
        #expect(delta.accountIDs == ["beta"])
        #expect(delta.transitions.isEmpty && delta.moves.isEmpty)
        #expect(delta.notUpdated == ["beta"])
    }

    @Test func theFirstWeekHasNothingToCompareWith() {
        let delta = Self.delta(on: "2026-11-21")
        #expect(delta.currentWeek == Self.day("2026-11-20"))
        #expect(delta.previousWeek == nil)
        #expect(delta.transitions.isEmpty && delta.moves.isEmpty)
    }
}
