import LynchpinDomain

/// The dashboard: the portfolio's totals, the matrix, and every account with its flags.
struct PortfolioPage {
    struct MatrixRow {
        let name: String
        let href: String
        let attractiveness: String
        let strength: String
        let quadrant: String
        let revenue: String?
    }

    struct Figure {
        let label: String
        let value: String
    }

    struct QuadrantCell {
        let title: String
        let policy: String
        let count: Int
        let css: String
    }

    struct RAGCell {
        let badge: RAGBadge
        let count: Int
    }

    struct RunningPilot {
        let account: PageLink
        let name: String
        let day: String
        let overdue: [String]
        let hasOverdue: Bool
    }

    let page: PageChrome
    let totals: [Figure]
    let quadrants: [QuadrantCell]
    let ragCounts: [RAGCell]
    let chart: PortfolioChart
    let matrix: [MatrixRow]
    let unplaced: [PageLink]
    let hasUnplaced: Bool
    let pilots: [RunningPilot]
    let hasPilots: Bool
    let rows: [AccountRow]
    let hasAccounts: Bool
    let accountCount: Int

    static let path = SiteLinks.portfolio

    let jsonHref: String

    /// - Parameter pagePath: the page the dashboard appears on: the home page, or a print pack.
    init(portfolio: PortfolioAnalysis, config: SiteConfig, pagePath: String = PortfolioPage.path) {
        let links = SiteLinks(pagePath: pagePath)
        jsonHref = links.to(SiteLinks.portfolioJSON)
        let currency = config.currency
        page = PageChrome(title: "Portfolio", path: Self.path, section: .portfolio, config: config, asOf: portfolio.asOf)
        let active = portfolio.accounts.filter { $0.account.status == .active }
        totals = [
            Figure(label: "Active accounts", value: String(active.count)),
            Figure(label: "Current revenue (12 months)", value: Format.money(portfolio.totalRevenue, currency: currency)!),
            Figure(label: "Profit (12 months)", value: Format.money(portfolio.totalProfit, currency: currency)!),
            Figure(label: "Potential (3 years)", value: Format.money(portfolio.totalPotential, currency: currency)!),
        ]
        quadrants = portfolio.quadrantCounts.map {
            QuadrantCell(title: $0.quadrant.title, policy: $0.quadrant.policy, count: $0.count,
                         css: "quadrant-\($0.quadrant.rawValue)")
        }
        ragCounts = portfolio.ragCounts.map { RAGCell(badge: RAGBadge($0.rag), count: $0.count) }
        let current = portfolio.current
        chart = PortfolioChart(accounts: current, links: links, currency: currency)
        matrix = current.filter(\.position.isPlaced).sorted {
            ($0.position.quadrant.map { Quadrant.allCases.firstIndex(of: $0)! } ?? 9, $0.account.name)
                < ($1.position.quadrant.map { Quadrant.allCases.firstIndex(of: $0)! } ?? 9, $1.account.name)
        }.map {
            MatrixRow(name: $0.account.name, href: links.to(SiteLinks.account($0.account.id)),
                      attractiveness: Format.oneDecimal($0.position.attractiveness!),
                      strength: Format.oneDecimal($0.position.strength!), quadrant: $0.position.quadrant!.title,
                      revenue: Format.money($0.account.revenue.current, currency: currency))
        }
        unplaced = portfolio.unplaced.map { PageLink(title: $0.account.name, href: links.to(SiteLinks.account($0.account.id))) }
        hasUnplaced = !unplaced.isEmpty
        pilots = current.compactMap { analysis in
            guard let pilot = analysis.pilot, pilot.phase == .running else { return nil }
            let overdue = pilot.overdue.map { "\($0.milestone.name) (day \($0.milestone.day))" }
            return RunningPilot(account: PageLink(title: analysis.account.name,
                                                  href: links.to(SiteLinks.account(analysis.account.id)) + "#pilot_heading"),
                                name: pilot.pilot.name, day: "Day \(pilot.day) of \(pilot.pilot.days)", overdue: overdue,
                                hasOverdue: !overdue.isEmpty)
        }
        hasPilots = !pilots.isEmpty
        let managerIDs = Dictionary(uniqueKeysWithValues: portfolio.managers.map { ($0.name, $0.id) })
        // Active accounts first, then prospects, then the archive; by name within each.
        let ordered = portfolio.accounts.sorted {
            (Account.Status.allCases.firstIndex(of: $0.account.status)!, $0.account.name, $0.account.id)
                < (Account.Status.allCases.firstIndex(of: $1.account.status)!, $1.account.name, $1.account.id)
        }
        rows = ordered.map { AccountRow($0, links: links, currency: currency, managerIDs: managerIDs) }
        hasAccounts = !rows.isEmpty
        accountCount = rows.count
    }
}
