import LynchpinDomain

/// What the layout around every page needs: where it is, what it is called, the navigation.
struct PageChrome {
    struct NavItem {
        let label: String
        let href: String
        let current: Bool
    }

    struct Site {
        let title: String
        let organization: String?
        let asOf: String
    }

    let title: String
    let root: String
    let stylesheet: String
    let home: String
    let nav: [NavItem]
    let site: Site

    enum Section { case portfolio, people, playbooks, reviews, print, none }
}

extension PageChrome {
    init(title: String, path: String, section: Section, config: SiteConfig, asOf: Day) {
        let links = SiteLinks(pagePath: path)
        self.title = title
        root = links.root
        stylesheet = links.to(SiteLinks.stylesheet)
        home = links.to(SiteLinks.portfolio)
        nav = [
            NavItem(label: "Portfolio", href: links.to(SiteLinks.portfolio), current: section == .portfolio),
            NavItem(label: "People", href: links.to(SiteLinks.people), current: section == .people),
            NavItem(label: "Playbooks", href: links.to(SiteLinks.playbooks), current: section == .playbooks),
            NavItem(label: "Reviews", href: links.to(SiteLinks.reviews), current: section == .reviews),
            NavItem(label: "Print", href: links.to(SiteLinks.pack), current: section == .print),
        ]
        site = Site(title: config.title, organization: config.organization.isEmpty ? nil : config.organization,
                    asOf: asOf.description)
    }
}
