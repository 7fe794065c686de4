import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// A build with errors reports them all and leaves the previous site byte for byte as it was.
@Suite struct FailedBuildTests {
    func copyOfSample() throws -> String {
        let root = try SampleSiteTests.temporaryFolder() + "/project"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for item in ["lynchpin.yml", "content"] {
            try FileManager.default.copyItem(atPath: SampleSiteTests.repository + "/" + item, toPath: root + "/" + item)
        }
        return root
    }

    func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }

    @Test func malformedAccountLeavesTheOldSiteInPlace() throws {
        let root = try copyOfSample()
        let location = ProjectLocation(root: root)
        #expect(SampleSiteTests.build(into: root + "/site", location: location).succeeded)
        let before = snapshot(root + "/site")

        let account = root + "/content/accounts/orion-rail.md"
        var text = try String(contentsOfFile: account, encoding: .utf8)
        text = text.replacingOccurrences(of: "  current: 950000", with: "  current: 950,000")
        text = text.replacingOccurrences(of: "status: active", with: "status: asleep")
        try text.write(toFile: account, atomically: true, encoding: .utf8)
        try "account,metric,actual\nghost,revenue,1\n".write(toFile: root + "/content/scorecards/2026-12-04.csv",
                                                              atomically: true, encoding: .utf8)

        let report = SampleSiteTests.build(into: root + "/site", location: location)
        #expect(!report.succeeded)
        #expect(report.failedStep == .load)
        #expect(report.diagnostics.errors.map(\.description) == [
            "content/accounts/orion-rail.md:3:9: error: status: expected one of active, prospect, archived, found \"asleep\"",
            "content/accounts/orion-rail.md:12:12: error: revenue.current: expected a plain number (digits, optional '-' and '.', no currency sign or separators), found \"950,000\"",
            "content/scorecards/2026-12-04.csv:2: error: account: expected the id, name or one of the crm_ids of an account in content/accounts/, found 'ghost'",
        ])
        #expect(snapshot(root + "/site") == before)
    }

    @Test func refusesToReplaceTheProjectFolder() throws {
        let root = try copyOfSample()
        let report = SampleSiteTests.build(into: root, location: ProjectLocation(root: root))
        #expect(!report.succeeded)
        #expect(report.diagnostics.first?.field == "--output")
        #expect(FileManager.default.fileExists(atPath: root + "/content/accounts/meridian-freight.md"))
    }
}
