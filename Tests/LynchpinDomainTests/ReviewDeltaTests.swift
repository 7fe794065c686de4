import Testing
@testable import LynchpinDomain

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

    /// Sixty accounts in an order that is not their ids', three measures each, five weeks of
    /// figures that move and cross the bands, and a review each week.
    static var crowd: Project {
        let accounts = (0..<60).map { n -> Account in
            var account = Account(id: "acct-\(String((n * 37) % 60).leftPadded(2))", sourcePath: "a\(n).md", name: "A\(n)")
            account.scorecard = [
                Measure(id: "zeta", perspective: .financial, name: "Zeta", target: 100),
                Measure(id: "alpha", perspective: .customer, name: "Alpha", target: 50),
                Measure(id: "mid", perspective: .internal, name: "Mid", target: 10, direction: .down),
            ]
            return account
        }
        let dates = ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27", "2026-12-04"]
        let weeks = dates.enumerated().map { w, date in
            week(date, accounts.enumerated().flatMap { n, account -> [(String, String, Double)] in
                let wave = Double((n * 7 + w * 13) % 17)
                return [(account.id, "zeta", 70 + wave * 3), (account.id, "alpha", 30 + wave * 2), (account.id, "mid", 6 + wave / 2)]
            })
        }
        let reviews = dates.map { Review(date: day($0), sourcePath: "r\($0).md") }
            + [Review(date: day("2026-11-27"), sourcePath: "focus.md", accounts: ["acct-09", "acct-03", "acct-41", "acct-03"])]
        return Project(config: SiteConfig(), accounts: accounts, playbooks: [], reviews: reviews, weeks: weeks)
    }

    @Test func sharedWeeksGiveEachReviewTheSameChangesAsItsOwn() {
        let project = Self.crowd
        let shared = ReviewWeeks(project: project, index: ScorecardIndex(weeks: project.weeks))
        // Twice over: the second round asks for weeks already let go, as `serve` does.
        for _ in 0..<2 {
            for review in project.reviews {
                let alone = ReviewDelta(review: review, project: project)
                #expect(ReviewDelta(review: review, project: project, weeks: shared) == alone)
                #expect(!alone.transitions.isEmpty && !alone.moves.isEmpty || alone.previousWeek == nil)
            }
        }
    }

    @Test func changesAreOrderedWorstFirstThenByAccountAndMeasure() {
        let project = Self.crowd
        for review in project.reviews {
            let delta = ReviewDelta(review: review, project: project)
            let transitions = delta.transitions.map { ($0.to, $0.accountID, $0.measure.id) }
            #expect(transitions.count > 1 || delta.previousWeek == nil)
            #expect(zip(transitions, transitions.dropFirst()).allSatisfy { $0 <= $1 }, "\(review.sourcePath)")
            let moves = delta.moves.map { (-ReviewDeltaRelative.of($0), $0.accountID, $0.measure.id) }
            #expect(zip(moves, moves.dropFirst()).allSatisfy { $0 <= $1 }, "\(review.sourcePath)")
        }
    }

    @Test func ranksFollowTheIdsSortedWithEqualIdsSharingOne() {
        #expect(ReviewDelta.ranks(["b", "a", "b", "c", "a"]) == [1, 0, 1, 2, 0])
        #expect(ReviewDelta.ranks([]) == [])
    }
}

/// A move's size as the review orders it, restated here so the test does not read it from
/// the code it checks.
enum ReviewDeltaRelative {
    static func of(_ move: ReviewDelta.Move) -> Double {
        let target = move.target ?? 0
        return abs(move.change) / (target == 0 ? max(abs(move.previous), 1) : abs(target))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
