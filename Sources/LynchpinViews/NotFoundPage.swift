import LynchpinDomain

/// `404.html`. A server shows it at whatever address was missed, so relative links cannot
/// work here: it links from `base_url` when the project has one, else from the server root.
public struct NotFoundPage: Encodable {
    public let page: PageChrome

    public static let path = "404.html"

    public init(project: Project, asOf: Day) {
        let chrome = PageChrome(title: "Page not found", path: Self.path, section: .none, config: project.config,
                                asOf: asOf)
        page = chrome.rooted(at: project.config.baseURL ?? "/")
    }
}

extension PageChrome {
    /// The same chrome with every link made from an absolute root.
    func rooted(at base: String) -> PageChrome {
        PageChrome(title: title, root: base, stylesheet: base + SiteLinks.stylesheet, home: base + SiteLinks.portfolio,
                   nav: nav.map { NavItem(label: $0.label, href: base + $0.href, current: $0.current, isPage: $0.isPage) }, site: site, paperSize: paperSize)
    }
}
