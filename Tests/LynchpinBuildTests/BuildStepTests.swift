import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// Every step of a build is told to the progress line with its place, and timed.
@Suite struct BuildStepTests {
    final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [(BuildStep, Int, Int)] = []
        func add(_ step: BuildStep, _ number: Int, _ count: Int) { lock.withLock { steps.append((step, number, count)) } }
        var all: [(BuildStep, Int, Int)] { lock.withLock { steps } }
    }

    @Test func everyStepIsCountedAndTimed() throws {
        let root = try FailedBuildTests().copyOfSample()
        let told = Told()
        let builder = SiteBuilder(progress: { told.add($0, $1, $2) })
        let report = builder.build(BuildOptions(location: ProjectLocation(root: root), output: root + "/site",
                                                today: Day(iso: "2026-12-01")!))
        #expect(report.succeeded)
        #expect(report.phases.map(\.step) == BuildStep.site)
        #expect(told.all.map(\.0) == BuildStep.site)
        #expect(told.all.map(\.1) == Array(1...BuildStep.site.count))
        #expect(told.all.allSatisfy { $0.2 == BuildStep.site.count })
    }
}
