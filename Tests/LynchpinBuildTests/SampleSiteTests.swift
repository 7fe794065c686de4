import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad
import LynchpinOutput

/// Builds the repository's sample project end to end and reads the pages back.
@Suite struct SampleSiteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL.path

    static func build(into output: String, location: ProjectLocation? = nil) -> BuildReport {
        let options = BuildOptions(location: location ?? ProjectLocation(root: repository), output: output,
                                   today: Day(iso: "2026-12-01")!)
        return SiteBuilder().build(options)
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "lynchpin-build-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func page(_ site: String, _ path: String) throws -> String {
        try String(contentsOfFile: site + "/" + path, encoding: .utf8)
    }

    /// The sample's data holds no markup, so escaped markup on a page means the theme
    /// escaped its own: a template's `cond ? "<b>" : ""` typed as a `String`.
    @Test func theThemeNeverEscapesItsOwnMarkup() throws {
        let site = try Self.temporaryFolder() + "/site"
        #expect(Self.build(into: site).succeeded)
        let pages = (FileManager.default.subpaths(atPath: site) ?? []).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 30)
        for path in pages {
            let html = try page(site, path)
            for escaped in ["&lt;/", "&lt;span", "&lt;p", "&lt;li", "&lt;a ", "&lt;ul", "&lt;div", "&lt;tr", "=&quot;", "HTML(bytes:"] {
                #expect(!html.contains(escaped), "\(path) has \(escaped)")
            }
        }
    }

    @Test func buildsEveryAccountPlaybookAndReview() throws {
        let site = try Self.temporaryFolder() + "/site"
        let report = Self.build(into: site)
        #expect(report.succeeded, "\(report.diagnostics)")
        // The sample has a week each in which one account sent no figures, as real ones do.
        #expect(report.diagnostics.map(\.description) == [
            "content/scorecards/2026-11-20.csv: warning: the week 2026-11-20 has no rows for 1 of 8 active accounts with measures (helix-energy); their figures stay as they were, and the review of that week lists them as not updated",
            "content/scorecards/2026-11-27.csv: warning: the week 2026-11-27 has no rows for 1 of 8 active accounts with measures (quarry-lane-builders); their figures stay as they were, and the review of that week lists them as not updated",
        ])
        #expect(report.referenceDate?.description == "2026-11-27")

        let content = Self.repository + "/content"
        for folder in ["accounts", "playbooks", "reviews"] {
            let ids = try FileManager.default.contentsOfDirectory(atPath: content + "/" + folder)
                .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
            #expect(ids.count >= 3)
            for id in ids {
                #expect(FileManager.default.fileExists(atPath: "\(site)/\(folder)/\(id)/index.html"), "\(folder)/\(id)")
            }
        }
        for path in ["index.html", "404.html", "playbooks/index.html", "reviews/index.html", "assets/lynchpin.css",
                     "robots.txt"] {
            #expect(FileManager.default.fileExists(atPath: site + "/" + path), "\(path)")
        }
    }

    @Test func pagesShowTheSampleValues() throws {
        let site = try Self.temporaryFolder() + "/site"
        #expect(Self.build(into: site).succeeded)

        let portfolio = try page(site, "index.html")
        #expect(portfolio.contains("<a href=\"accounts/meridian-freight/index.html\">Meridian Freight</a>"))
        #expect(portfolio.contains("<td><a href=\"people/dana-whitfield/index.html\">Dana Whitfield</a></td>"))
        // Meridian: every perspective green, so the mean of the perspectives is 100%. Quarterly
        // revenue and new lanes are summed over the quarter against a pro-rated target.
        #expect(portfolio.contains("<td class=\"num\">100.0% <span class=\"rag rag-green\">Green</span></td>"))
        // Vantage's root-cause action was due 2026-11-25 and is still open.
        #expect(portfolio.contains("<p class=\"big\">3 open</p>"))
        #expect(portfolio.contains("<td class=\"date\">2026-11-25</td><td>open <span class=\"warning\">overdue</span></td>"))
        #expect(portfolio.contains("<td class=\"num\">USD 2,400,000</td>"))
        // Active accounts' revenue: 2.4M + 3.1M + 1.75M + 0.62M + 0.88M + 1.2M + 0.95M + 0.41M,
        // and Northgate's active divisions, Dairy 1.45M and Frozen 0.52M.
        #expect(portfolio.contains("<dd>USD 13,280,000</dd>"))
        // Ten active accounts, but Northgate and its two active divisions count once.
        #expect(portfolio.contains("<dt>Active accounts (a global account counts once)</dt><dd>8</dd>"))
        // Northgate's own 3.1M with its divisions': 5.07M.
        #expect(portfolio.contains("USD 5,070,000<span class=\"measure-note\">with 3 divisions</span>"))
        let group = try page(site, "accounts/northgate-foods/index.html")
        #expect(group.contains("Global account: 3 divisions"))
        #expect(group.contains("<strong>Divisions not yet sold to:</strong> <a href=\"../../accounts/northgate-bakery/index.html\">Northgate Bakery</a>"))
        let dairy = try page(site, "accounts/northgate-dairy/index.html")
        #expect(dairy.contains("Division of <a href=\"../../accounts/northgate-foods/index.html\">Northgate Foods</a>"))

        let meridian = try page(site, "accounts/meridian-freight/index.html")
        // The navigation marks the portfolio as the page on the dashboard, as the section
        // (not the page) on a plan inside it.
        #expect(portfolio.contains("<a href=\"index.html\" aria-current=\"page\">Portfolio</a>"))
        #expect(meridian.contains("<a href=\"../../index.html\" aria-current=\"true\">Portfolio</a>") && !meridian.contains("aria-current=\"page\""))
        #expect(meridian.contains("<dt>Potential (3 years)</dt><dd>USD 5,200,000</dd>"))
        #expect(meridian.contains("4 of 4 building blocks covered"))
        #expect(meridian.contains("<h2 id=\"meridian-freight-systems-and-processes\">Systems and processes</h2>"))
        #expect(meridian.contains("<li>Lee Park <span class=\"role\">Solutions engineer</span></li>"))
        #expect(meridian.contains("href=\"../../playbooks/ninety-day-pilot/index.html\""))

        // 4 lanes this quarter. The scorecards begin with the week of 2026-10-09, which covers
        // 2026-10-03 on: 56 of the quarter's 92 days are on record, so 6 x 56 / 92 = 3.65 are
        // due by now: 4 / 3.65 = 109.5%, green. (v1 held 4 against 6: red all quarter.)
        #expect(meridian.contains("<td class=\"num\">4 lanes<span class=\"per\">of 6 lanes</span><span class=\"week\">2026-11-27</span><span class=\"measure-note\">quarter from 2026-10-01, on record from 2026-10-03, 8 weeks summed</span><span class=\"measure-note\">3.65 lanes due by now</span></td><td class=\"num\">6 lanes<span class=\"per\">a quarter</span></td><td><span class=\"rag rag-green\">Green</span></td><td class=\"num\">109.5%</td>"))
        // Revenue: 412,000 summed; 650,000 x 56 / 92 = 395,652 due.
        #expect(meridian.contains("USD\u{00A0}412,000<span class=\"per\">of USD\u{00A0}650,000</span><span class=\"week\">2026-11-27</span><span class=\"measure-note\">quarter from 2026-10-01, on record from 2026-10-03, 8 weeks summed</span><span class=\"measure-note\">USD 395,652 due by now</span></td><td class=\"num\">USD\u{00A0}650,000<span class=\"per\">a quarter</span></td>"))
        // History: the quarter's total was 359,000 the week before; 53,000 sold this week.
        #expect(meridian.contains("<td class=\"num\">USD 359,000</td><td class=\"num\"><span class=\"trend-better\">▲ +53,000 <span class=\"trend-word\">better</span></span></td>"))
        #expect(meridian.contains("aria-label=\"Quarterly sales revenue (quarter to date): 8 weeks from 2026-10-09 to 2026-11-27, USD 49,000, USD 99,500"))
        // NPS: the target stepped from 40 to 43 on 2026-11-15; on-time is the supply planner's.
        #expect(meridian.contains("<td class=\"num\">43 points<span class=\"measure-note\">40 points from 2026-10-01, 43 points from 2026-11-15</span></td>"))
        #expect(meridian.contains("On-time delivery <span class=\"direction\">(more is better)</span><span class=\"measure-note\">Outside the manager's control"))
        #expect(meridian.contains("<th scope=\"row\">Confirm the second pilot lane&#39;s go-live date with Maria Chen"))
        // The pilot started 2026-10-01: day 57 on 2026-11-27; "Second lane live" (day 60) is due soon.
        #expect(meridian.contains("<p class=\"big\">Day 57 of 90</p>"))
        #expect(meridian.contains("<th scope=\"row\">Second lane live</th><td class=\"num\">60</td><td class=\"date\">2026-11-30</td><td>Lee Park</td><td><span class=\"milestone-state milestone-in-progress\">in progress</span> <span class=\"note\">due soon</span></td>"))
        #expect(portfolio.contains("<td>Cold-chain visibility pilot</td><td>Day 57 of 90</td><td>none</td>"))

        // Meridian: us 53 against the competitor's 56, weighted by importance, with strength 3.7.
        #expect(meridian.contains("<strong>Relative strength 0.95</strong>"))
        #expect(meridian.contains("<li class=\"flag flag-behind-competitor\">Customer rates a competitor higher</li>"))

        // Helix's pilot ended on 2026-10-18 with no call made; Northgate's was scaled.
        let helixPlan = try page(site, "accounts/helix-energy/index.html")
        #expect(helixPlan.contains("Decision due: day 90 was 2026-10-18, 40 days ago"))
        #expect(helixPlan.contains("<li class=\"flag flag-pilot-decision-due\">Pilot decision due</li>"))
        let northgate = try page(site, "accounts/northgate-foods/index.html")
        #expect(northgate.contains("<strong>Decision:</strong> Scale, decided 2026-09-04"))
        #expect(northgate.contains("<td class=\"date\">2026-06-11</td><td>Grace Liu</td>"), "a milestone's owner")

        // The pipeline: one open opportunity in each open stage, 2,180,000 in all; the TMS
        // module (2026-12-05) and the rollout (2026-12-18) close within 30 days.
        #expect(portfolio.contains("<p>4 open opportunities worth <strong>USD 2,180,000</strong>.</p>"))
        #expect(portfolio.contains("<tr><th scope=\"row\">propose</th><td class=\"num\">1</td><td class=\"num\">USD 1,200,000</td></tr>"))
        let tms = try #require(portfolio.range(of: "TMS integration module"))
        let rollout = try #require(portfolio.range(of: "Cold-chain tracking on every reefer lane"))
        #expect(tms.lowerBound < rollout.lowerBound, "soonest first")
        #expect(meridian.contains("round 1 9 of 10, round 2 7 of 10, round 3 5 of 5 (5 answers)"))
        let solace = try page(site, "accounts/solace-health/index.html")
        #expect(solace.contains("2026-11-20 <span class=\"warning\">past its close date</span>"))
        #expect(solace.contains("<li class=\"flag flag-stale-opportunity\">Opportunity past its close date</li>"))

        // Meridian's contacts are held by four of us, the CFO by Sam: a diamond. Orion's all
        // run through Kenji: a single-threaded bow-tie.
        #expect(meridian.contains("Relationship map: <span class=\"shape shape-diamond\">Diamond</span>"))
        #expect(meridian.contains("<tr><th scope=\"row\">Rupert Hale</th><td>blocker</td><td>Dana Whitfield</td><td class=\"date\">58 days ago <span class=\"recency link-stale\">stale</span></td></tr>"))
        let orion = try page(site, "accounts/orion-rail/index.html")
        #expect(orion.contains("Relationship map: <span class=\"shape shape-bow-tie\">Bow-tie</span>"))
        #expect(orion.contains("<li class=\"flag flag-single-threaded\">Single-threaded relationship</li>"))

        // Selection: Aurora sits on the matrix from one strength criterion of four.
        let selection = try page(site, "selection/index.html")
        #expect(selection.contains("<a href=\"../accounts/aurora-aero/index.html\">Aurora Aerostructures</a>"))
        #expect(selection.contains("<span class=\"coverage\">(1 of 4)</span> <span class=\"warning\">thinly scored</span>"))
        #expect(selection.contains("Key account, decided 2025-01-15 by Priya Raman"))
        #expect(meridian.contains("<caption>Attractiveness: 7 of 7 criteria scored</caption>"))
        let aurora = try page(site, "accounts/aurora-aero/index.html")
        #expect(aurora.contains("<li class=\"flag flag-thinly-scored\">Thinly scored</li>"))
        #expect(aurora.contains("Our strength: 1 of 4 criteria scored, fewer than half: thinly scored"))

        // The plan's SWOT table and its task list, from the narrative's Markdown.
        #expect(meridian.contains("aria-label=\"Table 1: Helps us, Holds us back (meridian-freight)\"><table>"))
        #expect(meridian.contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"done\"> First lane live and reporting (day 45)"))

        let json = try page(site, "portfolio.json")
        #expect(json.contains("\"as_of\" : \"2026-11-27\""))
        #expect(json.contains("\"overall\" : 1,"))
        #expect(json.contains("\"overdue_actions\" : 1,"))

        let helix = try page(site, "accounts/helix-energy/index.html")
        #expect(helix.contains("2 of 4 building blocks covered"))
        #expect(helix.contains("Organization: <strong>Missing</strong>"))

        let playbook = try page(site, "playbooks/congruence-model/index.html")
        #expect(playbook.contains("<li class=\"depth-1\"><a href=\"#the-four-building-blocks\">The four building blocks</a></li>"))
        #expect(playbook.contains("<li class=\"depth-2\"><a href=\"#human-resources\">Human resources</a></li>"))

        // Week 47's page shows the actions as they stood on its date: the Solace agreement
        // handed to Sam and still open (it was closed at week 48), the funding closed.
        let week47 = try page(site, "reviews/2026-11-20/index.html")
        let stillOpen = try #require(week47.range(of: "Still open from earlier reviews"))
        let closed = try #require(week47.range(of: "Closed this week"))
        #expect(week47[stillOpen.upperBound..<closed.lowerBound].contains("<td>Sam Ortiz</td><td class=\"date\">2026-11-26</td><td>open</td>"))
        #expect(week47[closed.upperBound...].contains("Fund Farid&#39;s validation work"))
        #expect(!week47.contains("quarry-lane-distributor"), "raised later")

        let reviews = try page(site, "reviews/index.html")
        let newest = try #require(reviews.range(of: "Week 48 account review"))
        let oldest = try #require(reviews.range(of: "Week 46 account review"))
        #expect(newest.lowerBound < oldest.lowerBound, "newest first")

        let review = try page(site, "reviews/2026-11-20/index.html")
        #expect(review.contains("<li>Hannah Okafor</li>"))
        #expect(review.contains("<a href=\"../../accounts/vantage-pharma/index.html\">Vantage Pharma</a>"))
        #expect(!review.contains("Northgate Foods</a>"), "the review's accounts: list narrows it")
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let root = try Self.temporaryFolder()
        #expect(Self.build(into: root + "/a").succeeded)
        #expect(Self.build(into: root + "/b").succeeded)
        let a = FileManager.default.subpaths(atPath: root + "/a")!.sorted()
        #expect(a == FileManager.default.subpaths(atPath: root + "/b")!.sorted())
        for path in a {
            let left = FileManager.default.contents(atPath: root + "/a/" + path)
            #expect(left == FileManager.default.contents(atPath: root + "/b/" + path), "\(path)")
        }
    }
}
