import Foundation
import LynchpinDomain
import LynchpinOutput
import LynchpinSite

/// The site `lynchpin serve` shows: the last good build, whose pages are rendered when a
/// browser first asks for them and kept until the next rebuild, and the problems of the
/// last rebuild if it failed. Nothing is read from disk to answer a request, so no path can
/// reach a file outside the site.
///
/// A lock, not an actor: each connection's thread answers by itself, so a page is served
/// even while Swift's few cooperative threads are busy with a rebuild. Pages are rendered
/// outside the lock, so a slow page holds up no other request.
public final class LiveSite: @unchecked Sendable {
    private struct State {
        var version = 0
        var problems: [String] = []
        var pages: SitePages?
        var paths: Set<String> = []
        var rendered: [String: [UInt8]] = [:]
    }

    private let lock = NSLock()
    private var state = State()

    public init() {}

    public var version: Int { lock.withLock { state.version } }
    public var problems: [String] { lock.withLock { state.problems } }

    public func publish(_ pages: SitePages) {
        let paths = Set(pages.paths)
        lock.withLock {
            state = State(version: state.version + 1, problems: [], pages: pages, paths: paths, rendered: [:])
        }
    }

    /// A fixed set of files, for tests.
    public func publish(_ siteFiles: [SiteFile]) {
        let rendered = Dictionary(uniqueKeysWithValues: siteFiles.map { ($0.path, $0.bytes) })
        lock.withLock {
            state = State(version: state.version + 1, problems: [], pages: nil, paths: Set(rendered.keys), rendered: rendered)
        }
    }

    private func bytes(at path: String) -> [UInt8]? {
        let (known, done, pages, version) = lock.withLock {
            (state.paths.contains(path), state.rendered[path], state.pages, state.version)
        }
        guard known else { return nil }
        if let done { return done }
        guard let file = pages?.file(at: path) else { return nil }
        lock.withLock {
            // Kept only if no rebuild was published meanwhile.
            if state.version == version { state.rendered[path] = file.bytes }
        }
        return file.bytes
    }

    /// A failed rebuild keeps the last good files and shows its problems instead.
    public func fail(with problems: [String]) {
        lock.withLock { state.problems = problems }
    }

    public enum Answer: Equatable, Sendable {
        case file(path: String, bytes: [UInt8])
        case notFound(page: [UInt8]?)
    }

    /// The file a request path names: `/` and folders mean their `index.html`. A path with
    /// `..`, `.` or an empty segment in the middle is refused outright.
    public func lookup(_ requestPath: String) -> Answer {
        guard let path = Self.sitePath(requestPath) else { return .notFound(page: bytes(at: "404.html")) }
        if let found = bytes(at: path) { return .file(path: path, bytes: found) }
        let index = (path.isEmpty ? "" : path + "/") + "index.html"
        if let found = bytes(at: index) { return .file(path: index, bytes: found) }
        return .notFound(page: bytes(at: "404.html"))
    }

    static func sitePath(_ requestPath: String) -> String? {
        let withoutQuery = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let decoded = String(withoutQuery).removingPercentEncoding else { return nil }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.first == "" { segments.removeFirst() }
        if segments.last == "" { segments.removeLast() }
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty || $0.contains("\\") || $0.contains("\0") })
        else { return nil }
        return segments.joined(separator: "/")
    }
}
