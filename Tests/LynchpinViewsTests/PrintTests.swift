import Testing
import LynchpinDomain
@testable import LynchpinViews

@Suite struct PrintTests {
    @Test func planOpensWithAnExecutiveSummaryOfItsRisks() throws {
        let page = try #require(try AnalysisPagesTests.pages()["accounts/acme/index.html"])
        let summary = try #require(page.range(of: "<section class=\"print-only print-summary\" aria-label=\"Executive summary\">"))
        let scorecard = try #require(page.range(of: "id=\"acme-scorecard_heading\""))
        #expect(summary.lowerBound < scorecard.lowerBound, "the summary comes first")
        #expect(page.contains("<p class=\"label\">Portfolio position</p><p class=\"big\">Strategic</p>"))
        #expect(page.contains("<li>No sponsor at the account</li>"))
        #expect(page.contains("<style>@page { @top-left { content: \"Acme · account plan as of 2026-11-27\"; } }</style>"))
    }

    @Test func packHasCoverContentsPortfolioAndEveryActivePlanWithUniqueIDs() throws {
        let pages = try AnalysisPagesTests.pages()
        let pack = try #require(pages["print/index.html"])
        #expect(pack.contains("<h1 id=\"pack_title\">Key accounts</h1>"))
        #expect(pack.contains("<li><a href=\"#pack-acme\">Acme</a></li>"))
        #expect(pack.contains("<section class=\"pack-section\" id=\"pack-acme\" style=\"page: plan-acme\""))
        #expect(pack.contains("@page plan-acme { @top-left { content: \"Acme · account plan as of 2026-11-27\"; } }"))
        #expect(pack.contains("id=\"acme-scorecard_heading\""))
        #expect(pack.contains("href=\"../accounts/acme/index.html\""), "links are relative to the pack")
        // Every id on the page is unique.
        let ids = pack.split(separator: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count)
        let perManager = try #require(pages["print/dana-whitfield.html"])
        #expect(perManager.contains("Account plans of Dana Whitfield"))
    }

    @Test func printHeadersAreEscapedForCSS() {
        #expect(CSSString.quoted("Bob \"The\" Builder\\ </style>") == "\"Bob \\\"The\\\" Builder\\\\ \\3C /style\\3E \"")
    }
}
