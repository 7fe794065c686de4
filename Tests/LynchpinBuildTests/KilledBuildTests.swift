import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// A build killed with SIGKILL at any moment leaves either the previous site or the new
/// one, whole, and the next build leaves no staging folder behind.
@Suite(.serialized) struct KilledBuildTests {
    /// The `lynchpin` that `swift test` built beside the tests.
    static var binary: String? {
        let path = SampleSiteTests.repository + "/.build/debug/lynchpin"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func snapshot(_ site: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: site) ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: site + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: site + "/" + path)
            }
        }
        return files
    }

    @Test func aKilledBuildLeavesTheOldSiteOrTheNewOneAndNoLeftovers() throws {
        let binary = try #require(Self.binary, "swift test builds .build/debug/lynchpin")
        let root = try FailedBuildTests().copyOfSample()
        let site = root + "/site"
        #expect(SampleSiteTests.build(into: site, location: ProjectLocation(root: root)).succeeded)
        let old = Self.snapshot(site)

        // A change every page shows, so old and new sites differ everywhere.
        let config = root + "/lynchpin.yml"
        let text = try String(contentsOfFile: config, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Kestrel Key Accounts", with: "title: Kestrel Accounts Renamed")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let fresh = root + "/fresh"
        #expect(SampleSiteTests.build(into: fresh, location: ProjectLocation(root: root)).succeeded)
        let new = Self.snapshot(fresh)
        #expect(old != new)

        for delay in [0.0, 0.02, 0.05, 0.1, 0.2, 0.4] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["build", "--quiet", "--source", root, "--output", site]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = Self.snapshot(site)
            #expect(now == old || now == new, "killed after \(delay) s: the site is neither the old one nor the new one")
        }

        let report = SampleSiteTests.build(into: site, location: ProjectLocation(root: root))
        #expect(report.succeeded)
        #expect(Self.snapshot(site) == new)
        let left = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".site.") }
        #expect(left.sorted() == [".site.lock", ".site.spare"], "no staging folder of a killed build is left")
    }
}
