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
        return BuildPipeline().build(options)
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
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
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
        // Meridian: revenue, margin, nps, on-time (x2 weight each for revenue and on-time), lead-time green,
        // new-lanes 4/6 red: (2 + 1 + 0 + 1 + 2 + 1) / 8 = 87.5%.
        #expect(portfolio.contains("<td class=\"num\">87.5% <span class=\"rag rag-green\">Green</span></td>"))
        #expect(portfolio.contains("<td class=\"num\">USD 2,400,000</td>"))
        // Active accounts' revenue: 2.4M + 3.1M + 1.75M + 0.62M + 0.88M + 1.2M + 0.95M + 0.41M.
        #expect(portfolio.contains("<dd>USD 11,310,000</dd>"))

        let meridian = try page(site, "accounts/meridian-freight/index.html")
        #expect(meridian.contains("<dt>Potential (3 years)</dt><dd>USD 5,200,000</dd>"))
        #expect(meridian.contains("4 of 4 building blocks covered"))
        #expect(meridian.contains("<h2 id=\"meridian-freight-systems-and-processes\">Systems and processes</h2>"))
        #expect(meridian.contains("<li>Lee Park <span class=\"role\">Solutions engineer</span></li>"))
        #expect(meridian.contains("href=\"../../playbooks/ninety-day-pilot/index.html\""))

        #expect(meridian.contains("<td class=\"num\">6 lanes</td><td class=\"num\">4 lanes<span class=\"week\">2026-11-27</span></td><td class=\"num\">66.7%</td><td><span class=\"rag rag-red\">Red</span></td>"))

        // History: 641,000 the week before, 652,000 now.
        #expect(meridian.contains("<td class=\"num\">USD 641,000</td><td class=\"num\"><span class=\"trend-better\">▲ +11,000 <span class=\"trend-word\">better</span></span></td>"))
        #expect(meridian.contains("aria-label=\"Quarterly sales revenue: 8 weeks from 2026-10-09 to 2026-11-27, USD 598,000, USD 604,000"))
        // The pilot started 2026-10-01: day 57 on 2026-11-27; "Second lane live" (day 60) is due soon.
        #expect(meridian.contains("<p class=\"big\">Day 57 of 90</p>"))
        #expect(meridian.contains("<th scope=\"row\">Second lane live</th><td class=\"num\">60</td><td>2026-11-30</td><td><span class=\"milestone-state milestone-in-progress\">in progress</span> <span class=\"note\">due soon</span></td>"))
        #expect(portfolio.contains("<td>Cold-chain visibility pilot</td><td>Day 57 of 90</td><td>none</td>"))

        let json = try page(site, "portfolio.json")
        #expect(json.contains("\"as_of\" : \"2026-11-27\""))
        #expect(json.contains("\"overall\" : 0.875"))

        let helix = try page(site, "accounts/helix-energy/index.html")
        #expect(helix.contains("2 of 4 building blocks covered"))
        #expect(helix.contains("Organization: <strong>Missing</strong>"))

        let playbook = try page(site, "playbooks/congruence-model/index.html")
        #expect(playbook.contains("<li class=\"depth-1\"><a href=\"#the-four-building-blocks\">The four building blocks</a></li>"))
        #expect(playbook.contains("<li class=\"depth-2\"><a href=\"#human-resources\">Human resources</a></li>"))

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
