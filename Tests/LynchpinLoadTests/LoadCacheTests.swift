import Foundation
import Testing
import LynchpinDisk
import LynchpinDomain
import LynchpinLoad

@Suite struct LoadCacheTests {
    @Test func aCachedLoadSeesEveryEditAndKeepsReportingErrors() throws {
        let cache = LoadCache()
        let first = ProjectLoader(reader: .memory(Fixtures.files()), cache: cache).load(Fixtures.location)
        #expect(first.0?.project.account(id: "acme")?.name == "Acme Logistics")

        let renamed = Fixtures.account.replacingOccurrences(of: "name: Acme Logistics", with: "name: Acme Freight")
        let second = ProjectLoader(reader: .memory(Fixtures.files(["content/accounts/acme.md": renamed])), cache: cache)
            .load(Fixtures.location)
        #expect(second.0?.project.account(id: "acme")?.name == "Acme Freight")
        #expect(second.0?.project.weeks.first?.entries.count == 2, "the unchanged week comes from the cache")

        let broken = Fixtures.account.replacingOccurrences(of: "status: active", with: "status: asleep")
        for _ in 0..<2 {
            let (loaded, problems) = ProjectLoader(reader: .memory(Fixtures.files(["content/accounts/acme.md": broken])),
                                                   cache: cache).load(Fixtures.location)
            #expect(loaded == nil)
            #expect(problems.errors.map(\.field) == ["status"])
        }
    }

    @Test func changedSettingsInvalidateCachedAccounts() throws {
        let cache = LoadCache()
        _ = ProjectLoader(reader: .memory(Fixtures.files()), cache: cache).load(Fixtures.location)
        let criteria = "criteria:\n  attractiveness:\n    future_volume: {weight: 1}\n"
        let (loaded, problems) = ProjectLoader(reader: .memory(Fixtures.files(["lynchpin.yml": criteria])), cache: cache)
            .load(Fixtures.location)
        #expect(loaded != nil)
        // current_revenue is no longer a criterion: the account is parsed again and warns.
        #expect(problems.warnings.map(\.field) == ["attractiveness.current_revenue"])
    }

    /// `serve` stats files and reads only those whose stamp changed.
    @Test func anUnchangedFileIsNotReadAgain() throws {
        final class Reads: @unchecked Sendable {
            var paths: [String] = []
            let lock = NSLock()
        }
        let reads = Reads()
        var files = Fixtures.files()
        func reader(_ files: [String: String], stamps: [String: String]) -> ContentReader {
            let memory = ContentReader.memory(files)
            return ContentReader(read: { path in reads.lock.withLock { reads.paths.append(path) }; return try memory.read(path) },
                                 listFiles: memory.listFiles, stamp: { stamps[$0] ?? "1" })
        }
        let cache = LoadCache()
        _ = ProjectLoader(reader: reader(files, stamps: [:]), cache: cache).load(Fixtures.location)
        #expect(reads.paths.count == files.count)

        reads.paths = []
        let account = try #require(files.keys.first { $0.hasSuffix("/content/accounts/acme.md") })
        files[account] = Fixtures.account.replacingOccurrences(of: "name: Acme Logistics", with: "name: Acme Freight")
        let (loaded, _) = ProjectLoader(reader: reader(files, stamps: [account: "2"]), cache: cache).load(Fixtures.location)
        #expect(reads.paths == [account], "only the file whose stamp changed")
        #expect(loaded?.project.account(id: "acme")?.name == "Acme Freight")
    }

    /// When file events named every change, the other files are not even stat-ed.
    @Test func filesKnownUnchangedAreNeitherStatedNorRead() throws {
        final class Calls: @unchecked Sendable {
            var stats: [String] = []
            var reads: [String] = []
            let lock = NSLock()
        }
        let calls = Calls()
        var files = Fixtures.files()
        func reader(_ files: [String: String], stamps: [String: String]) -> ContentReader {
            let memory = ContentReader.memory(files)
            return ContentReader(read: { path in calls.lock.withLock { calls.reads.append(path) }; return try memory.read(path) },
                                 listFiles: memory.listFiles,
                                 stamp: { path in calls.lock.withLock { calls.stats.append(path) }; return stamps[path] ?? "1" })
        }
        let cache = LoadCache()
        _ = ProjectLoader(reader: reader(files, stamps: [:]), cache: cache).load(Fixtures.location)
        #expect(calls.stats.count == files.count)

        let account = try #require(files.keys.first { $0.hasSuffix("/content/accounts/acme.md") })
        files[account] = Fixtures.account.replacingOccurrences(of: "name: Acme Logistics", with: "name: Acme Freight")
        calls.stats = []
        calls.reads = []
        cache.assumeUnchanged(except: [account])
        let (loaded, _) = ProjectLoader(reader: reader(files, stamps: [account: "2"]), cache: cache).load(Fixtures.location)
        #expect(calls.stats == [account] && calls.reads == [account])
        #expect(loaded?.project.account(id: "acme")?.name == "Acme Freight")

        cache.assumeUnchanged(except: nil)
        calls.stats = []
        _ = ProjectLoader(reader: reader(files, stamps: [account: "2"]), cache: cache).load(Fixtures.location)
        #expect(calls.stats.count == files.count, "without named changes every stamp is checked again")
    }
}
