import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinSite
import LynchpinTheme
import LynchpinViews

@Suite struct ThemeTests {
    func site(_ files: [String: String], project: Project = AnalysisPagesTests.project) throws -> [String: String] {
        let (overrides, diagnostics) = ThemeOverrides.make(files: files.mapValues { Array($0.utf8) })
        #expect(diagnostics.isEmpty)
        let plan = SiteRenderer(overrides: try #require(overrides))
            .pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
        return Dictionary(uniqueKeysWithValues: plan.renderAll().map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func builtInStylesheetIsCompiledInFromTemplatesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates")
        let onDisk = try Data(contentsOf: folder.appendingPathComponent("assets/lynchpin.css"))
        #expect(BuiltInTheme.stylesheet == [UInt8](onDisk))
        #expect(try site([:])["assets/lynchpin.css"]?.utf8.elementsEqual(onDisk) == true)
    }

    @Test func aMustachePageReplacesOneKindOfPageOnly() throws {
        let pages = try site(["account.mustache": "<h1>{{name}}</h1>{{#scorecard.groups}}<p>{{title}} {{score}} {{rag.word}}</p>{{/scorecard.groups}}{{#hasFlags}}flagged{{/hasFlags}}{{^hasTeam}} no team{{/hasTeam}}"])
        #expect(pages["accounts/acme/index.html"] == "<h1>Acme</h1><p>Financial 50.0% Amber</p><p>Internal 100.0% Green</p>flagged no team")
        #expect(pages["index.html"]?.hasPrefix("<!DOCTYPE html>") == true, "other kinds keep the built-in theme")
    }

    @Test func mustacheOverridesEscapeDataAndLetMarkupThroughOnlyWhenAsked() throws {
        var project = AnalysisPagesTests.project
        project.accounts[0].name = "<b>Acme</b>"
        project.accounts[0].narrative = Document(source: "plan", outline: [])
        let page = try site(["account.mustache": "{{name}}|{{narrative}}|{{{narrative}}}"], project: project)["accounts/acme/index.html"]
        #expect(page == "&lt;b&gt;Acme&lt;/b&gt;|&lt;p&gt;plan&lt;/p&gt;\n|<p>plan</p>\n")
    }

    @Test func slotsAndAddedStylesheetsReachEveryPageWithRelativeLinks() throws {
        let pages = try site([
            "slots/header.mustache": "<img src=\"{{page.root}}assets/logo.svg\" alt=\"Kestrel\">",
            "slots/footer.mustache": "<p>Confidential</p>",
            "slots/cover.mustache": "<p class=\"notice\">Board copy</p>",
            "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "assets/brand.css": "body { color: navy }",
        ])
        let plan = try #require(pages["accounts/acme/index.html"])
        #expect(plan.contains("<img src=\"../../assets/logo.svg\" alt=\"Kestrel\"><p class=\"brand\">"))
        #expect(plan.contains("<link rel=\"stylesheet\" href=\"../../assets/brand.css\">"))
        #expect(plan.contains("<p>Confidential</p>\n</footer>"))
        #expect(!plan.contains("Board copy"))
        #expect(try #require(pages["index.html"]).contains("<img src=\"assets/logo.svg\""))
        #expect(try #require(pages["print/index.html"]).contains("<p class=\"notice\">Board copy</p>"))
        #expect(pages["assets/logo.svg"] != nil && pages["assets/brand.css"] == "body { color: navy }")
    }

    @Test func anOldTemplateNameSaysWhatReplacedIt() {
        let (overrides, diagnostics) = ThemeOverrides.make(files: ["layout.mustache": [], "plan.mustache": [], "nav.mustache": []],
                                                           templatesFolder: "templates")
        #expect(overrides == nil)
        #expect(diagnostics.map(\.file) == ["templates/layout.mustache", "templates/nav.mustache", "templates/plan.mustache"])
        #expect(diagnostics[0].message.contains("slots/head.mustache"))
        #expect(diagnostics[1].message.contains("expected a page template"))
        #expect(diagnostics[2].message.contains("override account.mustache") || diagnostics[2].message.contains("account.mustache"))
    }

    @Test func brokenOverrideNamesItsFileAndLine() {
        let (overrides, diagnostics) = ThemeOverrides.make(files: ["account.mustache": Array("<h1>\n{{#name}}\n".utf8)],
                                                           templatesFolder: "templates")
        #expect(overrides == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "templates/account.mustache")
        #expect(diagnostics.first?.line != nil)
    }

    @Test func themeDataIsThePageModelAsJSON() throws {
        let project = AnalysisPagesTests.project
        let plan = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf))
        let (kind, json) = try #require(plan.templateData(at: "accounts/acme/index.html"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "Acme")
        #expect((object["page"] as? [String: Any])?["root"] as? String == "../../")
        #expect(kind.rawValue == "account")
        #expect(plan.templateData(at: "portfolio.json") == nil)
    }
}
