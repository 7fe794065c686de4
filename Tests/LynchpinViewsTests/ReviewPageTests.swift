import Foundation
import Testing
import LynchpinDomain
import LynchpinSite

/// A review of the whole of a large portfolio counts its changes by account; a review of a
/// few accounts lists each measure.
@Suite struct ReviewPageTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func id(_ n: Int) -> String { "acct-" + (n < 10 ? "0\(n)" : "\(n)") }

    /// Sixty accounts, each with revenue (target 100) and NPS (target 40), both amber in the
    /// first week. In the second: acct-07 goes red on both, acct-45 red on revenue, acct-30
    /// green on revenue with NPS up one, acct-12 revenue down one; nobody else moves.
    static var project: Project {
        let accounts = (0..<60).map { n -> Account in
            var account = Account(id: id(n), sourcePath: "content/accounts/\(id(n)).md", name: "Account \(n)")
            account.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Revenue", target: 100),
                                 Measure(id: "nps", perspective: .customer, name: "NPS", target: 40)]
            return account
        }
        let second: [Int: (Double, Double)] = [7: (50, 10), 45: (80, 38), 30: (120, 39), 12: (94, 38)]
        let weeks = [(day("2026-11-20"), [Int: (Double, Double)]()), (day("2026-11-27"), second)].map { date, changed in
            ScorecardWeek(date: date, sourcePath: "content/scorecards/\(date).csv", entries: (0..<60).flatMap { n in
                let (revenue, nps) = changed[n] ?? (95, 38)
                return [ScorecardWeek.Entry(account: id(n), metric: "revenue", actual: revenue, line: 2 * n + 2),
                        ScorecardWeek.Entry(account: id(n), metric: "nps", actual: nps, line: 2 * n + 3)]
            })
        }
        let reviews = [Review(date: day("2026-11-27"), sourcePath: "content/reviews/2026-11-27.md", title: "Whole portfolio"),
                       Review(date: day("2026-11-28"), sourcePath: "content/reviews/2026-11-28.md", title: "Two accounts",
                              accounts: [id(7), id(30)])]
        return Project(config: SiteConfig(), accounts: accounts, playbooks: [], reviews: reviews, weeks: weeks)
    }

    static func page(_ path: String) throws -> String {
        let project = Self.project
        let plan = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: day("2026-11-28")))
        let file = try #require(plan.file(at: path))
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// The body rows of the page's tables, tags stripped: "Account 7|2|0|0|0|0|0".
    static func rows(_ html: String) -> [String] {
        html.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { row in
            let cells = row.components(separatedBy: "</tr>")[0].components(separatedBy: "</t")
            return cells.map { cell in
                cell.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    .replacingOccurrences(of: "^[dh]>", with: "", options: .regularExpression)
            }.filter { !$0.isEmpty }.joined(separator: "|")
        }
    }

    @Test func aWholePortfolioReviewCountsChangesByAccountWorstFirst() throws {
        let html = try Self.page("reviews/2026-11-27/index.html")
        #expect(html.contains("<h3>Changes by account</h3>"))
        #expect(!html.contains("<h3>Measures that moved</h3>") && !html.contains("<h3>Status changes</h3>"))
        #expect(html.contains("4 status changes and 2 other moves in 4 of 60 accounts."))
        #expect(Self.rows(html) == ["Account 7|2|0|0|0|0|0", "Account 45|1|0|0|0|0|0", "Account 12|0|0|0|0|0|1",
                                    "Account 30|0|0|1|0|1|0"])
        #expect(html.contains("<a href=\"../../accounts/acct-07/index.html#acct-07-scorecard_heading\">Account 7</a>"))
        #expect(html.contains("<p>All 60 active accounts.</p>"))
        #expect(!html.contains("<li><a href=\"../../accounts/acct-59/index.html\">"), "sixty accounts are not listed one by one")
    }

    @Test func aReviewOfAFewAccountsListsEveryMeasure() throws {
        let html = try Self.page("reviews/2026-11-28/index.html")
        #expect(!html.contains("Changes by account"))
        #expect(Self.rows(html) == ["Account 7|NPS|Amber|Red|10", "Account 7|Revenue|Amber|Red|50",
                                    "Account 30|Revenue|Amber|Green|120", "Account 30|NPS|38|39|+1 better"])
        #expect(html.contains("<li><a href=\"../../accounts/acct-30/index.html\">Account 30</a></li>"))
    }
}
