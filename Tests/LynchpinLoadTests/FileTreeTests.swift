import Foundation
import Testing
import LynchpinDisk
@testable import LynchpinLoad

@Suite struct FileTreeTests {
    @Test func listsRegularFilesBelowAFolderSortedWithoutFollowingLinks() throws {
        let root = NSTemporaryDirectory() + "lynchpin-tree-\(UUID().uuidString)"
        let files = FileManager.default
        try files.createDirectory(atPath: root + "/b/deep", withIntermediateDirectories: true)
        for path in ["z.md", "a.md", "b/x.csv", "b/deep/y.md", ".hidden"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        try files.createSymbolicLink(atPath: root + "/link.md", withDestinationPath: root + "/a.md")
        try files.createSymbolicLink(atPath: root + "/linked-folder", withDestinationPath: root + "/b")
        #expect(FileTree.regularFiles(under: root) == [".hidden", "a.md", "b/deep/y.md", "b/x.csv", "z.md"])
        #expect(Set(FileTree.folders(under: root)) == [root, root + "/b", root + "/b/deep"])
        #expect(FileTree.regularFiles(under: root + "/missing") == nil)
        #expect(FileTree.regularFiles(under: root + "/a.md") == nil, "a file is not a folder")
    }
}
