import LynchpinDomain

/// The dashboard: every key account at a glance.
struct PortfolioPage {
    struct Row {
        let name: String
        let href: String
        let manager: String?
        let status: String
        let industry: String?
        let region: String?
        let revenue: String?
    }

    struct Total {
        let label: String
        let value: String
    }

    let page: PageChrome
    let rows: [Row]
    let hasAccounts: Bool
    let totals: [Total]
    let accountCount: Int

    static let path = "index.html"

    init(project: Project, asOf: Day) {
        let config = project.config
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Portfolio", path: Self.path, section: .portfolio, config: config, asOf: asOf)
        // Active accounts first, then prospects, then the archive; by name within each.
        let ordered = project.accounts.sorted {
            (Account.Status.allCases.firstIndex(of: $0.status)!, $0.name, $0.id)
                < (Account.Status.allCases.firstIndex(of: $1.status)!, $1.name, $1.id)
        }
        rows = ordered.map { account in
            Row(name: account.name, href: links.to(SiteLinks.account(account.id)), manager: account.manager,
                status: account.status.rawValue, industry: account.industry, region: account.region,
                revenue: Format.money(account.revenue.current, currency: config.currency))
        }
        hasAccounts = !rows.isEmpty
        accountCount = rows.count
        let active = project.accounts.filter { $0.status == .active }
        func sum(_ value: (Revenue) -> Double?) -> String {
            Format.money(active.compactMap { value($0.revenue) }.reduce(0, +), currency: config.currency) ?? ""
        }
        totals = [
            Total(label: "Active accounts", value: String(active.count)),
            Total(label: "Current revenue", value: sum(\.current)),
            Total(label: "Profit", value: sum(\.profit)),
            Total(label: "Potential", value: sum(\.potential)),
        ]
    }
}
