import Testing
import LynchpinDomain

@Suite struct AccountAnalysisTests {
    let asOf = Day(iso: "2026-11-27")!

    @Test func valueGapsAreWeightedByImportanceWorstFirst() {
        let gaps = ValueGap.ranked([
            Expectation(need: "Price", importance: 3, us: 2, competitor: 4),     // (4-2) x 3 = 6
            Expectation(need: "Delivery", importance: 5, us: 3, competitor: 4),  // (4-3) x 5 = 5
            Expectation(need: "Accuracy", importance: 4, us: 5, competitor: 3),  // (3-5) x 4 = -8
            Expectation(need: "Support", importance: 2, us: 1, competitor: 4),   // (4-1) x 2 = 6
        ])
        #expect(gaps.map(\.expectation.need) == ["Price", "Support", "Delivery", "Accuracy"])
        #expect(gaps.map(\.weightedGap) == [6, 6, 5, -8])
    }

    @Test func stakeholdersAreSortedByRoleAndAgedFromTheReferenceDate() {
        let map = StakeholderMap(stakeholders: [
            Stakeholder(name: "Zoe", role: .user, lastContact: Day(iso: "2026-11-20")),
            Stakeholder(name: "Abe", role: .decisionMaker, lastContact: Day(iso: "2026-10-28")),
            Stakeholder(name: "Cy", role: .decisionMaker, lastContact: Day(iso: "2026-10-27")),
            Stakeholder(name: "Dee"),
        ], asOf: asOf, staleAfterDays: 30)
        #expect(map.entries.map(\.stakeholder.name) == ["Abe", "Cy", "Zoe", "Dee"])
        #expect(map.entries.map(\.daysSinceContact) == [30, 31, 7, nil])
        #expect(map.entries.map(\.isStale) == [false, true, false, true], "30 days is not stale, 31 is; never is")
        #expect(!map.hasSponsor && map.hasDecisionMaker)
        #expect(map.staleCount == 2)
    }

    @Test func qualificationIsAProfileWithoutAVerdict() throws {
        let answers = [
            QualificationAnswer(step: 1, question: "a", score: 5), QualificationAnswer(step: 1, question: "b", score: 4),
            QualificationAnswer(step: 2, question: "c", score: 2), QualificationAnswer(step: 3, question: "d", score: 3),
        ]
        let q = try #require(Qualification(answers: answers))
        #expect(q.steps.map(\.total) == [9, 2, 3])
        #expect(q.steps.map(\.maximum) == [10, 5, 5])
        #expect(q.total == 14 && q.maximum == 20)
        #expect(q.percentage == 70)
        #expect(q.answerCount == 4)
        #expect(Qualification(answers: []) == nil)
    }

    @Test func overdueMeansDueBeforeTheReferenceDateAndStillOpen() {
        let objective = { (due: String, status: Objective.Status) in
            Objective(name: "\(due) \(status)", due: Day(iso: due), status: status)
        }
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.objectives = [
            objective("2026-11-26", .inProgress), objective("2026-11-27", .planned),
            objective("2026-11-01", .done), objective("2026-11-01", .dropped), objective("2026-11-01", .blocked),
        ]
        let health = PlanHealth(account: account, asOf: asOf)
        #expect(health.overdueObjectives.map(\.name) == ["2026-11-26 inProgress", "2026-11-01 blocked"])
        #expect(health.objectivesByStatus.map(\.count) == [1, 1, 1, 1, 1])
    }

    @Test func flagsNameWhatNeedsAttention() {
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.attractiveness = ["future_volume": 4]
        account.stakeholders = [Stakeholder(name: "Old", role: .sponsor, lastContact: Day(iso: "2026-01-01"))]
        account.scorecard = [Measure(id: "m", perspective: .financial, name: "M", target: 10)]
        account.qualification = [QualificationAnswer(step: 1, question: "q", score: 1)]
        let project = Project(config: SiteConfig(), accounts: [account], playbooks: [], reviews: [], weeks: [
            ScorecardWeek(date: Day(iso: "2026-11-20")!, sourcePath: "w", entries: [.init(account: "a", metric: "m", actual: 1, line: 2)]),
            ScorecardWeek(date: asOf, sourcePath: "w2", entries: []),
        ])
        let analysis = AccountAnalysis(account: account, project: project, asOf: asOf)
        #expect(analysis.flags.map(\.rawValue) == [
            "unplaced", "no-decision-maker", "stale-contacts", "red-measures", "weak-perspective", "not-updated",
            "incomplete-plan",
        ])
    }

    @Test func portfolioTotalsCountActiveAccounts() throws {
        func account(_ id: String, _ status: Account.Status, revenue: Double, a: Int, s: Int, manager: String) -> Account {
            var account = Account(id: id, sourcePath: "\(id).md", name: id)
            account.status = status
            account.revenue = Revenue(current: revenue, profit: revenue / 10, potential: revenue * 2)
            account.attractiveness = ["future_volume": a]
            account.strength = ["relationship": s]
            account.manager = manager
            return account
        }
        let project = Project(config: SiteConfig(), accounts: [
            account("a", .active, revenue: 100, a: 4, s: 4, manager: "Dana Whitfield"),
            account("b", .active, revenue: 50, a: 4, s: 2, manager: "Luis Romero"),
            account("c", .prospect, revenue: 0, a: 2, s: 2, manager: "Dana Whitfield"),
            account("d", .archived, revenue: 999, a: 4, s: 4, manager: "Dana Whitfield"),
        ], playbooks: [], reviews: [], weeks: [])
        let portfolio = PortfolioAnalysis(project: project, asOf: asOf)
        #expect(portfolio.totalRevenue == 150)
        #expect(portfolio.totalProfit == 15)
        #expect(portfolio.totalPotential == 300)
        #expect(portfolio.quadrantCounts.map(\.count) == [1, 1, 0, 1])
        #expect(portfolio.managers.map(\.id) == ["dana-whitfield", "luis-romero"])
        #expect(portfolio.managers.first?.accountIDs == ["a", "c"], "archived accounts are not listed")

        // A manager's share: the same analyses, totals over them only, the managers' ids kept.
        let dana = portfolio.restricted(to: ["a", "c"])
        #expect(dana.accounts.map(\.account.id) == ["a", "c"])
        #expect(dana.totalRevenue == 100)
        #expect(dana.quadrantCounts.map(\.count) == [1, 0, 0, 1])
        #expect(dana.managers.map(\.id) == ["dana-whitfield"])
        #expect(dana.analysis(of: "c")?.account.status == .prospect)
        #expect(dana.analysis(of: "b") == nil)
    }
}
