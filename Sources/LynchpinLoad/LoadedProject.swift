import LynchpinDomain
import LynchpinMarkdown

/// What the loader hands the rest of the pipeline: the typed project plus the files that
/// pass through untyped (template overrides, static files).
public struct LoadedProject: Sendable {
    public var project: Project
    /// Files of the project's `templates/` (overrides, slots, assets), by path relative to it.
    public var templates: [String: [UInt8]]
    /// Files of `content/static/`, by path relative to it, copied to the site as they are.
    public var staticFiles: [String: [UInt8]]
    /// Renders the project's Markdown where it is shown; it holds the HTML the load's one
    /// parse of each document made, for the document's own page.
    public var documents: DocumentRenderer

    public init(project: Project, templates: [String: [UInt8]] = [:], staticFiles: [String: [UInt8]] = [:],
                documents: DocumentRenderer? = nil) {
        self.project = project
        self.templates = templates
        self.staticFiles = staticFiles
        self.documents = documents ?? DocumentRenderer(config: project.config)
    }
}
