import Testing
import LynchpinDomain

@Suite struct PilotStatusTests {
    let pilot = Pilot(name: "P", start: Day(iso: "2026-10-01")!, days: 90, milestones: [
        .init(name: "Kick-off", day: 0, status: .done),
        .init(name: "First", day: 45, status: .inProgress),
        .init(name: "Second", day: 57, status: .planned),
        .init(name: "Stuck", day: 30, status: .blocked),
        .init(name: "End", day: 90, status: .planned),
    ])

    @Test func dayNOfTheReferenceDate() {
        #expect(PilotStatus(pilot: pilot, asOf: Day(iso: "2026-10-01")!).day == 0)
        let status = PilotStatus(pilot: pilot, asOf: Day(iso: "2026-11-27")!)
        #expect(status.day == 57)
        #expect(status.phase == .running)
        #expect(PilotStatus(pilot: pilot, asOf: Day(iso: "2026-09-30")!).phase == .notStarted)
        #expect(PilotStatus(pilot: pilot, asOf: Day(iso: "2026-12-30")!).phase == .running, "day 90 is the last day")
        #expect(PilotStatus(pilot: pilot, asOf: Day(iso: "2026-12-31")!).phase == .ended)
    }

    @Test func milestoneStatesOnDay57() {
        let status = PilotStatus(pilot: pilot, asOf: Day(iso: "2026-11-27")!)
        #expect(status.milestones.map(\.state) == [.done, .overdue, .planned, .blocked, .planned],
                "day 45 in progress is overdue on day 57; day 57 itself is not")
        #expect(status.milestones.map(\.date.description) == ["2026-10-01", "2026-11-15", "2026-11-27", "2026-10-31", "2026-12-30"])
        #expect(status.dueSoon.map(\.milestone.name) == ["Second"])
    }

    @Test func historyGivesPreviousActualAndChange() {
        let weeks = [
            ScorecardWeek(date: Day(iso: "2026-11-13")!, sourcePath: "a", entries: [.init(account: "x", metric: "m", actual: 10, line: 2)]),
            ScorecardWeek(date: Day(iso: "2026-11-20")!, sourcePath: "b", entries: []),
            ScorecardWeek(date: Day(iso: "2026-11-27")!, sourcePath: "c", entries: [.init(account: "x", metric: "m", actual: 7, line: 2)]),
        ]
        let history = MeasureHistory(account: "x", measure: "m", weeks: weeks, asOf: Day(iso: "2026-11-27")!)
        #expect(history.points.map(\.actual) == [10, 7])
        #expect(history.change == -3)
        #expect(history.trend == .down)
        #expect(history.improved(direction: .down) == true)
        #expect(history.improved(direction: .up) == false)
        let earlier = MeasureHistory(account: "x", measure: "m", weeks: weeks, asOf: Day(iso: "2026-11-26")!)
        #expect(earlier.points.count == 1 && earlier.change == nil)
    }
}

@Suite struct PilotDecisionTests {
    let day = { (text: String) in Day(iso: text)! }

    @Test func aDecisionIsDueOnceTheLastDayHasPassedWithoutOne() {
        var pilot = Pilot(name: "P", start: day("2026-07-20"), days: 90)
        #expect(pilot.end == day("2026-10-18"))
        #expect(!pilot.isDecisionDue(on: day("2026-10-18")), "the last day itself is still the pilot's")
        #expect(pilot.isDecisionDue(on: day("2026-10-19")))
        pilot.decision = Pilot.Decision(date: day("2026-10-25"), outcome: .extend)
        #expect(pilot.isDecisionDue(on: day("2026-10-24")), "not decided yet on that day")
        #expect(!pilot.isDecisionDue(on: day("2026-10-25")))
    }

    @Test func theFlagAndTheReviewListFollowTheRule() {
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.pilot = Pilot(name: "P", start: day("2026-07-20"), days: 90)
        let project = Project(config: SiteConfig(), accounts: [account], playbooks: [], reviews: [], weeks: [])
        #expect(AccountAnalysis(account: account, project: project, asOf: day("2026-10-19")).flags.contains(.pilotDecisionDue))
        #expect(!AccountAnalysis(account: account, project: project, asOf: day("2026-10-18")).flags.contains(.pilotDecisionDue))
        let review = Review(date: day("2026-10-23"), sourcePath: "r.md")
        #expect(ReviewDelta(review: review, project: project).decisionsDue.map(\.pilot.name) == ["P"])
    }
}
