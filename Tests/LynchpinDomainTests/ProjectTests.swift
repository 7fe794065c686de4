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
