import Foundation
import LynchpinBuild
import LynchpinDisk
import LynchpinLoad

/// Rebuilds on change and hands good builds to the live site.
public struct Preview: Sendable {
    let builder: SiteBuilder
    let options: BuildOptions
    let site: LiveSite
    let watcher: ChangeWatcher
    /// Where progress lines go: the terminal in `lynchpin serve`, nowhere in tests.
    let log: @Sendable (String) -> Void
    /// How many problems are printed and shown in the page.
    let limit: ProblemLimit

    public init(builder: SiteBuilder, options: BuildOptions, site: LiveSite, watcher: ChangeWatcher,
                limit: ProblemLimit = .standard, log: @escaping @Sendable (String) -> Void) {
        self.limit = limit
        self.builder = builder
        self.options = options
        self.site = site
        self.watcher = watcher
        self.log = log
    }

    public func rebuild(reason: String?) async {
        let prepared = builder.prepare(options)
        let report = prepared.report
        let problems = limit.lines(for: report.diagnostics)
        for line in problems { log(line) }
        if report.succeeded, let pages = prepared.pages {
            site.publish(pages)
            let seconds = report.phases.reduce(0) { $0 + $1.seconds }
            let phases = report.phases.map { "\($0.name) \(String(format: "%.3f", $0.seconds))" }.joined(separator: ", ")
            log("\(reason.map { "\($0): " } ?? "")ready in \(String(format: "%.2f", seconds)) s (\(phases); \(report.pageCount) pages, each rendered when first requested)")
        } else {
            site.fail(with: problems)
            log("\(reason.map { "\($0): " } ?? "")rebuild failed (\(report.diagnostics.errors.count) errors); still serving the last good site")
        }
    }

    /// The state of the watched files, taken before a build so no edit falls between the
    /// build and the start of watching.
    public func fingerprint() -> [String: String] { watcher.fingerprint() }

    /// Rebuilds on every change since `baseline` until the task is cancelled. File events
    /// wake it at once where the system has them (inotify) and name the files that changed,
    /// so only those are stat-ed and read again. Where they cannot say (no inotify, a full
    /// event queue, a new folder, symbolic links whose targets lie elsewhere), a fingerprint
    /// of every file says what changed.
    public func watch(since baseline: [String: String]) async throws {
        var last = baseline
        let events = FileEvents(paths: watcher.paths)
        let fingerprintOnly = watcher.followsLinks()
        // Edits between `baseline` and the first watch raised no event: look once in full.
        var firstLook = true
        while true {
            try Task.checkCancellation()
            // The wait blocks, so it runs on a Dispatch thread, not one of Swift's few
            // cooperative threads, which the HTTP server needs.
            let change = await withCheckedContinuation { (done: CheckedContinuation<FileEvents.Change, Never>) in
                DispatchQueue.global().async { done.resume(returning: events.wait(upTo: 0.3)) }
            }
            let look = firstLook ? .unknown : change
            firstLook = false
            let changed: Set<String>
            switch look {
            case .none where !fingerprintOnly:
                continue
            case .paths(let named) where !fingerprintOnly:
                changed = watcher.refresh(&last, named: named)
                guard !changed.isEmpty else { continue }
                builder.memory?.files.assumeUnchanged(except: changed)
            default:
                let now = watcher.fingerprint()
                guard now != last else { continue }
                changed = Set(now.keys).symmetricDifference(last.keys).union(now.keys.filter { last[$0] != nil && last[$0] != now[$0] })
                last = now
                builder.memory?.files.assumeUnchanged(except: nil)
            }
            await rebuild(reason: changed.sorted().first.map { options.location.display($0) } ?? "change")
        }
    }
}
