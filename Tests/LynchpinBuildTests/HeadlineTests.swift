import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// Headlines that never say more than their figures, read off the sample's built pages.
@Suite struct HeadlineTests {
    static func site() throws -> String {
        let site = try SampleSiteTests.temporaryFolder() + "/site"
        let report = SampleSiteTests.build(into: site)
        #expect(report.succeeded, "\(report.diagnostics)")
        return site
    }

    /// The quadrant counts add up to what their note says, and the note's parts add up with
    /// the totals' active accounts: 8 active + 2 divisions + 2 prospects = 12.
    @Test func theDashboardsCountsAddUp() throws {
        let html = try String(contentsOfFile: try Self.site() + "/index.html", encoding: .utf8)
        let quadrants = try #require(html.range(of: "<ul class=\"quadrant-counts\">")).upperBound
        let end = try #require(html[quadrants...].range(of: "</ul>")).lowerBound
        let counts = html[quadrants..<end].components(separatedBy: "</strong>: ").dropFirst().compactMap { part in
            Int(part.prefix { $0.isNumber })
        }
        #expect(counts.count == 4)
        let note = try #require(html.range(of: "active accounts, 2 active divisions placed on their own and 2 prospects: "))
        let total = Int(html[note.upperBound...].prefix { $0.isNumber })
        #expect(html.contains("<p class=\"measure-note\">8 active accounts, 2 active divisions placed on their own and 2 prospects: 12 in all</p>"))
        #expect(html.contains("Active accounts (a global account counts once)"))
        #expect(counts.reduce(0, +) == total, "\(counts)")
    }

    /// An account whose growth perspective is red is never shown green overall, and the
    /// red perspective is named beside its status, on the plan and on the dashboard.
    @Test func aRedPerspectiveIsNamedInTheHeadline() throws {
        let site = try Self.site()
        let plan = try String(contentsOfFile: site + "/accounts/helix-energy/index.html", encoding: .utf8)
        #expect(plan.contains("<p class=\"big\">50.0% <span class=\"rag rag-amber\">Amber</span><span class=\"rag-reason\">: Growth is red</span></p>"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/portfolio.json"))) as? [String: Any]
        let accounts = try #require(json?["accounts"] as? [[String: Any]])
        for account in accounts {
            let card = try #require(account["scorecard"] as? [String: Any])
            let perspectives = card["perspectives"] as? [String: Any] ?? [:]
            let status = card["overall_status"] as? String
            #expect(status != nil, "\(account["id"] ?? "")")
            // A perspective scoring below 0.25 is red: the overall status is then never green.
            if perspectives.values.contains(where: { ($0 as? Double).map { $0 < 0.25 } ?? false }) {
                #expect(status != "green", "\(account["id"] ?? "")")
            }
        }
    }

    /// The selection page ranks only accounts scored on every attractiveness criterion; one
    /// scored on 4 of 7 is listed apart, below, unranked, never first.
    @Test func selectionRanksOnlyFullyScoredAccounts() throws {
        let html = try String(contentsOfFile: try Self.site() + "/selection/index.html", encoding: .utf8)
        let table = try #require(html.range(of: "<table class=\"selection\">")).upperBound
        let end = try #require(html[table...].range(of: "</table>")).lowerBound
        let body = html[table..<end]
        let split = try #require(body.range(of: "<tbody class=\"unranked\">"))
        let coverage = { (part: Substring) in
            part.components(separatedBy: "<span class=\"coverage\">(").dropFirst().enumerated()
                .filter { $0.offset % 2 == 0 }.map { String($0.element.prefix { $0 != ")" }) }
        }
        let ranked = coverage(body[..<split.lowerBound]), unranked = coverage(body[split.upperBound...])
        #expect(!ranked.isEmpty && !unranked.isEmpty)
        #expect(ranked.allSatisfy { $0 == "7 of 7" }, "\(ranked)")
        #expect(unranked.allSatisfy { $0 != "7 of 7" }, "\(unranked)")
        #expect(body[split.upperBound...].contains("Scored on fewer than all 7 attractiveness criteria: not ranked"))
        #expect(!body[split.upperBound...].contains("<tr><td class=\"num\">1</td>"))
    }

    /// The empty headings `lynchpin new account` writes cover no congruence block.
    @Test func anEmptySectionIsNotPresentOnThePlan() throws {
        let root = try FailedBuildTests().copyOfSample()
        let plan = root + "/content/accounts/orion-rail.md"
        var text = try String(contentsOfFile: plan, encoding: .utf8)
        let narrative = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex)).upperBound
        text = String(text[..<narrative]) + "## Strategy\n\n## Organization\n\n## Human resources\n\n## Systems and processes\n"
        try text.write(toFile: plan, atomically: true, encoding: .utf8)
        let site = root + "/site"
        #expect(SampleSiteTests.build(into: site, location: ProjectLocation(root: root)).succeeded)
        let html = try String(contentsOfFile: site + "/accounts/orion-rail/index.html", encoding: .utf8)
        #expect(html.contains("<p>0 of 4 building blocks covered</p>"))
        #expect(!html.contains("<strong>Present</strong>"))
        #expect(html.components(separatedBy: "<strong>Empty: a heading with nothing under it</strong>").count == 5)
    }
}
