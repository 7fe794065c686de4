import LynchpinDomain
import LynchpinOutput
import LynchpinSite

/// The site `lynchpin serve` shows: the last good build, whose pages are rendered when a
/// browser first asks for them and kept until the next rebuild, and the problems of the
/// last rebuild if it failed. Nothing is read from disk to answer a request, so no path can
/// reach a file outside the site.
public actor LiveSite {
    public private(set) var version = 0
    public private(set) var problems: [String] = []
    private var plan: SitePlan?
    private var paths: Set<String> = []
    private var rendered: [String: [UInt8]] = [:]

    public init() {}

    public func publish(_ plan: SitePlan) {
        self.plan = plan
        paths = Set(plan.paths)
        rendered = [:]
        problems = []
        version += 1
    }

    /// A fixed set of files, for tests.
    public func publish(_ siteFiles: [SiteFile]) {
        plan = nil
        paths = Set(siteFiles.map(\.path))
        rendered = Dictionary(uniqueKeysWithValues: siteFiles.map { ($0.path, $0.bytes) })
        problems = []
        version += 1
    }

    private func bytes(at path: String) -> [UInt8]? {
        guard paths.contains(path) else { return nil }
        if let done = rendered[path] { return done }
        guard let file = plan?.file(at: path) else { return nil }
        rendered[path] = file.bytes
        return file.bytes
    }

    /// A failed rebuild keeps the last good files and shows its problems instead.
    public func fail(with problems: [String]) {
        self.problems = problems
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
