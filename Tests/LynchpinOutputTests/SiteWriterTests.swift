import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinDisk
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

/// Publication must never leave the output path empty, and must clean up after killed runs.
@Suite struct PublicationTests {
    @Test func twoFoldersAreExchangedInOneStep() throws {
        let root = try SiteWriterTests().temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
        try Data("A".utf8).write(to: URL(fileURLWithPath: root + "/a/x"))
        try Data("B".utf8).write(to: URL(fileURLWithPath: root + "/b/x"))
        let swapped = try AtomicSwap.exchange(root + "/a", root + "/b")
        try #require(swapped, "renameat2 with RENAME_EXCHANGE is expected on these Linux machines")
        #expect(try String(contentsOfFile: root + "/a/x", encoding: .utf8) == "B")
        #expect(try String(contentsOfFile: root + "/b/x", encoding: .utf8) == "A")
    }

    @Test func aReaderNeverFindsTheSiteMissingDuringRebuilds() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        let pages = (0..<200).map { SiteFile(path: "p\($0)/index.html", text: "page \($0)") }
        // Each rebuild writes over the site replaced before (the spare) while the reader reads.
        try SiteWriter(keepsSpare: true).write(pages + [SiteFile(path: "index.html", text: "home 0")], to: site)
        final class Misses: @unchecked Sendable { var count = 0; var reads = 0; var done = false }
        let misses = Misses()
        let reader = Thread {
            while !misses.done {
                if FileManager.default.contents(atPath: site + "/index.html") == nil { misses.count += 1 }
                misses.reads += 1
            }
        }
        reader.start()
        for round in 1...15 {
            let publication = try SiteWriter(keepsSpare: true).write(pages + [SiteFile(path: "index.html", text: "home \(round)")], to: site)
            #expect(publication == .atomic)
        }
        misses.done = true
        Thread.sleep(forTimeInterval: 0.05)
        #expect(misses.reads > 100)
        #expect(misses.count == 0, "site/index.html was missing \(misses.count) times")
        #expect(try String(contentsOfFile: site + "/index.html", encoding: .utf8) == "home 15")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".site.spare", "site"])
    }

    @Test func withoutAnExchangeItRenamesTwiceAndSaysSo() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        var io = FileIO.disk
        io.exchange = { _, _ in false }
        try SiteWriter(io: io).write([SiteFile(path: "index.html", text: "one")], to: site)
        let publication = try SiteWriter(io: io).write([SiteFile(path: "index.html", text: "two")], to: site)
        #expect(publication == .twoRenames)
        #expect(try String(contentsOfFile: site + "/index.html", encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }

    @Test func leftoversOfDeadRunsAreRemovedAndARunningOnesKept() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        for leftover in [".site.new-111", ".site.old-111", ".site.new-222", ".other.new-111", ".site.new-x"] {
            try FileManager.default.createDirectory(atPath: root + "/" + leftover, withIntermediateDirectories: true)
        }
        let writer = SiteWriter(runID: "333", isRunning: { $0 == 222 })
        try writer.write([SiteFile(path: "index.html", text: "ok")], to: site)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            == [".other.new-111", ".site.new-222", ".site.new-x", "site"])
    }
}

