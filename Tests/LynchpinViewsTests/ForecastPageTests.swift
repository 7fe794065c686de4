import Foundation
import Testing
import LynchpinDomain
import LynchpinSite

/// Forecasts over a generated portfolio of sixty accounts and three managers: every fifth
/// account missed a week, so it has no forecast; the dashboard's and each manager's totals
/// are the sums over the others.
@Suite struct ForecastPageTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let dates = (0..<8).map { day("2026-10-09").adding(days: 7 * $0) }

    static var project: Project {
        let managers = ["Ana Ruiz", "Lee Park", "Dana Whitfield"]
        let accounts = (0..<60).map { n -> Account in
            var account = Account(id: "acct-\(n)", sourcePath: "content/accounts/acct-\(n).md", name: "Account \(n)")
            account.manager = managers[n % 3]
            account.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Sales", unit: "USD", target: 130_000,
                                         period: .quarter, aggregate: .sum)]
            account.revenue = Revenue(yearToDate: .init(through: day("2026-10-02"), amount: Double(300_000 + 1_000 * n)))
            var deal = Opportunity(id: "deal", name: "Deal", value: Double(10_000 * n), stage: .negotiate, close: day("2026-12-10"))
            deal.stageProbability = .init(percent: 80, stage: "negotiate", table: .lynchpin)
            account.opportunities = [deal]
            return account
        }
        let weeks = dates.map { date in
            ScorecardWeek(date: date, sourcePath: "content/scorecards/\(date).csv", entries: (0..<60).compactMap { n in
                n % 5 == 0 && date == day("2026-11-13") ? nil
                    : ScorecardWeek.Entry(account: "acct-\(n)", metric: "revenue", actual: 10_000, line: n + 2)
            })
        }
        var config = SiteConfig()
        config.currency = "USD"
        return Project(config: config, accounts: accounts, playbooks: [], reviews: [], weeks: weeks)
    }

    @Test func theTotalsAreTheAccountsWithAForecastAndTheOthersAreNamed() throws {
        let project = Self.project
        let portfolio = PortfolioAnalysis(project: project, asOf: Self.day("2026-11-27"))
        let total = portfolio.forecast
        // Account n: 520,000 target; 300,000 + 1,000n booked + 80,000 summed; 8,000n weighted.
        let kept = (0..<60).filter { $0 % 5 != 0 }
        #expect(total.made == 48 && total.withheld.sorted() == (0..<60).filter { $0 % 5 == 0 }.map { "acct-\($0)" }.sorted())
        #expect(total.target == Double(48 * 520_000))
        #expect(total.value == kept.reduce(0.0) { $0 + 380_000 + 1_000 * Double($1) + 8_000 * Double($1) })
        #expect(portfolio.managers.reduce(0.0) { $0 + $1.scorecard.forecast.value } == total.value)
        #expect(portfolio.managers.reduce(0) { $0 + $1.scorecard.forecast.withheld.count } == 12)

        let pages = SiteRenderer().pages(project, portfolio: portfolio)
        let dashboard = String(decoding: try #require(pages.file(at: "index.html")).bytes, as: UTF8.self)
        #expect(dashboard.contains("48 of 60 active accounts with a forecast; the target and forecast leave out the 12 without one."))
        #expect(dashboard.contains("<a href=\"accounts/acct-0/index.html#acct-0-forecast_heading\">Account 0</a>"))
        let gap = total.value - total.target
        let words = gap >= 0 ? "On track" : "Short by"
        #expect(dashboard.contains("<strong>\(words)"))
        let plan = String(decoding: try #require(pages.file(at: "accounts/acct-0/index.html")).bytes, as: UTF8.self)
        #expect(plan.contains("Why: no &#39;Sales&#39; row in the week of 2026-11-13"))
    }
}
