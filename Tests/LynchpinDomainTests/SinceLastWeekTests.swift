import Testing
@testable import LynchpinDomain

/// What the dashboard's "Since last week" and a review share: overall statuses that moved,
/// actions that fell overdue, pilot decisions coming, and survey scores that fell, each
/// counted from the previous scorecard week.
@Suite struct SinceLastWeekTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    typealias Fixture = ReviewDeltaTests

    @Test func anOverallStatusThatMovedIsFoundByTheOverallRule() {
        // acme: revenue amber -> green lifts financial from 0.5 to 1; customer and internal
        // stay red. Overall (0.5 + 0 + 0) / 3 = 16.7% red -> (1 + 0 + 0) / 3 = 33.3% amber.
        let delta = Fixture.delta(on: "2026-11-30")
        #expect(delta.overallMoves.map { "\($0.accountID) \($0.from)->\($0.to)" } == ["acme red->amber"])
        let move = delta.overallMoves.first
        #expect(move.map { abs(($0.fromScore ?? 0) - 1.0 / 6) < 1e-9 && abs(($0.toScore ?? 0) - 1.0 / 3) < 1e-9 } == true)
        #expect(move?.red == [.customer, .internal])
    }

    @Test func aPerspectiveTurningRedHoldsTheOverallAtAmberAndIsAMove() {
        // Three green perspectives and one that turns red: the mean stays at 75%, green by
        // score, but the overall rule holds it at amber, so the dashboard says it moved.
        var account = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        account.scorecard = [Measure(id: "f", perspective: .financial, name: "F", target: 10),
                             Measure(id: "g", perspective: .growth, name: "G", target: 10),
                             Measure(id: "c", perspective: .customer, name: "C", target: 10),
                             Measure(id: "i", perspective: .internal, name: "I", target: 10)]
        let weeks = [Fixture.week("2026-11-20", [("acme", "f", 10), ("acme", "g", 10), ("acme", "c", 10), ("acme", "i", 10)]),
                     Fixture.week("2026-11-27", [("acme", "f", 10), ("acme", "g", 10), ("acme", "c", 10), ("acme", "i", 1)])]
        let project = Project(config: SiteConfig(), accounts: [account], playbooks: [], reviews: [], weeks: weeks)
        let delta = ReviewDelta(date: Self.day("2026-11-27"), accounts: nil, project: project,
                                weeks: ReviewWeeks(project: project, index: ScorecardIndex(weeks: weeks)))
        #expect(delta.overallMoves.map { "\($0.from)->\($0.to) \($0.toScore ?? -1)" } == ["green->amber 0.75"])
        #expect(delta.overallMoves.first?.red == [.internal])
    }

    static var project: Project {
        var acme = Fixture.acme
        acme.pilot = Pilot(name: "Ends soon", start: day("2026-09-10"))          // last day 2026-12-09
        acme.feedback = [
            FeedbackResponse(date: day("2026-08-10"), side: .customer, survey: .nps, score: 10),
            FeedbackResponse(date: day("2026-11-25"), side: .customer, survey: .nps, score: 2),
        ]
        var beta = Fixture.beta
        beta.pilot = Pilot(name: "Ends later", start: day("2026-09-30"))        // last day 2026-12-29
        beta.feedback = [
            FeedbackResponse(date: day("2026-08-10"), side: .customer, survey: .nps, score: 10),
            FeedbackResponse(date: day("2026-11-02"), side: .customer, survey: .nps, score: 2),   // fell, but before 11-20
        ]
        let actions = [
            ReviewAction(id: "fell", account: "acme", action: "Call", owner: "Dana", due: day("2026-11-24")),
            ReviewAction(id: "long-overdue", account: "acme", action: "Quote", owner: "Dana", due: day("2026-11-10")),
            ReviewAction(id: "not-yet", account: "beta", action: "Visit", owner: "Lee", due: day("2026-12-10")),
            ReviewAction(id: "done", account: "beta", action: "Send", owner: "Lee", due: day("2026-11-25"), status: .done),
            ReviewAction(id: "due-today", account: "beta", action: "Plan", owner: "Lee", due: day("2026-11-30")),
        ]
        return Project(config: SiteConfig(), accounts: [acme, beta], playbooks: [],
                       reviews: [Review(date: day("2026-11-06"), sourcePath: "r.md", actions: actions)], weeks: Fixture.weeks)
    }

    @Test func actionsThatFellOverdueSinceThePreviousWeekAndNoOthers() {
        let project = Self.project
        let delta = ReviewDelta(date: Self.day("2026-11-30"), accounts: nil, project: project,
                                weeks: ReviewWeeks(project: project, index: ScorecardIndex(weeks: project.weeks)))
        #expect(delta.since == Self.day("2026-11-20"))
        // Due 11-24: overdue now, not on 11-20. Due 11-10 was overdue a week ago already;
        // due today is not overdue yet; a done action never is.
        #expect(delta.newlyOverdueActions.map(\.id) == ["fell"])
    }

    @Test func decisionsWithinFourteenDaysAndFeedbackWithAnswersSinceThePreviousWeek() {
        let project = Self.project
        let delta = ReviewDelta(date: Self.day("2026-11-30"), accounts: nil, project: project,
                                weeks: ReviewWeeks(project: project, index: ScorecardIndex(weeks: project.weeks)))
        #expect(delta.decisionsSoon.map(\.pilot.name) == ["Ends soon"], "9 days away; 29 days is not soon")
        #expect(delta.decisionsDue.isEmpty)
        #expect(delta.feedbackFalls.map(\.accountID) == ["acme"], "beta's fall has no answer since 2026-11-20")
        // A review looks at its own accounts only.
        let betaOnly = ReviewDelta(date: Self.day("2026-11-30"), accounts: ["beta"], project: project,
                                   weeks: ReviewWeeks(project: project, index: ScorecardIndex(weeks: project.weeks)))
        #expect(betaOnly.newlyOverdueActions.isEmpty && betaOnly.feedbackFalls.isEmpty && betaOnly.decisionsSoon.isEmpty)
    }

    @Test func withOneWeekTheWindowIsTheSevenDaysBefore() {
        let project = Project(config: SiteConfig(), accounts: [Fixture.acme], playbooks: [], reviews: [],
                              weeks: [Fixture.weeks[0]])
        let delta = ReviewDelta(date: Self.day("2026-11-20"), accounts: nil, project: project,
                                weeks: ReviewWeeks(project: project, index: ScorecardIndex(weeks: project.weeks)))
        #expect(delta.previousWeek == nil)
        #expect(delta.since == Self.day("2026-11-13"))
        #expect(delta.overallMoves.isEmpty && delta.transitions.isEmpty)
    }
}
