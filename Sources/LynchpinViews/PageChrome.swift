import LynchpinDomain

/// What the layout around every page needs: where it is, what it is called, the navigation.
public struct PageChrome: Encodable {
    public struct NavItem: Encodable {
        public let label: String
        public let href: String
        /// The section the page is in.
        public let current: Bool
        /// The link is the page itself (the section's own page, not a plan inside it):
        /// `aria-current="page"`; a page inside the section is `aria-current="true"`, so a
        /// screen reader on a plan does not hear "Portfolio, current page".
        public let isPage: Bool

        public init(label: String, href: String, current: Bool, isPage: Bool = false) {
            self.label = label
            self.href = href
            self.current = current
            self.isPage = isPage
        }
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
        let item = { (label: String, target: String, of: Section) in
            NavItem(label: label, href: links.to(target), current: section == of, isPage: section == of && path == target)
        }
        nav = [
            item("Portfolio", SiteLinks.portfolio, .portfolio),
            item("Selection", SiteLinks.selection, .selection),
            item("People", SiteLinks.people, .people),
            item("Playbooks", SiteLinks.playbooks, .playbooks),
            item("Reviews", SiteLinks.reviews, .reviews),
            item("Print", SiteLinks.pack, .print),
        ]
        paperSize = config.paper.cssSize
        site = Site(title: config.title, organization: config.organization.isEmpty ? nil : config.organization,
                    asOf: asOf.description)
    }
}
