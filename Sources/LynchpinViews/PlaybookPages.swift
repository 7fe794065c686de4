import LynchpinDomain
import LynchpinMarkdown

/// The list of playbooks, in the order the team set.
public struct PlaybookIndexPage: Encodable {
    public struct Entry: Encodable {
        public let title: String
        public let summary: String?
        public let href: String
    }

    public let page: PageChrome
    public let playbooks: [Entry]
    public let hasPlaybooks: Bool

    public static let path = SiteLinks.playbooks

    public init(project: Project, asOf: Day) {
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Playbooks", path: Self.path, section: .playbooks, config: project.config, asOf: asOf)
        playbooks = project.playbooks.map {
            Entry(title: $0.title, summary: $0.summary, href: links.to(SiteLinks.playbook($0.id)))
        }
        hasPlaybooks = !playbooks.isEmpty
    }
}

/// One playbook with its outline.
public struct PlaybookPage: Encodable {
    public let page: PageChrome
    public let title: String
    public let summary: String?
    public let outline: [OutlineEntry]
    public let hasOutline: Bool
    public let body: HTML

    public static func path(_ playbook: Playbook) -> String { SiteLinks.playbook(playbook.id) }

    public init(playbook: Playbook, project: Project, asOf: Day, documents: DocumentRenderer? = nil) {
        page = PageChrome(title: playbook.title, path: Self.path(playbook), section: .playbooks,
                          config: project.config, asOf: asOf)
        title = playbook.title
        summary = playbook.summary
        outline = OutlineEntry.entries(for: playbook.body.outline)
        hasOutline = !outline.isEmpty
        body = HTML(raw: (documents ?? DocumentRenderer(config: project.config)).html(playbook.body))
    }
}

/// A line of a page's table of contents.
public struct OutlineEntry: Encodable {
    public let text: String
    public let href: String
    public let depth: Int

    /// Second- and third-level headings: deeper ones make a contents list too long to scan.
    public static func entries(for outline: [Heading]) -> [OutlineEntry] {
        outline.filter { (2...3).contains($0.level) }
            .map { OutlineEntry(text: $0.text, href: "#\($0.id)", depth: $0.level - 1) }
    }
}
