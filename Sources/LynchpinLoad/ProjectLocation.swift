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
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
