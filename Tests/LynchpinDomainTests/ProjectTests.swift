import Testing
import LynchpinDomain

@Suite struct ProjectTests {
    let week1 = ScorecardWeek(date: Day(iso: "2026-11-20")!, sourcePath: "a", entries: [])
    let week2 = ScorecardWeek(date: Day(iso: "2026-11-27")!, sourcePath: "b", entries: [])
    let today = Day(iso: "2026-12-24")!

    @Test func referenceDateIsConfiguredAsOfFirst() {
        var config = SiteConfig()
        config.asOf = Day(iso: "2026-11-01")
        let project = Project(config: config, accounts: [], playbooks: [], reviews: [], weeks: [week2, week1])
        #expect(project.referenceDate(today: today).description == "2026-11-01")
    }

    @Test func referenceDateFallsBackToNewestWeekThenToday() {
        let withWeeks = Project(config: SiteConfig(), accounts: [], playbooks: [], reviews: [], weeks: [week2, week1])
        #expect(withWeeks.referenceDate(today: today).description == "2026-11-27")
        let empty = Project(config: SiteConfig(), accounts: [], playbooks: [], reviews: [], weeks: [])
        #expect(empty.referenceDate(today: today) == today)
    }

    @Test func sortsPlaybooksByOrderThenTitle() {
        let playbooks = [
            Playbook(id: "c", sourcePath: "", title: "Zeta"),
            Playbook(id: "b", sourcePath: "", title: "Alpha"),
            Playbook(id: "a", sourcePath: "", title: "Second", order: 2),
            Playbook(id: "d", sourcePath: "", title: "First", order: 1),
        ]
        let project = Project(config: SiteConfig(), accounts: [], playbooks: playbooks, reviews: [], weeks: [])
        #expect(project.playbooks.map(\.id) == ["d", "a", "b", "c"])
    }
}

/// Account shares one box of fields between copies; a change to one copy must not show in another.
@Suite struct AccountValueTests {
    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        var original = Account(id: "acme", sourcePath: "content/accounts/acme.md", name: "Acme")
        original.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Revenue", unit: "USD", target: 1000)]
        var copy = original
        #expect(copy == original)
        copy.name = "Acme Freight"
        copy.scorecard[0].weight = 3
        copy.stakeholders.append(Stakeholder(name: "Maria Chen"))
        #expect(original.name == "Acme" && original.scorecard[0].weight == 1 && original.stakeholders.isEmpty)
        #expect(copy.name == "Acme Freight" && copy.scorecard[0].weight == 3 && copy.stakeholders.count == 1)
        #expect(copy != original)
        copy.name = "Acme"
        copy.scorecard[0].weight = 1
        copy.stakeholders = []
        #expect(copy == original, "equal by their fields, not only when they share a box")
    }
}
