import LynchpinDomain

/// The list of playbooks, in the order the team set.
struct PlaybookIndexPage {
    struct Entry {
        let title: String
        let summary: String?
        let href: String
    }

    let page: PageChrome
    let playbooks: [Entry]
    let hasPlaybooks: Bool

    static let path = SiteLinks.playbooks

    init(project: Project, asOf: Day) {
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Playbooks", path: Self.path, section: .playbooks, config: project.config, asOf: asOf)
        playbooks = project.playbooks.map {
            Entry(title: $0.title, summary: $0.summary, href: links.to(SiteLinks.playbook($0.id)))
        }
        hasPlaybooks = !playbooks.isEmpty
    }
}

/// One playbook with its outline.
struct PlaybookPage {
    let page: PageChrome
    let title: String
    let summary: String?
    let outline: [OutlineEntry]
    let hasOutline: Bool
    let body: String

    static func path(_ playbook: Playbook) -> String { SiteLinks.playbook(playbook.id) }

    init(playbook: Playbook, project: Project, asOf: Day) {
        page = PageChrome(title: playbook.title, path: Self.path(playbook), section: .playbooks,
                          config: project.config, asOf: asOf)
        title = playbook.title
        summary = playbook.summary
        outline = OutlineEntry.entries(for: playbook.body.outline)
        hasOutline = !outline.isEmpty
        body = playbook.body.html
    }
}

/// A line of a page's table of contents.
struct OutlineEntry {
    let text: String
    let href: String
    let depth: Int

    /// Second- and third-level headings: deeper ones make a contents list too long to scan.
    static func entries(for outline: [Heading]) -> [OutlineEntry] {
        outline.filter { (2...3).contains($0.level) }
            .map { OutlineEntry(text: $0.text, href: "#\($0.id)", depth: $0.level - 1) }
    }
}
