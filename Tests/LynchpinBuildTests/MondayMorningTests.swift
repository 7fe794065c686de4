import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild

/// What a director reads first on Monday, from the sample's built site: what changed since
/// last week, and the forecast against target, on the plan, the manager's page, the
/// dashboard and in portfolio.json.
@Suite struct MondayMorningTests {
    /// The sample, built once for the suite.
    static let site: String = {
        let site = (try? SampleSiteTests.temporaryFolder()).map { $0 + "/site" } ?? "/nonexistent"
        _ = SampleSiteTests.build(into: site)
        return site
    }()

    static func page(_ path: String) throws -> String {
        try String(contentsOfFile: site + "/" + path, encoding: .utf8)
    }

    static func json() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: site + "/portfolio.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theDashboardOpensWithWhatChangedSinceLastWeek() throws {
        let html = try Self.page("index.html")
        let since = try #require(html.range(of: "<h2 id=\"since_heading\">Since last week</h2>"))
        #expect(since.lowerBound < (html.range(of: "id=\"totals_heading\"")?.lowerBound ?? html.startIndex))
        #expect(html.contains("<p class=\"note\">Scorecard week 2026-11-27 compared with 2026-11-20.</p>"))
        // Orion's lead time and Solace's corrective actions turned red this week.
        #expect(html.contains("<strong>Since 2026-11-20: 2 measures newly red in 2 accounts, 7 other status changes, 1 overall status worse, 2 overall statuses better, 1 review action fell overdue, 1 pilot decision due within 14 days or overdue, 1 account not updated and 2 survey scores fell.</strong>"))
        #expect(html.contains("<li><a href=\"accounts/orion-rail/index.html#orion-rail-measure-lead-time\">Orion Rail Services</a>: Order lead time <span class=\"rag rag-amber\">Amber</span> → <span class=\"rag rag-red\">Red</span> (12 days)</li>"))
        // Orion's overall fell from amber to red; the reason names the red perspectives.
        #expect(html.contains("<a href=\"accounts/orion-rail/index.html#orion-rail-score_heading\">Orion Rail Services</a>: overall <span class=\"rag rag-amber\">Amber</span> (25.0%) → <span class=\"rag rag-red\">Red</span> (12.5%); Growth, Customer and Internal are red"))
        // Vantage's root-cause action was due 2026-11-25: open, and not overdue a week ago.
        #expect(html.contains("<a href=\"accounts/vantage-pharma/index.html#vantage-pharma-actions_heading\">Vantage Pharma</a>: Find the root cause of the missed Benelux temperature excursion (Dana Whitfield), due 2026-11-25"))
        #expect(html.contains("<a href=\"accounts/quarry-lane-builders/index.html#quarry-lane-builders-scorecard_heading\">Quarry Lane Builders</a>: no actuals in this week's scorecard"))
        // The review of the same week finds the same changes: one implementation.
        let review = try Self.page("reviews/2026-11-27/index.html")
        #expect(review.contains("<a href=\"../../accounts/orion-rail/index.html#orion-rail-score_heading\">Orion Rail Services</a>: overall <span class=\"rag rag-amber\">Amber</span> (25.0%) → <span class=\"rag rag-red\">Red</span> (12.5%)"))
    }

    /// Meridian, worked by hand: 650,000 a quarter is 2,600,000 a year; 1,905,000 from the
    /// books through 2026-10-02 and 412,000 in the eight weeks since make 2,317,000 so far;
    /// the TMS module (240,000 at negotiate's 80%) and the cold-chain rollout (1,200,000 at
    /// the CRM's 75%) add 1,092,000: 3,409,000, 809,000 above target.
    @Test func meridiansForecastIsWorkedOutAsTheMethodSays() throws {
        let plan = try Self.page("accounts/meridian-freight/index.html")
        #expect(plan.contains("<strong>On track: USD 809,000 above target</strong> for the fiscal year 2026-01-01 to 2026-12-31."))
        #expect(plan.contains("<dt>Sales so far</dt><dd>USD 2,317,000</dd>"))
        #expect(plan.contains("<dt>Pipeline, weighted</dt><dd>USD 1,092,000</dd>"))
        #expect(plan.contains("<td class=\"num\">80%</td><td>stage negotiate, Lynchpin&#39;s default</td><td class=\"num\">USD 192,000</td>"))
        #expect(plan.contains("<td class=\"num\">75%</td><td>from the CRM</td><td class=\"num\">USD 900,000</td>"))
        let account = try #require((try Self.json()["accounts"] as? [[String: Any]])?.first { $0["id"] as? String == "meridian-freight" })
        let forecast = try #require(account["forecast"] as? [String: Any])
        #expect(forecast["value"] as? Double == 3_409_000 && forecast["target"] as? Double == 2_600_000)
        #expect(forecast["gap"] as? Double == 809_000 && forecast["on_track"] as? Bool == true)
    }

    @Test func anAccountWithAWeekMissingSaysWhyItHasNoForecast() throws {
        let plan = try Self.page("accounts/helix-energy/index.html")
        #expect(plan.contains("<p>No forecast for the fiscal year 2026-01-01 to 2026-12-31. Why: no &#39;Quarterly sales revenue&#39; row in the week of 2026-11-20: the sales so far would leave that week out.</p>"))
        let account = try #require((try Self.json()["accounts"] as? [[String: Any]])?.first { $0["id"] as? String == "helix-energy" })
        #expect((account["forecast"] as? [String: Any])?["made"] as? Bool == false)
        // A prospect has none at all.
        let prospect = try #require((try Self.json()["accounts"] as? [[String: Any]])?.first { $0["status"] as? String == "prospect" })
        #expect(prospect["forecast"] is NSNull)
    }

    /// The portfolio's and each manager's totals are the sums of their accounts' forecasts,
    /// the withheld ones named and counted in neither target nor forecast.
    @Test func totalsAreTheSumsOfTheAccountsWithAForecast() throws {
        let json = try Self.json()
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        let made = accounts.compactMap { $0["forecast"] as? [String: Any] }.filter { $0["made"] as? Bool == true }
        let total = try #require(json["forecast"] as? [String: Any])
        let sum = { (key: String) in made.reduce(0.0) { $0 + ($1[key] as? Double ?? .nan) } }
        #expect(total["made"] as? Int == made.count)
        #expect(abs((total["target"] as? Double ?? 0) - sum("target")) < 0.01)
        #expect(abs((total["value"] as? Double ?? 0) - sum("value")) < 0.01)
        #expect((total["withheld"] as? [String])?.sorted() == ["helix-energy", "northgate-dairy", "northgate-frozen", "quarry-lane-builders"])
        let managers = try #require(total["managers"] as? [String: [String: Any]])
        #expect(abs(managers.values.reduce(0.0) { $0 + ($1["value"] as? Double ?? .nan) } - sum("value")) < 0.01)
        // The dashboard says the same, and so does Dana's own page.
        let dashboard = try Self.page("index.html")
        #expect(dashboard.contains("6 of 10 active accounts with a forecast; the target and forecast leave out the 4 without one."))
        let dana = try Self.page("people/dana-whitfield/index.html")
        let danas = try #require(managers["dana-whitfield"])
        #expect(dana.contains("<h3>Forecast for the year</h3>"))
        #expect(danas["on_track"] as? Bool == true && dana.contains("<strong>On track: USD 621,805 above target</strong>"))
    }

    /// The sample sets base_url, so each review has its e-mail beside its page, linked from it.
    @Test func eachReviewHasItsEmailBesideItsPage() throws {
        let raw = try Self.page("reviews/2026-11-27/review.eml")
        #expect(raw.hasPrefix("MIME-Version: 1.0\r\nDate: Fri, 27 Nov 2026 00:00:00 +0000\r\n"))
        #expect(raw.contains("Subject: Week 48 account review, 2026-11-27: 2 newly red, 1 overall worse, 1\r\n action fell overdue, 1 pilot decision due, 1 not updated\r\n"))
        #expect(raw.contains("Content-Type: multipart/alternative; boundary=\"=_lynchpin_review-2026-11-27\""))
        #expect(raw.contains("Content-Type: text/plain; charset=utf-8") && raw.contains("Content-Type: text/html; charset=utf-8"))
        #expect(!raw.split(separator: "\r\n", omittingEmptySubsequences: false).contains { $0.utf8.count > 78 && !$0.hasPrefix("Content-Type") })
        let page = try Self.page("reviews/2026-11-27/index.html")
        #expect(page.contains("<a href=\"../../reviews/2026-11-27/review.eml\" download>This review as an e-mail</a>"))
    }
}
