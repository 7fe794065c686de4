import Foundation
import Testing
import LynchpinDisk
import LynchpinDomain
@testable import LynchpinViews
import LynchpinSite
import LynchpinOutput
import LynchpinMarkdown
import LynchpinTheme

@Suite struct PrintTests {
    @Test func planOpensWithAnExecutiveSummaryOfItsRisks() throws {
        let page = try #require(try AnalysisPagesTests.pages()["accounts/acme/index.html"])
        let summary = try #require(page.range(of: "<section class=\"print-only print-summary\" id=\"acme-summary\""))
        let scorecard = try #require(page.range(of: "id=\"acme-scorecard_heading\""))
        #expect(summary.lowerBound < scorecard.lowerBound, "the summary comes first")
        #expect(page.contains("<p class=\"label\">Portfolio position</p><p class=\"big\">Strategic</p>"))
        #expect(page.contains("<li>No sponsor at the account</li>"))
        #expect(page.contains("<style>@page { @top-left { content: \"Acme · account plan as of 2026-11-27\"; } }</style>"))
    }

    @Test func executivePackHasCoverContentsPortfolioAndOneSummaryPerActiveAccount() throws {
        let pages = try AnalysisPagesTests.pages()
        let pack = try #require(pages["print/index.html"])
        #expect(pack.contains("<h1 id=\"pack_title\">Key accounts</h1>"))
        #expect(pack.contains("<li><a href=\"#acme-summary\">Acme</a></li>"))
        #expect(pack.contains("<div class=\"pack-section\" style=\"page: plan-acme\">"))
        #expect(pack.contains("<section class=\"print-summary\" id=\"acme-summary\""))
        #expect(pack.contains("@page plan-acme { @top-left { content: \"Acme · account plan as of 2026-11-27\"; } }"))
        #expect(pack.contains("<a href=\"../accounts/acme/index.html\">Acme</a>"), "each summary links to its full plan")
        #expect(!pack.contains("id=\"acme-scorecard_heading\""), "summaries only, not the full plans")
        #expect(Self.ids(pack).count == Set(Self.ids(pack)).count)
    }

