import Testing
import LynchpinDomain
import LynchpinOutput
@testable import LynchpinViews
import LynchpinSite

@Suite struct SiteRendererTests {
    func render(_ project: Project, staticFiles: [String: [UInt8]] = [:]) throws -> ([String: String], [Diagnostic]) {
        let portfolio = PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-27")!)
        let plan = SiteRenderer().pages(project, portfolio: portfolio, staticFiles: staticFiles)
        let (files, diagnostics) = (plan.renderAll(), plan.diagnostics)
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }),
                diagnostics)
    }

    func project(_ accounts: [Account]) -> Project {
        Project(config: SiteConfig(), accounts: accounts, playbooks: [], reviews: [], weeks: [])
    }

    @Test func escapesEveryDataValue() throws {
        var account = Account(id: "evil", sourcePath: "content/accounts/evil.md", name: "<script>alert(\"x\")</script>")
        account.manager = "Tom & Jerry"
        let (pages, _) = try render(project([account]))
        let portfolio = try #require(pages["index.html"])
        #expect(!portfolio.contains("<script>"))
        #expect(portfolio.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(portfolio.contains("Tom &amp; Jerry"))
        #expect(try #require(pages["accounts/evil/index.html"]).contains("<h1 id=\"evil-name\">&lt;script&gt;"))
    }

    @Test func linksAreRelativeToEachPage() throws {
        let (pages, _) = try render(project([Account(id: "acme", sourcePath: "", name: "Acme")]))
        let portfolio = try #require(pages["index.html"])
        #expect(portfolio.contains("href=\"assets/lynchpin.css\""))
        #expect(portfolio.contains("href=\"accounts/acme/index.html\""))
        let plan = try #require(pages["accounts/acme/index.html"])
        #expect(plan.contains("href=\"../../assets/lynchpin.css\""))
        #expect(plan.contains("href=\"../../playbooks/index.html\""))
        #expect(!plan.contains("href=\"/"))
    }

    @Test func notFoundPageLinksFromBaseURLOrServerRoot() throws {
        var config = SiteConfig()
        config.baseURL = "https://example.com/plans/"
        let withBase = Project(config: config, accounts: [], playbooks: [], reviews: [], weeks: [])
        #expect(try #require(render(withBase).0["404.html"]).contains("href=\"https://example.com/plans/index.html\""))
        #expect(try #require(render(project([])).0["404.html"]).contains("href=\"/assets/lynchpin.css\""))
    }

    @Test func congruencePanelMarksMissingBlocks() throws {
        var account = Account(id: "acme", sourcePath: "", name: "Acme")
        account.narrative = Document(source: "## Strategy\n", idPrefix: "acme-",
                                     outline: [Heading(level: 2, text: "Strategy", id: "acme-strategy")])
        let plan = try #require(try render(project([account])).0["accounts/acme/index.html"])
        #expect(plan.contains("1 of 4 building blocks covered"))
        #expect(plan.contains("<a href=\"#acme-strategy\">Strategy</a>: <strong>Present</strong>"))
        #expect(plan.contains("Human resources: <strong>Missing</strong>"))
    }

    @Test func staticFilesPassThroughUnlessTheyCollide() throws {
        let (pages, diagnostics) = try render(project([]), staticFiles: ["CNAME": Array("plans.example.com".utf8),
                                                                          "index.html": [1]])
        #expect(pages["CNAME"] == "plans.example.com")
        #expect(pages["index.html"]?.hasPrefix("<!DOCTYPE html>") == true)
        #expect(diagnostics.map(\.file) == ["content/static/index.html"])
    }
}