/// A long page is written in parts as it is rendered, and is still kept when unchanged.
@Suite struct StreamedFileTests {
    @Test func partsMakeOneFileWhichIsLinkedWhenUnchanged() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        let writer = SiteWriter()
        func writePack(_ parts: [String]) throws {
            let stage = try writer.begin(site)
            let file = try stage.stream("print/index.html")
            for part in parts.dropLast() { try file.append(Array(part.utf8)) }
            try file.finish(Array(parts.last!.utf8))
            try stage.commit()
        }
        try writePack(["<p>one</p>", "<p>two</p>", "<p>end</p>"])
        #expect(try String(contentsOfFile: site + "/print/index.html", encoding: .utf8) == "<p>one</p><p>two</p><p>end</p>")
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: site + "/print/index.html")
        func modified() throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: site + "/print/index.html")[.modificationDate] as? Date
        }

        try writePack(["<p>one</p><p>tw", "o</p>", "<p>end</p>"])
        #expect(try modified() == past, "same bytes in other parts: linked, not rewritten")

        try writePack(["<p>one</p>", "<p>two</p>", "<p>END</p>"])
        #expect(try modified() != past, "same size, other bytes")
        #expect(try String(contentsOfFile: site + "/print/index.html", encoding: .utf8) == "<p>one</p><p>two</p><p>END</p>")
    }

    @Test func whereHardLinksFailTheNewCopyIsKept() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        var io = FileIO.disk
        io.link = { _, _ in throw CocoaError(.featureUnsupported) }
        // Nothing may depend on reading the old copy back: it is compared a part at a time.
        io.read = { _ in nil }
        for _ in 0..<2 {
            let stage = try SiteWriter(io: io).begin(site)
            let file = try stage.stream("print/index.html")
            try file.append(Array("<p>one</p>".utf8))
            try file.finish(Array("<p>end</p>".utf8))
            try stage.commit()
        }
        #expect(try String(contentsOfFile: site + "/print/index.html", encoding: .utf8) == "<p>one</p><p>end</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site + "/print") == ["index.html"])
    }

    @Test func withoutAppendThePartsAreWrittenAtTheEnd() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        var io = FileIO.disk
        io.append = nil
        let stage = try SiteWriter(io: io).begin(site)
        let file = try stage.stream("print/index.html")
        try file.append(Array("a".utf8))
        try file.finish(Array("b".utf8))
        try stage.commit()
        #expect(try String(contentsOfFile: site + "/print/index.html", encoding: .utf8) == "ab")
    }

    @Test func aFailedPartFailsTheFile() throws {
        let root = try SiteWriterTests().temporaryFolder()
        var io = FileIO.disk
        io.append = { _, _ in throw CocoaError(.fileWriteOutOfSpace) }
        let stage = try SiteWriter(io: io).begin(root + "/site")
        let file = try stage.stream("print/index.html")
        #expect(throws: SiteWriter.Failure.self) { try file.append(Array("a".utf8)) }
        stage.abandon()
    }

    @Test func filesAreComparedByContent() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let big = [UInt8](repeating: 7, count: (1 << 20) + 5)
        var other = big
        other[(1 << 20) + 2] = 8
        try POSIXFile.write(big, to: root + "/a")
        try POSIXFile.write(big, to: root + "/b")
        try POSIXFile.write(other, to: root + "/c")
        #expect(POSIXFile.sameContents(root + "/a", root + "/b"))
        #expect(!POSIXFile.sameContents(root + "/a", root + "/c"), "differs after the first megabyte")
        #expect(!POSIXFile.sameContents(root + "/a", root + "/missing"))
    }
}

/// A copy through the door: a second name where the system allows, else the bytes again;
/// and the files below a folder, for comparing two sites' assets.
@Suite struct FileIOCopyTests {
    @Test func aCopyFallsBackToWritingWhereLinksFail() throws {
        let folder = NSTemporaryDirectory() + "lynchpin-copy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/a/b", withIntermediateDirectories: true)
        try Data("pdf".utf8).write(to: URL(fileURLWithPath: folder + "/a/b/one.pdf"))
        var io = FileIO.disk
        io.link = { _, _ in throw CocoaError(.featureUnsupported) }
        #expect(io.copy(folder + "/a/b/one.pdf", to: folder + "/two.pdf"))
        #expect(FileManager.default.contents(atPath: folder + "/two.pdf") == Data("pdf".utf8))
        #expect(!io.copy(folder + "/missing.pdf", to: folder + "/three.pdf"))
        #expect(FileIO.disk.files(folder).sorted() == ["a/b/one.pdf", "two.pdf"])
    }
}

/// The writer's door onto memory: what a test hands instead of the disk.
@Suite struct MemoryFilesTests {
    @Test func theWeeklyFormIsWrittenThroughTheDoorItIsGiven() throws {
        let store = MemoryFiles()
        let table = SpreadsheetFile.Table(sheet: "2026-12-04", header: ["Account", "Actual"], rows: [[.text("acme"), .number(612000)]],
                                          widths: [10, 10], created: Day(iso: "2026-12-04")!)
        try SpreadsheetFile.writeCSV(table, to: "/forms/2026-12-04.csv", io: .memory(store))
        #expect(store.all.mapValues { String(decoding: $0, as: UTF8.self) } == ["/forms/2026-12-04.csv": "Account,Actual\nacme,612000\n"])
    }

    @Test func aSiteIsStagedAndSwappedInMemory() throws {
        let store = MemoryFiles(["/out/site/old.html": Array("old".utf8)])
        let writer = SiteWriter(io: .memory(store))
        try writer.write([SiteFile(path: "index.html", bytes: Array("new".utf8)), SiteFile(path: "a/b.html", bytes: Array("b".utf8))],
                         to: "/out/site")
        let site = store.all.filter { $0.key.hasPrefix("/out/site/") }.mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(site == ["/out/site/index.html": "new", "/out/site/a/b.html": "b"])
    }
}

