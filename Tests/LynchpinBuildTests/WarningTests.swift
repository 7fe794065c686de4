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
        let failed = SiteBuilder().build(strict)
        #expect(!failed.succeeded)
        #expect(failed.failedStep == .analyse)
        #expect(!FileManager.default.fileExists(atPath: root + "/strict-site"))
    }
}

/// A flood of problems prints a bounded report with exact counts of the rest.
@Suite struct ProblemLimitTests {
    func errors(_ count: Int, in file: String) -> [Diagnostic] {
        (1...count).map { .error(file, line: $0 + 1, field: "actual", "expected a plain number, found 'x'") }
    }

    @Test func fiftyAFileFiveHundredInAllThenTheExactRest() {
        let flood = errors(200_000, in: "content/scorecards/2026-11-27.csv")
        let lines = ProblemLimit.standard.lines(for: flood)
        #expect(lines.count == 51)
        #expect(lines[0] == "content/scorecards/2026-11-27.csv:2: error: actual: expected a plain number, found 'x'")
        #expect(lines.last == "and 199,950 more errors in content/scorecards/2026-11-27.csv")

        var many: [Diagnostic] = []
        for week in 1...12 { many += errors(60, in: "w\(week).csv") }
        many.append(.warning("w12.csv", "unknown column, ignored"))
        let bounded = ProblemLimit.standard.lines(for: many)
        #expect(bounded.filter { !$0.hasPrefix("and ") }.count == 500, "10 files x 50")
        #expect(bounded.suffix(12) == (1...10).map { "and 10 more errors in w\($0).csv" }
            + ["and 60 more errors in w11.csv", "and 60 more errors and 1 more warning in w12.csv"])
    }

    @Test func maxErrorsChangesTheLimitAndZeroShowsAll() {
        let flood = errors(120, in: "a.csv")
        #expect(ProblemLimit(maxErrors: 10).lines(for: flood).count == 11)
        #expect(ProblemLimit(maxErrors: 10).lines(for: flood).last == "and 110 more errors in a.csv")
        #expect(ProblemLimit(maxErrors: 0).lines(for: flood).count == 120)
        #expect(ProblemLimit(maxErrors: 1000).lines(for: flood).count == 51, "still 50 from one file")
    }
}
