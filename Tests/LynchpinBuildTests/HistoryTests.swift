import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// Weekly reviews, --as-of and the feed, on the sample project.
@Suite struct HistoryTests {
    func build(_ root: String, output: String, asOf: String? = nil) -> BuildReport {
        SiteBuilder().build(BuildOptions(location: ProjectLocation(root: root), output: output,
                                           today: Day(iso: "2026-12-01")!, asOf: asOf.flatMap(Day.init(iso:))))
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func asOfAnEarlierWeekReproducesThatWeek() throws {
        let root = try FailedBuildTests().copyOfSample()
        let report = build(root, output: root + "/site", asOf: "2026-11-20")
        #expect(report.succeeded, "\(report.diagnostics)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/site/portfolio.json")))
        let root_ = try #require(json as? [String: Any])
        #expect(root_["as_of"] as? String == "2026-11-20")
        let accounts = try #require(root_["accounts"] as? [[String: Any]])
        let meridian = try #require(accounts.first { $0["id"] as? String == "meridian-freight" })
        let measures = try #require((meridian["scorecard"] as? [String: Any])?["measures"] as? [[String: Any]])
        let onTime = try #require(measures.first { $0["id"] as? String == "on-time" })
        #expect(onTime["actual"] as? Double == 94.0, "the 2026-11-20 value, not the 2026-11-27 one")
        #expect(onTime["rag"] as? String == "amber")
        // Helix sent no actuals in the 2026-11-20 week.
        let helix = try #require(accounts.first { $0["id"] as? String == "helix-energy" })
        #expect((helix["flags"] as? [String])?.contains("not-updated") == true)
        let helixPage = try read(root + "/site/accounts/helix-energy/index.html")
        #expect(helixPage.contains("No actuals this week"))
        // The review of 2026-11-27 did not exist yet.
        #expect(!FileManager.default.fileExists(atPath: root + "/site/reviews/2026-11-27/index.html"))
        #expect(FileManager.default.fileExists(atPath: root + "/site/reviews/2026-11-20/index.html"))
    }

    @Test func reviewPagesListRealChanges() throws {
        let root = try FailedBuildTests().copyOfSample()
        #expect(build(root, output: root + "/site").succeeded)
        let page = try read(root + "/site/reviews/2026-11-27/index.html")
        #expect(page.contains("Scorecard week 2026-11-27 compared with 2026-11-20."))
        // Meridian on-time 94.0 -> 95.2 against 95: amber to green.
        #expect(page.contains("<td>On-time delivery</td><td><span class=\"rag rag-amber\">Amber</span></td><td><span class=\"rag rag-green\">Green</span></td><td class=\"num\">95.2%</td>"))
        #expect(page.contains("<a href=\"../../accounts/quarry-lane-builders/index.html#quarry-lane-builders-scorecard_heading\">Quarry Lane Builders</a>: no actuals in this week's scorecard"))
        let narrowed = try read(root + "/site/reviews/2026-11-20/index.html")
        #expect(!narrowed.contains("Northgate Foods</a>"), "the review's accounts: list narrows the changes too")
        #expect(narrowed.contains("Helix Energy</a>: no actuals in this week"))
    }

    @Test func anOldReviewPageDoesNotChangeWhenANewWeekArrives() throws {
        let root = try FailedBuildTests().copyOfSample()
        #expect(build(root, output: root + "/before").succeeded)
        try "account,metric,actual\nmeridian-freight,revenue,1\n".write(
            toFile: root + "/content/scorecards/2026-12-04.csv", atomically: true, encoding: .utf8)
        #expect(build(root, output: root + "/after", asOf: "2026-12-04").succeeded)
        for date in ["2026-11-13", "2026-11-20", "2026-11-27"] {
            let before = try read("\(root)/before/reviews/\(date)/index.html")
            let after = try read("\(root)/after/reviews/\(date)/index.html")
            #expect(before == after, "reviews/\(date)")
        }
        #expect(try read(root + "/after/index.html") != read(root + "/before/index.html"))
    }

    @Test func theFeedIsValidAtomWithEveryReview() throws {
        let root = try FailedBuildTests().copyOfSample()
        let report = build(root, output: root + "/site")
        #expect(report.succeeded)
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/site/reviews/feed.xml"))
        let feed = AtomReader()
        let parser = XMLParser(data: data)
        parser.delegate = feed
        #expect(parser.parse(), "well-formed XML")
        #expect(feed.rootName == "feed" && feed.namespace == "http://www.w3.org/2005/Atom")
        #expect(feed.entryTitles == ["Week 48 account review", "Week 47 account review", "Week 46 account review"])
        #expect(feed.entryIDs.first == "https://plans.kestrel.example/reviews/2026-11-27/index.html")
        #expect(feed.feedUpdated == "2026-11-27T00:00:00Z")
        #expect(feed.contents.first?.contains("<h2 id=\"wins\">Wins</h2>") == true, "HTML content survives escaping")
    }

    @Test func withoutBaseURLTheFeedAndTheEmailsAreSkippedWithANote() throws {
        let root = try FailedBuildTests().copyOfSample()
        let config = try read(root + "/lynchpin.yml").replacingOccurrences(of: "base_url:", with: "# base_url:")
        try config.write(toFile: root + "/lynchpin.yml", atomically: true, encoding: .utf8)
        let report = build(root, output: root + "/site")
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: root + "/site/reviews/feed.xml"))
        #expect(!FileManager.default.fileExists(atPath: root + "/site/reviews/2026-11-27/review.eml"))
        #expect(report.notes == ["reviews/feed.xml skipped: an Atom feed needs absolute links; set base_url in lynchpin.yml.",
                                 "reviews/*/review.eml skipped: an e-mail needs absolute links; set base_url in lynchpin.yml."])
        #expect(!(try read(root + "/site/reviews/2026-11-27/index.html")).contains("review.eml"), "no link to a mail not written")
    }
}

/// Reads back the parts of an Atom feed the tests check.
final class AtomReader: NSObject, XMLParserDelegate {
    var rootName: String?
    var namespace: String?
    var entryTitles: [String] = []
    var entryIDs: [String] = []
    var contents: [String] = []
    var feedUpdated: String?
    private var path: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if rootName == nil {
            rootName = name
            namespace = attributes["xmlns"]
        }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch (path.dropLast().last, name) {
        case ("entry", "title"): entryTitles.append(text)
        case ("entry", "id"): entryIDs.append(text)
        case ("entry", "content"): contents.append(text)
        case ("feed", "updated"): feedUpdated = text
        default: break
        }
        path.removeLast()
    }
}
