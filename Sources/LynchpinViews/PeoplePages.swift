import LynchpinDomain

/// The team page: the key account managers side by side, each with their own scorecard.
public struct PeopleIndexPage: Encodable {
    public struct Entry: Encodable {
        public let name: String
        public let href: String
        public let accountCount: Int
        public let flagCount: Int
        public let scorecard: ManagerScorecardView
    }

    public let page: PageChrome
    public let managers: [Entry]
    public let hasManagers: Bool
    /// Whether `rewards.bonus_curve` is set: only then does pay appear.
    public let showsBonus: Bool
    public let rule: String

    public static let path = SiteLinks.people

    public init(portfolio: PortfolioAnalysis, config: SiteConfig) {
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Key account managers", path: Self.path, section: .people, config: config,
                          asOf: portfolio.asOf)
        managers = portfolio.managers.map { manager in
            Entry(name: manager.name, href: links.to(SiteLinks.person(manager.id)), accountCount: manager.accountIDs.count,
                  flagCount: manager.accountIDs.compactMap(portfolio.analysis(of:)).reduce(0) { $0 + $1.flags.count },
                  scorecard: ManagerScorecardView(manager.scorecard))
        }
        hasManagers = !managers.isEmpty
        showsBonus = config.bonusCurve != nil
        rule = ManagerScorecardView.rule(config)
    }
}

/// One key account manager's accounts.
public struct PersonPage: Encodable {
    public let page: PageChrome
    public let name: String
    public let rows: [AccountRow]
    public let revenue: String
    /// Their accounts' full plans in one printable page.
    public let packHref: String
    public let scorecard: ManagerScorecardView
    public let showsBonus: Bool
    public let rule: String
    /// The bonus curve in words, when there is one.
    public let curve: String?
    /// Their active accounts' forecasts added up.
    public let forecast: ForecastTotalView

    public static func path(_ manager: PortfolioAnalysis.Manager) -> String { SiteLinks.person(manager.id) }

    public init(manager: PortfolioAnalysis.Manager, portfolio: PortfolioAnalysis, config: SiteConfig) {
        let links = SiteLinks(pagePath: Self.path(manager))
        page = PageChrome(title: manager.name, path: Self.path(manager), section: .people, config: config,
                          asOf: portfolio.asOf)
        name = manager.name
        let accounts = manager.accountIDs.compactMap(portfolio.analysis(of:))
        rows = accounts.map { AccountRow($0, links: links, currency: config.currency, managerIDs: [:]) }
        let total = accounts.filter { $0.account.status == .active }.compactMap(\.account.revenue.current).reduce(0, +)
        revenue = Format.money(total, currency: config.currency)!
        packHref = links.to(PackPage.path(manager: manager))
        scorecard = ManagerScorecardView(manager.scorecard)
        forecast = ForecastTotalView(manager.scorecard.forecast, currency: config.currency) { id in
            PageLink(title: portfolio.analysis(of: id)?.account.name ?? id,
                     href: AccountPage.section(id, "forecast_heading", links: links))
        }
        showsBonus = config.bonusCurve != nil
        rule = ManagerScorecardView.rule(config)
        curve = config.bonusCurve.map { curve in
            "Bonus attainment follows the curve " + curve.points.map { "\(Format.number($0.score))% → \(Format.number($0.payout))%" }
                .joined(separator: ", ") + ", straight between points and no higher than the last."
        }
    }
}
