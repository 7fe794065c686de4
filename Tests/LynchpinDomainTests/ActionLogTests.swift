import Testing
import LynchpinDomain

@Suite struct ActionLogTests {
    let day = { (text: String) in Day(iso: text)! }

    var reviews: [Review] {
        [
            Review(date: day("2026-11-13"), sourcePath: "content/reviews/2026-11-13.md", actions: [
                ReviewAction(id: "fund", account: "vantage", action: "Fund validation", owner: "Priya", due: day("2026-11-20")),
                ReviewAction(id: "notice", account: "solace", action: "Draft agreement", owner: "Hannah", due: day("2026-11-20")),
            ]),
            Review(date: day("2026-11-20"), sourcePath: "content/reviews/2026-11-20.md", actions: [
                ReviewAction(id: "fund", status: .done),
                ReviewAction(id: "notice", owner: "Sam", due: day("2026-11-26")),
                ReviewAction(id: "root-cause", account: "vantage", action: "Root cause", owner: "Dana", due: day("2026-11-25")),
            ]),
            Review(date: day("2026-11-27"), sourcePath: "content/reviews/2026-11-27.md", actions: [
                ReviewAction(id: "notice", status: .done),
            ]),
        ]
    }

    @Test func anActionsStateIsEveryReviewUpToTheDay() throws {
        let log = ActionLog(reviews: reviews)
        let first = log.state(on: day("2026-11-13"))
        #expect(first.map(\.id) == ["fund", "notice"])
        #expect(first.allSatisfy { $0.status == .open && $0.raised == day("2026-11-13") })

        let second = Dictionary(uniqueKeysWithValues: log.state(on: day("2026-11-20")).map { ($0.id, $0) })
        #expect(second["fund"]?.status == .done && second["fund"]?.closed == day("2026-11-20"))
        #expect(second["notice"]?.owner == "Sam" && second["notice"]?.due == day("2026-11-26"), "only the fields repeated change")
        #expect(second["notice"]?.action == "Draft agreement" && second["notice"]?.raised == day("2026-11-13"))
        #expect(second["root-cause"]?.raised == day("2026-11-20"))

        let third = Dictionary(uniqueKeysWithValues: log.state(on: day("2026-11-27")).map { ($0.id, $0) })
        #expect(third["notice"]?.status == .done && third["notice"]?.closed == day("2026-11-27"))
        let rootCause = try #require(third["root-cause"])
        #expect(rootCause.status == .open && rootCause.isOverdue(on: day("2026-11-27")), "due 2026-11-25, still open")
        #expect(!rootCause.isOverdue(on: day("2026-11-25")), "due today is not overdue")
        // Between reviews the state is the last review's.
        #expect(log.state(on: day("2026-11-24")).first { $0.id == "notice" }?.status == .open)
        #expect(ActionLog.problems(in: reviews).isEmpty)
    }

    @Test func anUpdateWithoutADefinitionIsAnErrorAtItsLine() {
        let reviews = [
            Review(date: day("2026-11-13"), sourcePath: "content/reviews/2026-11-13.md", actions: [
                ReviewAction(id: "ghost", status: .done, line: 4, column: 9),
                ReviewAction(id: "half", account: "a", action: "Do", line: 5, column: 9),
                ReviewAction(id: "twice", account: "a", action: "Do", owner: "O", due: day("2026-11-20"), line: 6, column: 9),
                ReviewAction(id: "twice", status: .done, line: 7, column: 9),
            ]),
        ]
        let problems = ActionLog.problems(in: reviews).map(\.description)
        #expect(problems == [
            "content/reviews/2026-11-13.md:4:9: error: actions[ghost]: expected an action defined by an earlier review, or a new action with account, action, owner and due; found \"ghost\", which no earlier review defines",
            "content/reviews/2026-11-13.md:5:9: error: actions[half]: expected a new action with account, action, owner and due; found \"half\" without owner, due",
            "content/reviews/2026-11-13.md:7:9: error: actions[twice]: expected each action id once in a review, found \"twice\" again",
        ])
    }

    @Test func aMistypedUpdateGetsADidYouMean() {
        let reviews = [
            Review(date: day("2026-11-13"), sourcePath: "content/reviews/2026-11-13.md", actions: [
                ReviewAction(id: "vantage-root-cause", account: "a", action: "Do", owner: "O", due: day("2026-11-20"), line: 4, column: 9),
            ]),
            Review(date: day("2026-11-20"), sourcePath: "content/reviews/2026-11-20.md", actions: [
                ReviewAction(id: "vantage-root-cuase", status: .done, line: 4, column: 9),
            ]),
        ]
        #expect(ActionLog.problems(in: reviews).map(\.message) == [
            "expected an action defined by an earlier review, or a new action with account, action, owner and due; found \"vantage-root-cuase\", which no earlier review defines (did you mean vantage-root-cause?)",
        ])
    }
}