    /// A manager's pack links its plans rather than holding them: a plan's HTML is written
    /// once, on its own page, and the pack's PDF is assembled from the plans' PDFs.
    @Test func managerPackLinksThePlansAndHoldsNone() throws {
        let pages = try AnalysisPagesTests.pages()
        let pack = try #require(pages["print/dana-whitfield/index.html"])
        #expect(pack.contains("Account plans of Dana Whitfield"))
        #expect(pack.contains("<li><a href=\"../../accounts/acme/index.html\">Acme</a></li>"))
        #expect(!pack.contains("<article class=\"plan\"") && !pack.contains("id=\"acme-scorecard_heading\""))
        #expect(pack.contains("id=\"pack-portfolio\""), "the manager's portfolio stays")
        #expect(pack.contains("<code>lynchpin build --pdf</code> also makes the whole pack one PDF"))
        #expect(Self.ids(pack).count == Set(Self.ids(pack)).count)
        #expect(try #require(pages["people/dana-whitfield/index.html"]).contains("href=\"../../print/dana-whitfield/index.html\""))
        // With PDFs printed, the pack links its own.
        let project = AnalysisPagesTests.project
        let printing = SiteRenderer(printsPDFs: true).pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
        let linked = String(decoding: try #require(printing.file(at: "print/dana-whitfield/index.html")).bytes, as: UTF8.self)
        #expect(linked.contains("<a href=\"../../pdf/plans-dana-whitfield.pdf\">download it to print</a>"))
        #expect(printing.packPlans(at: "print/dana-whitfield/index.html")?.map(\.id) == ["acme", "beta"])
        #expect(printing.packPlans(at: "print/index.html") == nil)
    }

    @Test func fullExecutivePackRebasesTheLinksAuthorsWroteInPlans() throws {
        var project = AnalysisPagesTests.project
        project.config.executivePack = .full
        project.accounts[0].narrative = Document(source: "## Strategy\n\nSee [the pilot playbook](../../playbooks/pilot/) and [strategy](#strategy).\n",
                                                 idPrefix: "acme-", outline: [])
        let plan = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
        let pack = String(decoding: try #require(plan.file(at: "print/index.html")).bytes, as: UTF8.self)
        #expect(pack.contains("<article class=\"plan\" id=\"acme-plan\">"))
        #expect(pack.contains("<a href=\"../playbooks/pilot/\">the pilot playbook</a>"), "rebased from accounts/acme/ to print/")
        #expect(pack.contains("<a href=\"#acme-strategy\">strategy</a>"))
        #expect(pack.contains("<h2 id=\"acme-strategy\">Strategy</h2>"))
    }

    @Test func printHeadersAreEscapedForCSS() {
        #expect(CSSString.quoted("Bob \"The\" Builder\\ </style>") == "\"Bob \\\"The\\\" Builder\\\\ \\3C /style\\3E \"")
        #expect(CSSString.quoted("Zoë\r\nŁódź\t日本") == "\"Zoë  Łódź 日本\"", "line breaks and tabs become spaces; other text is kept")
    }

    static func ids(_ page: String) -> [Substring] {
        page.split(separator: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    }
}

@Suite struct StreamedPackTests {
    /// Builds the site into a new folder and expects every file there to be the page that
    /// `serve` renders alone; returns the folder.
    static func buildMatchesPagesRenderedAlone(_ plan: SitePages, spillAfter: Int = 1 << 20,
                                               _ comment: String = "") throws -> String {
        let folder = NSTemporaryDirectory() + "lynchpin-build-\(UUID().uuidString)"
        let stage = try SiteWriter().begin(folder)
        try plan.render(into: stage, spillAfter: spillAfter)
        try stage.commit()
        for path in plan.paths {
            let written = try #require(FileManager.default.contents(atPath: folder + "/" + path), "\(path)")
            let same = [UInt8](written) == plan.file(at: path)?.bytes
            #expect(same, "\(path) differs from the page rendered alone\(comment)")
        }
        return folder
    }

    /// A failed write stops the build: the error comes back, and no worker starts another
    /// page after it (only those already being made finish).
    @Test func aFailedWriteStopsTheRenderingAndComesBack() throws {
        var project = AnalysisPagesTests.project
        let template = project.accounts[1]
        for n in 0..<200 {
            var account = template
            account.id = "extra-\(n)"
            account.sourcePath = "content/accounts/extra-\(n).md"
            account.manager = nil   // each plan page its own job, not written by a manager's pack
            project.accounts.append(account)
        }
        let plan = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
        #expect(plan.paths.count > 200)
        let attempts = Counter()
        var io = FileIO.disk
        io.write = { _, _ in
            attempts.add()
            throw CocoaError(.fileWriteOutOfSpace)
        }
        io.append = nil
        let stage = try SiteWriter(io: io).begin(NSTemporaryDirectory() + "lynchpin-build-\(UUID().uuidString)")
        defer { stage.abandon() }
        #expect(throws: SiteWriter.Failure.self) { try plan.render(into: stage) }
        #expect(attempts.value <= 2 * ProcessInfo.processInfo.activeProcessorCount,
                "\(attempts.value) writes tried after the first one failed")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    /// A build writes each pack in parts as it renders it; the file must be the page that
    /// `serve` renders whole.
    @Test func everyFileWrittenInPartsIsThePageRenderedWhole() throws {
        var project = AnalysisPagesTests.project
        project.config.executivePack = .full
        let plan = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
        let folder = try Self.buildMatchesPagesRenderedAlone(plan, spillAfter: 512)
        let packs = plan.paths.filter { $0.hasPrefix("print/") }
        #expect(packs.count >= 2, "the executive pack and a manager's")
        let pack = try String(contentsOfFile: folder + "/print/index.html", encoding: .utf8)
        #expect(pack.hasPrefix("<!DOCTYPE html>") && pack.hasSuffix("</html>\n"))
        #expect(pack.count > 2_000, "long enough to be written in several parts")
    }

    /// With a project's slots, and with its own plan or pack template (where the packs do
    /// not write the plan pages), a build still writes the pages `serve` renders.
    @Test func overriddenThemesBuildThePagesRenderedAlone() throws {
        let variants: [[String: String]] = [
            ["slots/header.mustache": "<p class=\"logo\">Kestrel</p>", "slots/footer.mustache": "<p>Confidential</p>"],
            ["account.mustache": "<h1>{{name}}</h1>"],
            ["pack.mustache": "<h1>{{title}}</h1>{{#plans}}<h2>{{name}}</h2>{{/plans}}"],
        ]
        let project = AnalysisPagesTests.project
        for files in variants {
            let overrides = try #require(ThemeOverrides.make(files: files.mapValues { Array($0.utf8) }).0)
            let plan = SiteRenderer(overrides: overrides)
                .pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
            _ = try Self.buildMatchesPagesRenderedAlone(plan, " with \(files.keys.sorted())")
        }
    }

    /// A narrative is rendered again for another page only when one of its relative links
    /// would read differently there; otherwise the page takes the HTML its own page has.
    @Test func aNarrativeIsRenderedAgainOnlyWhenALinkWouldChange() throws {
        var account = AnalysisPagesTests.project.accounts[0]
        let documents = DocumentRenderer()
        account.narrative = documents.document("See [the pilot playbook](../../playbooks/pilot/) and [strategy](#strategy).\n", idPrefix: "acme-")
        let own = AccountPage.narrative(of: account, at: "accounts/acme/index.html", documents: documents)
        #expect(own.contains("<a href=\"../../playbooks/pilot/\">the pilot playbook</a>"))
        #expect(AccountPage.narrative(of: account, at: "print/dana-whitfield/index.html", documents: documents) == own)
        let upper = AccountPage.narrative(of: account, at: "print/index.html", documents: documents)
        #expect(upper.contains("<a href=\"../playbooks/pilot/\">the pilot playbook</a>"), "rebased one folder up")
        account.narrative.relativeLinks = nil
        let unknown = AccountPage.narrative(of: account, at: "print/dana-whitfield/index.html", documents: documents)
        #expect(unknown.contains("<a href=\"../../playbooks/pilot/\">"), "links not known: rendered again")
    }
}
