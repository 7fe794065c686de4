import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinViews
import LynchpinSite

/// Survey results reach the plan (customer and team apart), the dashboard, a review and
/// portfolio.json; CRM owners reach the pipeline.
@Suite struct FeedbackPagesTests {
    static let asOf = Day(iso: "2026-11-27")!

    static func answer(_ date: String, _ survey: FeedbackResponse.Survey, _ score: Int, side: FeedbackResponse.Side = .customer,
                       comment: String? = nil) -> FeedbackResponse {
        FeedbackResponse(date: Day(iso: date)!, side: side, survey: survey, score: score, role: "Head of <QA>", comment: comment)
    }

    static var project: Project {
        var acme = Account(id: "acme", sourcePath: "content/accounts/acme.md", name: "Acme")
        acme.feedback = [answer("2026-08-04", .nps, 9), answer("2026-08-05", .nps, 10),
                         answer("2026-11-24", .nps, 6, comment: "Slow <b>response</b>"), answer("2026-11-25", .nps, 9),
                         answer("2026-09-01", .nps, 8, side: .employee), answer("2026-11-02", .nps, 9, side: .employee,
                                                                               comment: "Pilot on track")]
        acme.opportunities = [Opportunity(id: "hub", name: "Hub", value: 1000, stage: .propose, close: Day(iso: "2026-12-15")!,
                                          owner: "Dana Whitfield", probability: 60)]
        var beta = Account(id: "beta", sourcePath: "content/accounts/beta.md", name: "Beta")
        beta.feedback = [answer("2026-08-04", .csat, 3), answer("2026-11-24", .csat, 5)]
        let reviews = [Review(date: Day(iso: "2026-11-20")!, sourcePath: "r1", title: "R1"),
                       Review(date: asOf, sourcePath: "r2", title: "R2")]
        return Project(config: SiteConfig(), accounts: [acme, beta], playbooks: [], reviews: reviews, weeks: [])
    }

    static func pages() throws -> [String: String] {
        let portfolio = PortfolioAnalysis(project: project, asOf: asOf)
        let plan = SiteRenderer().pages(project, portfolio: portfolio)
        return Dictionary(uniqueKeysWithValues: plan.renderAll().map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    static func section(_ html: String, _ id: String) throws -> String {
        let start = try #require(html.range(of: "id=\"\(id)\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.lowerBound])
    }

    @Test func thePlanShowsEachSidesLatestQuarterItsChangeAndComments() throws {
        let feedback = try Self.section(try #require(try Self.pages()["accounts/acme/index.html"]), "acme-feedback_heading")
        // Customer: +100 (2 of 2 promoters) in Jul–Sep, then 1 promoter and 1 detractor of 2: 0.
        #expect(feedback.contains("<tr class=\"fell\"><th scope=\"row\">NPS (−100 to 100)</th><td>Oct–Dec 2026, so far</td><td class=\"num\">0</td><td class=\"num\">2 responses</td><td>+100 in Jul–Sep 2026, 2 responses</td><td><strong>fell 100 points</strong></td></tr>"))
        // Our team's survey is its own table, after the customer's: a passive 8, then a promoter.
        let team = try #require(feedback.range(of: "<h3>From our account team</h3>"))
        #expect(feedback.range(of: "<h3>From the customer</h3>")!.lowerBound < team.lowerBound)
        #expect(feedback[team.upperBound...].contains("<td class=\"num\">+100</td><td class=\"num\">1 response</td><td>0 in Jul–Sep 2026, 1 response</td><td>rose 100 points</td>"))
        // Comments are data: escaped.
        #expect(feedback.contains("<p>Slow &lt;b&gt;response&lt;/b&gt;</p></blockquote><p class=\"note\">Head of &lt;QA&gt;, 2026-11-24 (NPS 6)</p>"))
        #expect(!feedback.contains("<b>response"))
    }

    @Test func theDashboardListsTheFallsLargestFirstAndLinksToThePlan() throws {
        let falls = try Self.section(try #require(try Self.pages()["index.html"]), "feedback_heading")
        #expect(falls.contains("<a href=\"accounts/acme/index.html#acme-feedback_heading\">Acme</a>"))
        #expect(!falls.contains("Beta"))   // CSAT rose from 0% to 100%
    }

    @Test func aReviewShowsOnlyFallsWithAnswersSinceThePreviousReview() throws {
        let pages = try Self.pages()
        let latest = try Self.section(try #require(pages["reviews/2026-11-27/index.html"]), "feedback_heading")
        #expect(latest.contains("since the review of 2026-11-20") && latest.contains(">Acme</a>"))
        let earlier = try Self.section(try #require(pages["reviews/2026-11-20/index.html"]), "feedback_heading")
        #expect(earlier.contains("No account's survey score fell with answers so far."))
    }

    @Test func portfolioJSONCarriesEachSurveysQuarters() throws {
        let json = try #require(try Self.pages()["portfolio.json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let acme = try #require((root["accounts"] as? [[String: Any]])?.first)
        let feedback = try #require(acme["feedback"] as? [String: Any])
        let nps = try #require((feedback["customer"] as? [String: Any])?["nps"] as? [String: Any])
        #expect(nps["change"] as? Double == -100 && nps["fell"] as? Bool == true)
        let quarters = try #require(nps["quarters"] as? [[String: Any]])
        #expect(quarters.map { $0["score"] as? Int } == [100, 0] && quarters.map { $0["start"] as? String } == ["2026-07-01", "2026-10-01"])
        #expect((feedback["employee"] as? [String: Any])?["nps"] != nil)
        let opportunity = try #require((acme["opportunities"] as? [[String: Any]])?.first)
        #expect(opportunity["owner"] as? String == "Dana Whitfield" && opportunity["probability"] as? Double == 60)
    }

    @Test func thePipelineNamesTheCRMOwnerAndProbability() throws {
        let plan = try #require(try Self.pages()["accounts/acme/index.html"])
        #expect(plan.contains("<th scope=\"row\">Hub<br><span class=\"note\">Dana Whitfield · 60% in the CRM</span></th>"))
    }
}
