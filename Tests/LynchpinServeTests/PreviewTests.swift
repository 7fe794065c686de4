import Foundation
import Testing
import LynchpinDisk
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad
import LynchpinServe

@Suite struct PreviewTests {
    @Test func rebuildsAfterAnEditAndKeepsTheLastGoodSiteOnErrors() async throws {
        let folder = NSTemporaryDirectory() + "lynchpin-preview-\(UUID().uuidString)"
        _ = try Scaffold().initProject(in: folder, today: Day(iso: "2026-11-28")!, force: false)
        let options = BuildOptions(location: ProjectLocation(root: folder), today: Day(iso: "2026-11-28")!)
        let site = LiveSite()
        let preview = Preview(builder: SiteBuilder(memory: BuildMemory()), options: options, site: site,
                              watcher: ChangeWatcher(location: options.location), log: { _ in })
        let baseline = preview.fingerprint()
        await preview.rebuild(reason: nil)
        #expect(site.version == 1)
        let watching = Task { try await preview.watch(since: baseline) }
        defer { watching.cancel() }

        let account = folder + "/content/accounts/example-account.md"
        let original = try String(contentsOfFile: account, encoding: .utf8)
        try original.replacingOccurrences(of: "name: Example Account", with: "name: Edited Account")
            .write(toFile: account, atomically: true, encoding: .utf8)
        #expect(await Self.waitFor { site.version == 2 })
        guard case let .file(_, bytes) = site.lookup("/accounts/example-account/") else {
            Issue.record("the plan is served")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains("<h1 id=\"example-account-name\">Edited Account</h1>"))

        try original.replacingOccurrences(of: "name: Example Account", with: "name: [broken")
            .write(toFile: account, atomically: true, encoding: .utf8)
        #expect(await Self.waitFor { !site.problems.isEmpty })
        #expect(site.version == 2)
        #expect(site.problems.first?.hasPrefix("content/accounts/example-account.md:") == true)
        guard case let .file(_, still) = site.lookup("/accounts/example-account/") else {
            Issue.record("the last good site is still served")
            return
        }
        #expect(String(decoding: still, as: UTF8.self).contains("<h1 id=\"example-account-name\">Edited Account</h1>"))
    }

    static func waitFor(_ condition: () async -> Bool) async -> Bool {
        for _ in 0..<100 {
            if await condition() { return true }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return false
    }
}
