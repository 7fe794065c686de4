import Foundation
import Testing
import LynchpinDomain
import LynchpinOutput
@testable import LynchpinViews
import LynchpinSite

/// The KAM figures reach the pages and portfolio.json, worked out by hand for a two-account project.
@Suite struct AnalysisPagesTests {
    static let asOf = Day(iso: "2026-11-27")!

    static var project: Project {
        var acme = Account(id: "acme", sourcePath: "content/accounts/acme.md", name: "Acme")
        acme.manager = "Dana Whitfield"
        acme.revenue = Revenue(current: 400, profit: 40, potential: 900)
        acme.attractiveness = ["future_volume": 5, "current_revenue": 2]   // (10 + 2) / 3 = 4.0
        acme.strength = ["relationship": 2, "share_of_wallet": 5]          // (4 + 5) / 3 = 3.0
        acme.stakeholders = [Stakeholder(name: "Maria", role: .decisionMaker, lastContact: Day(iso: "2026-11-20"))]
        acme.expectations = [Expectation(need: "Delivery", importance: 5, us: 3, competitor: 4)]
        acme.scorecard = [
            Measure(id: "revenue", perspective: .financial, name: "Revenue", unit: "USD", target: 1000, weight: 2),
            Measure(id: "lead-time", perspective: .internal, name: "Lead time", unit: "days", target: 10, direction: .down),
        ]
        acme.qualification = [QualificationAnswer(step: 1, question: "Why?", score: 3)]
        var beta = Account(id: "beta", sourcePath: "content/accounts/beta.md", name: "Beta")
        beta.manager = "Dana Whitfield"
        beta.revenue = Revenue(current: 100)
        beta.attractiveness = ["future_volume": 2]
        let week = ScorecardWeek(date: asOf, sourcePath: "w", entries: [
            .init(account: "acme", metric: "revenue", actual: 950, line: 2),   // 0.95: amber
            .init(account: "acme", metric: "lead-time", actual: 8, line: 3),   // 10 / 8 = 1.25: green
        ])
        return Project(config: SiteConfig(), accounts: [acme, beta], playbooks: [], reviews: [], weeks: [week])
    }

