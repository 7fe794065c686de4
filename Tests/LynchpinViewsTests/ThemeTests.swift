import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinViews

@Suite struct ThemeTests {
    /// The theme compiled into the binary must be the one in templates/: run `make embed`.
    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates").standardizedFileURL
        let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var onDisk: [String: String] = [:]
        for case let url as URL in walker where !url.hasDirectoryPath && !url.lastPathComponent.hasPrefix(".") {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(onDisk.keys.sorted() == EmbeddedTheme.files.keys.sorted(), "run `make embed`")
        for (path, text) in onDisk {
            #expect(EmbeddedTheme.files[path] == text, "templates/\(path) differs from the embedded copy: run `make embed`")
        }
    }

    @Test func builtInThemeParses() {
        let (theme, diagnostics) = Theme.make(overrides: [:])
        #expect(theme != nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func projectTemplateOverridesOneFileByName() throws {
        let (theme, _) = Theme.make(overrides: ["404.mustache": "custom {{page.title}}"])
        let project = Project(config: SiteConfig(), accounts: [], playbooks: [], reviews: [], weeks: [])
        let portfolio = PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-27")!)
        let files = SiteRenderer(theme: try #require(theme)).render(project, portfolio: portfolio).files
        let page = try #require(files.first { $0.path == "404.html" })
        #expect(String(decoding: page.bytes, as: UTF8.self) == "custom Page not found")
        let dashboard = try #require(files.first { $0.path == "index.html" })
        #expect(String(decoding: dashboard.bytes, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func brokenOverrideNamesItsFileAndLine() {
        let (theme, diagnostics) = Theme.make(overrides: ["account.mustache": "<h1>\n{{#name}}\n"],
                                              templatesFolder: "templates")
        #expect(theme == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "templates/account.mustache")
        #expect(diagnostics.first?.line != nil)
    }
}
