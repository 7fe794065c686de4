import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

@Suite struct WarningTests {
    @Test func aPerspectiveOverTheFocusLimitWarnsButBuilds() throws {
        let root = try FailedBuildTests().copyOfSample()
        var config = try String(contentsOfFile: root + "/lynchpin.yml", encoding: .utf8)
        config = config.replacingOccurrences(of: "focus_limit: 4", with: "focus_limit: 1")
        try config.write(toFile: root + "/lynchpin.yml", atomically: true, encoding: .utf8)

        let report = SampleSiteTests.build(into: root + "/site", location: ProjectLocation(root: root))
        #expect(report.succeeded)
        let meridian = report.diagnostics.filter { $0.file == "content/accounts/meridian-freight.md" }
        #expect(meridian.map(\.description) == [
            "content/accounts/meridian-freight.md: warning: scorecard: the financial perspective has 2 measures, more than focus_limit allows; keep it focused",
            "content/accounts/meridian-freight.md: warning: scorecard: the customer perspective has 2 measures, more than focus_limit allows; keep it focused",
        ])
        let page = try String(contentsOfFile: root + "/site/accounts/meridian-freight/index.html", encoding: .utf8)
        #expect(page.contains("2 measures: more than 1, keep it focused"))

        let strict = BuildOptions(location: ProjectLocation(root: root), output: root + "/strict-site",
                                  today: Day(iso: "2026-12-01")!, strict: true)
        let failed = BuildPipeline().build(strict)
        #expect(!failed.succeeded)
        #expect(failed.failedStep == "analyse")
        #expect(!FileManager.default.fileExists(atPath: root + "/strict-site"))
    }
}
