/// Where a project's inputs live. Paths are absolute; messages show them relative to `root`.
public struct ProjectLocation: Sendable {
    public var root: String
    public var configFile: String
    public var contentFolder: String
    public var templatesFolder: String

    /// The conventional layout: `lynchpin.yml`, `content/`, `templates/` in one folder.
    public init(root: String, configFile: String? = nil, contentFolder: String? = nil, templatesFolder: String? = nil) {
        let root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.root = root
        self.configFile = configFile ?? root + "/lynchpin.yml"
        self.contentFolder = contentFolder ?? root + "/content"
        self.templatesFolder = templatesFolder ?? root + "/templates"
    }

    /// `content/accounts/acme.md` rather than a long absolute path.
    public func display(_ path: String) -> String {
        // On bytes: called for every file of every load, and String's prefix test through
        // Foundation showed in serve's profile at 10,000 files.
        let bytes = path.utf8
        let rootLength = root.utf8.count
        guard bytes.count > rootLength + 1, bytes.starts(with: root.utf8),
              bytes[bytes.index(bytes.startIndex, offsetBy: rootLength)] == UInt8(ascii: "/") else { return path }
        return String(Substring(bytes.dropFirst(rootLength + 1)))
    }
}
