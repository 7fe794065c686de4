import LynchpinDomain

/// The key account managers, each with how many accounts they carry.
struct PeopleIndexPage {
    struct Entry {
        let name: String
        let href: String
        let accountCount: Int
        let flagCount: Int
    }

    let page: PageChrome
    let managers: [Entry]
    let hasManagers: Bool

    static let path = SiteLinks.people

    init(portfolio: PortfolioAnalysis, config: SiteConfig) {
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Key account managers", path: Self.path, section: .people, config: config,
                          asOf: portfolio.asOf)
        managers = portfolio.managers.map { manager in
            Entry(name: manager.name, href: links.to(SiteLinks.person(manager.id)), accountCount: manager.accountIDs.count,
                  flagCount: manager.accountIDs.compactMap(portfolio.analysis(of:)).reduce(0) { $0 + $1.flags.count })
        }
        hasManagers = !managers.isEmpty
    }
}

/// One key account manager's accounts.
struct PersonPage {
    let page: PageChrome
    let name: String
    let rows: [AccountRow]
    let revenue: String

    static func path(_ manager: PortfolioAnalysis.Manager) -> String { SiteLinks.person(manager.id) }

    init(manager: PortfolioAnalysis.Manager, portfolio: PortfolioAnalysis, config: SiteConfig) {
        let links = SiteLinks(pagePath: Self.path(manager))
        page = PageChrome(title: manager.name, path: Self.path(manager), section: .people, config: config,
                          asOf: portfolio.asOf)
        name = manager.name
        let accounts = manager.accountIDs.compactMap(portfolio.analysis(of:))
        rows = accounts.map { AccountRow($0, links: links, currency: config.currency, managerIDs: [:]) }
        let total = accounts.filter { $0.account.status == .active }.compactMap(\.account.revenue.current).reduce(0, +)
        revenue = Format.money(total, currency: config.currency)!
    }
}
