import Foundation
import Testing
import LynchpinDomain
import LynchpinSite

/// The dashboard opens with what changed since the previous scorecard week: listed measure
/// by measure for a few accounts, counted by account for many, and said to be impossible
/// with one week.
@Suite struct SinceLastWeekPageTests {
    static func dashboard(_ project: Project, asOf: String = "2026-11-28") throws -> String {
        let pages = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: Day(iso: asOf)!))
        let file = try #require(pages.file(at: "index.html"))
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// The section, from its heading to the totals that follow it.
    static func section(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<section aria-labelledby=\"since_heading\""))
        let end = try #require(html.range(of: "<section aria-labelledby=\"totals_heading\">"))
        #expect(start.upperBound < end.lowerBound, "the dashboard opens with it")
        return String(html[start.lowerBound..<end.lowerBound])
    }

    @Test func sixtyAccountsAreCountedByAccountNewlyRedFirst() throws {
        let section = try Self.section(Self.dashboard(ReviewPageTests.project))
        #expect(section.contains("Since 2026-11-20: 3 measures newly red in 2 accounts, 1 other status change, 1 overall status worse and 1 overall status better."))
        #expect(section.contains("<h3>Status changes by account</h3>"))
        #expect(ReviewPageTests.rows(section) == ["Account 7|2|0|0|0", "Account 45|1|0|0|0", "Account 12|0|0|0|1", "Account 30|0|0|1|0"])
        // Account 7 fell to red overall (45, red on revenue and amber on NPS, scores 25%: still amber); 30 rose. Each links to the plan's scorecard card.
        #expect(section.contains("<a href=\"accounts/acct-07/index.html#acct-07-score_heading\">Account 7</a>: overall"))
        #expect(section.contains("Nothing new in: actions fallen overdue, pilot decisions due, accounts not updated and survey scores."))
    }

    @Test func aFewAccountsAreListedMeasureByMeasureLinkedToTheirRows() throws {
        let project = ReviewPageTests.project
        var few = project
        few.accounts = Array(project.accounts.prefix(10))
        let section = try Self.section(Self.dashboard(few))
        #expect(section.contains("<h3>Status changes</h3>"))
        #expect(section.contains("<li><a href=\"accounts/acct-07/index.html#acct-07-measure-nps\">Account 7</a>: NPS <span class=\"rag rag-amber\">Amber</span> → <span class=\"rag rag-red\">Red</span> (10)</li>"))
        #expect(!section.contains("by account"))
    }

    @Test func oneScorecardWeekSaysSoInsteadOfAnEmptySection() throws {
        var project = ReviewPageTests.project
        project.weeks = [project.weeks[0]]
        let section = try Self.section(Self.dashboard(project))
        #expect(section.contains("Scorecard week 2026-11-20, the first on record: nothing to compare with yet."))
        #expect(!section.contains("<h3>"))
    }

    @Test func thePlanHasTheRowsTheDashboardLinksTo() throws {
        let project = ReviewPageTests.project
        let pages = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-28")!))
        let plan = String(decoding: try #require(pages.file(at: "accounts/acct-07/index.html")).bytes, as: UTF8.self)
        #expect(plan.contains("<tr id=\"acct-07-measure-nps\">"))
        #expect(plan.contains("id=\"acct-07-score_heading\""))
    }
}
