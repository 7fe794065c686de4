import Foundation
import Testing
import LynchpinDisk
import LynchpinDomain
import LynchpinBuild
import LynchpinConcurrency
import LynchpinLoad
import LynchpinOutput

/// Two builds of one site never interleave.
@Suite struct BuildLockTests {
    func options(_ root: String, wait: Double) -> BuildOptions {
        var options = BuildOptions(location: ProjectLocation(root: root), output: root + "/site", today: Day(iso: "2026-12-01")!)
        options.waitForLock = wait
        return options
    }

    @Test func aHeldLockRefusesASecondBuildNamingTheHolder() throws {
        let root = try FailedBuildTests().copyOfSample()
        let held = try BuildLock(output: root + "/site", wait: 0)
        let report = SiteBuilder().build(options(root, wait: 0))
        #expect(!report.succeeded)
        #expect(report.failedStep == .lock)
        let message = try #require(report.diagnostics.first?.message)
        #expect(message.contains("process \(getpid())"), "\(message)")
        #expect(message.contains(".site.lock"))
        #expect(!FileManager.default.fileExists(atPath: root + "/site"), "nothing written")
        withExtendedLifetime(held) {}
    }

    @Test func aWaitingBuildGoesAheadOnceTheLockIsReleased() throws {
        final class Holder: @unchecked Sendable { var lock: BuildLock? }
        let root = try FailedBuildTests().copyOfSample()
        let holder = Holder()
        holder.lock = try BuildLock(output: root + "/site", wait: 0)
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            Thread.sleep(forTimeInterval: 0.3)
            holder.lock = nil
            released.signal()
        }
        let report = SiteBuilder().build(options(root, wait: 10))
        released.wait()
        #expect(report.succeeded, "\(report.diagnostics)")
    }

    @Test func twoBuildsAtOnceBothFinishOneAfterTheOther() throws {
        let root = try FailedBuildTests().copyOfSample()
        let reports = [0, 1].concurrentMap(chunk: 1) { _ in SiteBuilder().build(options(root, wait: 60)) }
        #expect(reports.count == 2 && reports[0].succeeded && reports[1].succeeded)
        let left = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".site.") }
        #expect(left.sorted() == [".site.lock", ".site.spare"], "no staging folders: the lock file, and the replaced site kept")
        #expect(FileManager.default.fileExists(atPath: root + "/site/index.html"))
    }
}
