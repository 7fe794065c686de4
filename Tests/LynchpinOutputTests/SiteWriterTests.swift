import Foundation
import Testing
@testable import LynchpinOutput

@Suite struct SiteWriterTests {
    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "lynchpin-writer-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func contents(of folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8) }
        }
        return files
    }

    @Test func writesEveryFileAndReplacesTheOldSite() throws {
        let root = try temporaryFolder()
        let site = root + "/site"
        try SiteWriter().write([SiteFile(path: "index.html", text: "one"), SiteFile(path: "old.html", text: "x")], to: site)
        try SiteWriter().write([SiteFile(path: "index.html", text: "two"), SiteFile(path: "a/b/c.html", text: "deep")],
                               to: site)
        #expect(try contents(of: site) == ["index.html": "two", "a/b/c.html": "deep"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"], "no temporary folders left")
    }

    @Test func aFailedWriteLeavesThePreviousSiteAsItWas() throws {
        let root = try temporaryFolder()
        let site = root + "/site"
        try SiteWriter().write([SiteFile(path: "index.html", text: "good"), SiteFile(path: "x/y.html", text: "y")], to: site)
        let before = try contents(of: site)

        var io = FileIO.disk
        let diskWrite = io.write
        io.write = { bytes, path in
            if path.hasSuffix("p2.html") { throw CocoaError(.fileWriteOutOfSpace) }
            try diskWrite(bytes, path)
        }
        let files = [SiteFile(path: "index.html", text: "new"), SiteFile(path: "p1.html", text: "1"),
                     SiteFile(path: "p2.html", text: "2")]
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(io: io).write(files, to: site) }
        #expect(try contents(of: site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"], "staging folder removed")
    }
}

@Suite struct IncrementalWriteTests {
    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        try SiteWriter().write([SiteFile(path: "a/index.html", text: "same"), SiteFile(path: "b.html", text: "old")], to: site)
        let past = Date(timeIntervalSince1970: 1_000_000)
        for path in ["a/index.html", "b.html"] {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: site + "/" + path)
        }
        try SiteWriter().write([SiteFile(path: "a/index.html", text: "same"), SiteFile(path: "b.html", text: "new"),
                                SiteFile(path: "c.html", text: "added")], to: site)
        func modified(_ path: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: site + "/" + path)[.modificationDate] as? Date
        }
        #expect(try modified("a/index.html") == past, "unchanged: linked, not rewritten")
        #expect(try modified("b.html") != past)
        #expect(try String(contentsOfFile: site + "/b.html", encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: site + "/c.html", encoding: .utf8) == "added")
    }
}

@Suite struct StagedWriteTests {
    @Test func stagedFilesAreKeptWhenUnchanged() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        let writer = SiteWriter()
        var stage = try writer.begin(site)
        try stage.add(SiteFile(path: "print/index.html", text: "<p>plan one</p>"))
        try stage.commit()
        #expect(try String(contentsOfFile: site + "/print/index.html", encoding: .utf8) == "<p>plan one</p>")
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: site + "/print/index.html")

        stage = try writer.begin(site)
        try stage.add(SiteFile(path: "print/index.html", text: "<p>plan one</p>"))
        try stage.commit()
        let modified = try FileManager.default.attributesOfItem(atPath: site + "/print/index.html")[.modificationDate] as? Date
        #expect(modified == past, "same bytes: linked, not rewritten")

        stage = try writer.begin(site)
        try stage.add(SiteFile(path: "print/index.html", text: "<p>plan two</p>"))
        stage.abandon()
        #expect(try String(contentsOfFile: site + "/print/index.html", encoding: .utf8) == "<p>plan one</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }
}
