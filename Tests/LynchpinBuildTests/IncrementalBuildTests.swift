import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

@Suite struct IncrementalBuildTests {
    @Test func aBuildAfterOneChangeRewritesOnlyTheFilesThatChanged() throws {
        let root = try FailedBuildTests().copyOfSample()
        let site = root + "/site"
        #expect(SampleSiteTests.build(into: site, location: ProjectLocation(root: root)).succeeded)
        let past = Date(timeIntervalSince1970: 1_000_000)
        for path in FileManager.default.subpaths(atPath: site) ?? [] where path.hasSuffix(".html") {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: site + "/" + path)
        }
        let account = root + "/content/accounts/orion-rail.md"
        let text = try String(contentsOfFile: account, encoding: .utf8)
        try text.replacingOccurrences(of: "Rail maintenance", with: "Rail services").write(toFile: account, atomically: true, encoding: .utf8)
        #expect(SampleSiteTests.build(into: site, location: ProjectLocation(root: root)).succeeded)

        func modified(_ path: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: site + "/" + path)[.modificationDate] as? Date
        }
        #expect(try modified("accounts/orion-rail/index.html") != past)
        #expect(try modified("print/kenji-sato/index.html") == past, "their manager's pack links the plan, not holds it")
        #expect(try modified("print/luis-romero/index.html") == past)
        #expect(try modified("accounts/meridian-freight/index.html") == past)
        #expect(try modified("playbooks/congruence-model/index.html") == past)
        #expect(try modified("reviews/2026-11-13/index.html") == past)
    }
}
