import Foundation
import Testing
import LynchpinDisk
@testable import LynchpinLoad

/// `serve` learns from inotify which files an edit touched, so it need not stat every file.
@Suite struct FileEventsTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "lynchpin-events-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/content/accounts", withIntermediateDirectories: true)
        try "a".write(toFile: path + "/content/accounts/a.md", atomically: false, encoding: .utf8)
        try "b".write(toFile: path + "/content/accounts/b.md", atomically: false, encoding: .utf8)
        return path
    }

    @Test func eventsNameTheEditedFile() throws {
        let root = try folder()
        let events = FileEvents(paths: [root + "/content"])
        #expect(events.wait(upTo: 0.05) == .none)
        try "a, edited".write(toFile: root + "/content/accounts/a.md", atomically: false, encoding: .utf8)
        guard case .paths(let named) = events.wait(upTo: 2) else {
            Issue.record("inotify names the file on Linux")
            return
        }
        #expect(named == [root + "/content/accounts/a.md"])
    }

    @Test func aNewFolderCannotBeTrustedToHaveBeenSeenWhole() throws {
        let root = try folder()
        let events = FileEvents(paths: [root + "/content"])
        try FileManager.default.createDirectory(atPath: root + "/content/reviews", withIntermediateDirectories: true)
        #expect(events.wait(upTo: 2) == .unknown)
    }

    @Test func refreshKeepsOnlyWatchedFilesWhoseStampChanged() throws {
        let root = try folder()
        let watcher = ChangeWatcher(paths: [root + "/content"])
        var fingerprint = watcher.fingerprint()
        let a = root + "/content/accounts/a.md"
        let b = root + "/content/accounts/b.md"
        try "a, longer now".write(toFile: a, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: b)
        let changed = watcher.refresh(&fingerprint, named: [a, b, root + "/elsewhere.md", root + "/content/accounts"])
        #expect(changed == [a, b])
        #expect(fingerprint == watcher.fingerprint(), "brought up to date: b gone, a restamped")
        #expect(watcher.refresh(&fingerprint, named: [a]).isEmpty, "an event without a change")
    }

    @Test func hiddenTemporaryFilesAreNoChange() throws {
        let root = try folder()
        let watcher = ChangeWatcher(paths: [root + "/content"])
        var fingerprint = watcher.fingerprint()
        // What Foundation's atomic write leaves for a moment beside the file it replaces.
        let temporary = root + "/content/accounts/.dat.nosync3CD3.IJKlGy"
        let inHiddenFolder = root + "/content/.git/index"
        try FileManager.default.createDirectory(atPath: root + "/content/.git", withIntermediateDirectories: true)
        try "draft".write(toFile: temporary, atomically: false, encoding: .utf8)
        try "index".write(toFile: inHiddenFolder, atomically: false, encoding: .utf8)
        #expect(watcher.refresh(&fingerprint, named: [temporary, inHiddenFolder]).isEmpty)
        #expect(watcher.fingerprint() == fingerprint, "the fingerprint leaves hidden files out too")
        #expect(watcher.watches(root + "/content/accounts/a.md"))
        #expect(!watcher.watches(temporary))
    }
}
