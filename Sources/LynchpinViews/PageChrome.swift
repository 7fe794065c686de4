import LynchpinDomain

/// What the layout around every page needs: where it is, what it is called, the navigation.
public struct PageChrome: Encodable {
    public struct NavItem: Encodable {
        public let label: String
        public let href: String
        public let current: Bool
    }

    public struct Site: Encodable, Equatable {
        public let title: String
        public let organization: String?
        public let asOf: String
    }

    public let title: String
    public let root: String
    public let stylesheet: String
    public let home: String
    public let nav: [NavItem]
    public let site: Site
    /// The `@page` size the page prints at: `A4` or `letter`.
    public let paperSize: String

    public enum Section: Sendable { case portfolio, selection, people, playbooks, reviews, print, none }
}

extension PageChrome {
    public init(title: String, path: String, section: Section, config: SiteConfig, asOf: Day) {
        let links = SiteLinks(pagePath: path)
        self.title = title
        root = links.root
        stylesheet = links.to(SiteLinks.stylesheet)
        home = links.to(SiteLinks.portfolio)
        nav = [
            NavItem(label: "Portfolio", href: links.to(SiteLinks.portfolio), current: section == .portfolio),
            NavItem(label: "Selection", href: links.to(SiteLinks.selection), current: section == .selection),
            NavItem(label: "People", href: links.to(SiteLinks.people), current: section == .people),
            NavItem(label: "Playbooks", href: links.to(SiteLinks.playbooks), current: section == .playbooks),
            NavItem(label: "Reviews", href: links.to(SiteLinks.reviews), current: section == .reviews),
            NavItem(label: "Print", href: links.to(SiteLinks.pack), current: section == .print),
        ]
        paperSize = config.paper.cssSize
        site = Site(title: config.title, organization: config.organization.isEmpty ? nil : config.organization,
                    asOf: asOf.description)
    }
}
