import LynchpinDomain

/// What the loader hands the rest of the pipeline: the typed project plus the files that
/// pass through untyped (template overrides, static files).
public struct LoadedProject: Sendable {
    public var project: Project
    /// Template files of the project's `templates/`, by path relative to it.
    public var templates: [String: String]
    /// Files of `content/static/`, by path relative to it, copied to the site as they are.
    public var staticFiles: [String: [UInt8]]

    public init(project: Project, templates: [String: String] = [:], staticFiles: [String: [UInt8]] = [:]) {
        self.project = project
        self.templates = templates
        self.staticFiles = staticFiles
    }
}