    static func pages() throws -> [String: String] {
        let portfolio = PortfolioAnalysis(project: project, asOf: asOf)
        let plan = SiteRenderer().pages(project, portfolio: portfolio)
        let (files, diagnostics) = (plan.renderAll(), plan.diagnostics)
        #expect(diagnostics.isEmpty)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func portfolioJSONCarriesTheComputedFigures() throws {
        let json = try #require(try Self.pages()["portfolio.json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["as_of"] as? String == "2026-11-27")
        let accounts = try #require(root["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["id"] as? String } == ["acme", "beta"])
        let acme = accounts[0]
        #expect(acme["quadrant"] as? String == "strategic")
        #expect(acme["attractiveness"] as? Double == 4.0)
        #expect(acme["strength"] as? Double == 3.0)
        let scorecard = try #require(acme["scorecard"] as? [String: Any])
        // The mean of the perspectives: financial 0.5 (revenue amber), internal 1 (lead time
        // green): 0.75. The v1 mean over measures, weighted, was (0.5 x 2 + 1) / 3 = 2/3.
        #expect(scorecard["overall"] as? Double == 0.75)
        let perspectives = try #require(scorecard["perspectives"] as? [String: Any])
        #expect(perspectives["financial"] as? Double == 0.5)
        #expect(perspectives["internal"] as? Double == 1.0)
        #expect(perspectives["growth"] is NSNull)
        let measures = try #require(scorecard["measures"] as? [[String: Any]])
        #expect(measures.map { $0["id"] as? String } == ["revenue", "lead-time"])
        #expect(measures.map { $0["rag"] as? String } == ["amber", "green"])
        #expect(measures.map { $0["actual"] as? Double } == [950, 8])
        #expect(measures.map { $0["target"] as? Double } == [1000, 10])
        #expect(measures.map { $0["compared_target"] as? Double } == [1000, 10])
        #expect(measures.map { $0["period"] as? String } == ["week", "week"])
        #expect(measures.map { $0["controllable"] as? Bool } == [true, true])
        #expect(acme["open_actions"] as? [Any] != nil && (acme["open_actions"] as? [Any])?.isEmpty == true)
        #expect(root["overdue_actions"] as? Int == 0)
        let qualification = try #require(acme["qualification"] as? [String: Any])
        #expect(qualification["total"] as? Int == 3 && qualification["max"] as? Int == 5)
        // Relative strength 15 / 20 = 0.75 with strength 3.0: behind the competitor.
        #expect(acme["relative_strength"] as? Double == 0.75)
        // Two attractiveness criteria of seven scored: thin (strength has two of four, half).
        #expect(acme["flags"] as? [String] == ["thinly-scored", "no-sponsor", "behind-competitor", "incomplete-plan"],
                "no threshold verdict any more")
        let beta = accounts[1]
        #expect(beta["quadrant"] is NSNull)
        #expect(beta["flags"] as? [String] == ["unplaced", "no-sponsor", "no-decision-maker", "incomplete-plan"])
    }

    @Test func dashboardShowsTheMatrixAsChartAndTable() throws {
        let page = try #require(try Self.pages()["index.html"])
        #expect(page.contains("<title id=\"portfolio_chart_title\">Portfolio matrix</title>"))
        #expect(page.contains("<desc id=\"portfolio_chart_desc\">Bubble chart of 1 accounts"))
        // strength 3.0 -> x = 60 + 2/4 x 560 = 340; attractiveness 4.0 -> y = 430 - 3/4 x 410 = 122.5.
        #expect(page.contains("cx=\"340.0\" cy=\"122.5\" r=\"36.0\""))
        #expect(page.contains("<title>Acme: Strategic, attractiveness 4.0, strength 3.0, revenue USD 400</title>"))
        #expect(page.contains("<td class=\"num\">4.0</td><td class=\"num\">3.0</td><td>Strategic</td>"))
        #expect(page.contains("Not placed (an axis has no scored criterion): <a href=\"accounts/beta/index.html\">Beta</a>"))
        #expect(page.contains("<dd>USD 500</dd>"), "total current revenue of active accounts")
        #expect(page.contains("<td class=\"num\">75.0% <span class=\"rag rag-green\">Green</span></td>"))
        #expect(page.contains("<li class=\"flag flag-no-sponsor\">No sponsor</li>"))
    }

    @Test func planShowsScorecardValueGapStakeholdersAndQualification() throws {
        let page = try #require(try Self.pages()["accounts/acme/index.html"])
        #expect(page.contains("<td class=\"num\">USD\u{00A0}950<span class=\"week\">2026-11-27</span></td><td class=\"num\">USD\u{00A0}1,000</td><td><span class=\"rag rag-amber\">Amber</span></td><td class=\"num\">95.0%</td>"))
        #expect(page.contains("<td class=\"num\">8 days<span class=\"week\">2026-11-27</span></td><td class=\"num\">10 days</td><td><span class=\"rag rag-green\">Green</span></td><td class=\"num\">125.0%</td>"))
        #expect(page.contains("Financial: score 50.0%"))
        #expect(page.contains("<td class=\"num\">5 <span class=\"behind\">behind</span></td>"))
        #expect(page.contains("Value gap against the best competitor"))
        #expect(page.contains("<li>No sponsor recorded at the account.</li>"))
        #expect(page.contains("<td class=\"date\">2026-11-20</td><td class=\"num\">7</td>"))
        #expect(page.contains("<p class=\"big\">3 of 5 (60.0%)</p>"))
        #expect(page.contains("Round 1 3 of 5; 1 answer."))
        #expect(!page.contains("class=\"verdict"))
        #expect(page.contains("<p class=\"big\">Strategic</p>"))
    }

    @Test func eachManagerGetsAPageOfTheirAccounts() throws {
        let pages = try Self.pages()
        let index = try #require(pages["people/index.html"])
        #expect(index.contains("<a href=\"../people/dana-whitfield/index.html\">Dana Whitfield</a></th><td class=\"num\">2</td>"))
        let person = try #require(pages["people/dana-whitfield/index.html"])
        #expect(person.contains("<a href=\"../../accounts/acme/index.html\">Acme</a>"))
        #expect(person.contains("<a href=\"../../accounts/beta/index.html\">Beta</a>"))
        #expect(person.contains("<strong>USD 500</strong>"))
    }
}
