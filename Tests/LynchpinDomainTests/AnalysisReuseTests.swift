import Testing
@testable import LynchpinDomain

/// `serve` re-analyses only what an edit touched; the results must be those of a fresh analysis.
@Suite struct AnalysisReuseTests {
    let asOf = Day(iso: "2026-11-27")!

    func project(name: String = "Acme", actual: Double = 950) -> Project {
        var acme = Account(id: "acme", sourcePath: "a", name: name)
        acme.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Revenue", unit: "USD", target: 1000)]
        var beta = Account(id: "beta", sourcePath: "b", name: "Beta")
        beta.scorecard = acme.scorecard
        let week = ScorecardWeek(date: asOf, sourcePath: "w", entries: [
            .init(account: "acme", metric: "revenue", actual: actual, line: 2),
            .init(account: "beta", metric: "revenue", actual: 1200, line: 3),
        ])
        return Project(config: SiteConfig(), accounts: [acme, beta], playbooks: [], reviews: [], weeks: [week])
    }

    @Test func anEditedAccountIsAnalysedAgainAndTheRestReused() {
        let first = PortfolioAnalysis(project: project(), asOf: asOf)
        let edited = project(name: "Acme Freight")
        let reused = PortfolioAnalysis(project: edited, asOf: asOf, reusing: first)
        #expect(reused.accounts == PortfolioAnalysis(project: edited, asOf: asOf).accounts)
        #expect(reused.analysis(of: "acme")?.account.name == "Acme Freight")
        #expect(reused.analysis(of: "beta") === first.analysis(of: "beta"), "the unchanged account's analysis is kept")
        #expect(reused.analysis(of: "acme") !== first.analysis(of: "acme"))
    }

    @Test func aChangedWeekSettingOrDateAnalysesEverythingAgain() {
        let first = PortfolioAnalysis(project: project(), asOf: asOf)
        let newActuals = project(actual: 1010)
        let afterWeek = PortfolioAnalysis(project: newActuals, asOf: asOf, reusing: first)
        #expect(afterWeek.analysis(of: "acme")?.scorecard.lines.first?.rag == .green, "was amber at 950")
        #expect(afterWeek.accounts == PortfolioAnalysis(project: newActuals, asOf: asOf).accounts)

        var stricter = project()
        stricter.config.rag = RAGBands(green: 1.3, amber: 1.25)
        let afterSettings = PortfolioAnalysis(project: stricter, asOf: asOf, reusing: first)
        #expect(afterSettings.analysis(of: "beta")?.scorecard.lines.first?.rag == .red, "1.2 is below the new amber band")

        let later = asOf.adding(days: 60)
        #expect(PortfolioAnalysis(project: project(), asOf: later, reusing: first).accounts
            == PortfolioAnalysis(project: project(), asOf: later).accounts)
    }
}