/// The replaced site is kept as `.site.spare` and written over by the next build.
@Suite struct RecycledStagingTests {
    func identity(_ path: String) -> FileIdentity? { FileIO.disk.identity(path) }

    @Test func aRecycledFolderPublishesExactlyTheNewSiteAndNeverTouchesTheLiveOne() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site", spare = root + "/.site.spare"
        try SiteWriter(keepsSpare: true).write([SiteFile(path: "a.html", text: "1"), SiteFile(path: "b.html", text: "1"),
                                SiteFile(path: "c/d/e.html", text: "1"), SiteFile(path: "f.html", text: "private")], to: site)
        // a, c/d/e unchanged: the new site links them, so the spare (the first site) shares them.
        try SiteWriter(keepsSpare: true).write([SiteFile(path: "a.html", text: "1"), SiteFile(path: "b.html", text: "2"),
                                SiteFile(path: "c/d/e.html", text: "1"), SiteFile(path: "f.html", text: "private 2")], to: site)
        #expect(try identity(spare + "/a.html").map { try #require(identity(site + "/a.html")).isSameFile(as: $0) } == true)
        let privateFile = try #require(identity(spare + "/f.html"))
        #expect(privateFile.links == 1)

        var live: [String: String] = [:]
        let publication = try SiteWriter(keepsSpare: true).write([SiteFile(path: "a.html", text: "3"), SiteFile(path: "b.html", text: "2"),
                                                  SiteFile(path: "f.html", text: "private 3"), SiteFile(path: "g/h.html", text: "3")],
                                                 to: site) { staging in
            live = (try? SiteWriterTests().contents(of: site)) ?? [:]
            #expect((try? SiteWriterTests().contents(of: staging)) == ["a.html": "3", "b.html": "2", "f.html": "private 3", "g/h.html": "3"],
                    "what the build did not write is gone before anything is printed from it")
        }
        #expect(publication == .atomic)
        #expect(live == ["a.html": "1", "b.html": "2", "c/d/e.html": "1", "f.html": "private 2"],
                "the file the live site shared was let go, not written over")
        #expect(try SiteWriterTests().contents(of: site) == ["a.html": "3", "b.html": "2", "f.html": "private 3", "g/h.html": "3"])
        #expect(!FileManager.default.fileExists(atPath: site + "/c"), "a folder no file needs is removed")
        #expect(try #require(identity(site + "/f.html")).isSameFile(as: privateFile), "a file of its own written over in place")
        #expect(try #require(identity(site + "/b.html")).isSameFile(as: #require(identity(spare + "/b.html"))),
                "an unchanged file is still the published one, linked")
        #expect(try SiteWriterTests().contents(of: spare) == ["a.html": "1", "b.html": "2", "c/d/e.html": "1", "f.html": "private 2"])
    }

    @Test func aStreamedFileInARecycledFolderHoldsOnlyItsNewParts() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        func write(_ text: String, plus other: String) throws {
            let stage = try SiteWriter(keepsSpare: true).begin(site)
            let file = try stage.stream("print/index.html")
            try file.append(Array(text.utf8))
            try file.finish([])
            try stage.add(SiteFile(path: "other.html", text: other))
            try stage.commit()
        }
        try write("first", plus: "1")
        try write("second", plus: "2")
        try write("third", plus: "3")   // over the first site, whose pack is its own file
        try write("third", plus: "4")   // over the second
        #expect(try SiteWriterTests().contents(of: site) == ["print/index.html": "third", "other.html": "4"])
    }

    @Test func aFileSharedWithTheLiveSiteIsNotEmptiedWhenStreamedOver() throws {
        let root = try SiteWriterTests().temporaryFolder()
        let site = root + "/site"
        func write(_ text: String) throws {
            let stage = try SiteWriter(keepsSpare: true).begin(site)
            let file = try stage.stream("print/index.html")
            try file.finish(Array(text.utf8))
            try stage.commit { _ in
                #expect((try? String(contentsOfFile: site + "/print/index.html", encoding: .utf8)) != "",
                        "the live site's pack is never emptied")
            }
        }
        try write("same")
        try write("same")   // linked: the spare now shares the live site's file
        try write("new")
        #expect(try SiteWriterTests().contents(of: site) == ["print/index.html": "new"])
    }
}
