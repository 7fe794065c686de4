import LynchpinDomain

/// The dashboard: the portfolio's totals, the matrix, and every account with its flags.
public struct PortfolioPage: Encodable {
    public struct MatrixRow: Encodable {
        public let name: String
        public let href: String
        public let attractiveness: String
        public let strength: String
        public let quadrant: String
        public let revenue: String?
    }

    public struct Figure: Encodable {
        public let label: String
        public let value: String
        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct QuadrantCell: Encodable {
        public let title: String
        public let policy: String
        public let count: Int
        public let css: String
    }

    public struct RAGCell: Encodable {
        public let badge: RAGBadge
        public let count: Int
    }

    public struct RunningPilot: Encodable {
        public let account: PageLink
        public let name: String
        public let day: String
        public let overdue: [String]
        public let hasOverdue: Bool
    }

    public let page: PageChrome
    public let totals: [Figure]
    public let quadrants: [QuadrantCell]
    /// What the quadrant counts count, so they add up beside the totals.
    public let quadrantNote: String
    public let ragCounts: [RAGCell]
    /// What the status counts count: "35 measures of the 8 active accounts and 2 active divisions of theirs".
    public let ragNote: String
    public let chart: PortfolioChart
    public let matrix: [MatrixRow]
    public let unplaced: [PageLink]
    public let hasUnplaced: Bool
    public let pilots: [RunningPilot]
    public let hasPilots: Bool
    /// Review actions open on the reference date, and the overdue ones listed.
    public let pipeline: PortfolioPipelineView
    /// Active and prospect accounts whose latest quarter of survey answers scored below the one before.
    public let feedbackFalls: FeedbackFallsView
    public let openActionCount: Int
    public let overdueActions: ActionsView
    public let hasActions: Bool
    public let rows: [AccountRow]
    public let hasAccounts: Bool
    public let accountCount: Int

    public static let path = SiteLinks.portfolio

    /// The portfolio's forecast and each manager's; an account without one links to its
    /// plan's forecast, which says why.
    static func forecasts(_ portfolio: PortfolioAnalysis, currency: String,
                          links: SiteLinks) -> (ForecastTotalView, [ManagerForecast]) {
        let withheld = { (id: String) in
            PageLink(title: portfolio.analysis(of: id)?.account.name ?? id, href: AccountPage.section(id, "forecast_heading", links: links))
        }
        let managers = portfolio.managers.filter { $0.scorecard.accountCount > 0 }.map {
            ManagerForecast(manager: PageLink(title: $0.name, href: links.to(SiteLinks.person($0.id))),
                            total: ForecastTotalView($0.scorecard.forecast, currency: currency, name: withheld),
                            made: $0.scorecard.forecast.made)
        }
        return (ForecastTotalView(portfolio.forecast, currency: currency, name: withheld), managers)
    }

    /// The quadrant counts' sum in words, so they add up beside the totals' active accounts:
    /// "8 active accounts, 2 active divisions placed on their own and 2 prospects: 12 in all".
    static func quadrantNote(_ portfolio: PortfolioAnalysis, isActiveDivision: (AccountAnalysis) -> Bool) -> String {
        let current = portfolio.current
        let placed = current.filter(\.position.isPlaced)
        let active = placed.filter { $0.account.status == .active }
        let divisions = active.filter(isActiveDivision).count
        var parts = [Format.count(active.count - divisions, "active account")]
        if divisions > 0 { parts.append(Format.count(divisions, "active division") + " placed on \(divisions == 1 ? "its" : "their") own") }
        parts.append(Format.count(placed.count - active.count, "prospect"))
        var note = Format.list(parts) + ": \(placed.count) in all"
        if current.count > placed.count { note += "; \(current.count - placed.count) unplaced, not counted here" }
        return note
    }

    /// A manager's forecasts added up, for the dashboard's table.
    public struct ManagerForecast: Encodable {
        public let manager: PageLink
        public let total: ForecastTotalView
        public let made: Int
    }

    public let jsonHref: String
    /// Every figure as a workbook, to filter and pivot in Excel.
    public let workbookHref: String
    /// The active accounts' forecasts added up, and each manager's.
    public let forecast: ForecastTotalView
    public let managerForecasts: [ManagerForecast]
    /// How a forecast is made, in a sentence.
    public let forecastMethod: String
    /// What changed since the previous scorecard week; nil in a print pack.
    public let since: SinceLastWeekView?

    /// - Parameter pagePath: the page the dashboard appears on: the home page, or a print pack.
    /// - Parameter changes: what changed since last week, with the project it names accounts from.
    public init(portfolio: PortfolioAnalysis, config: SiteConfig, pagePath: String = PortfolioPage.path,
                changes: (delta: ReviewDelta, project: Project)? = nil) {
        let links = SiteLinks(pagePath: pagePath)
        since = changes.map { SinceLastWeekView($0.delta, project: $0.project, links: links) }
        (forecast, managerForecasts) = Self.forecasts(portfolio, currency: config.currency, links: links)
        let year = ReportingPeriod(.year, containing: portfolio.asOf, fiscalYearStart: config.fiscalYearStart)!
        forecastMethod = "An account's forecast is its sales so far this fiscal year plus its open opportunities closing by "
            + "\(year.end), each weighted by its probability; sales not yet in the pipeline are not counted."
        jsonHref = links.to(SiteLinks.portfolioJSON)
        workbookHref = links.to(SiteLinks.portfolioWorkbook)
        let currency = config.currency
        page = PageChrome(title: "Portfolio", path: Self.path, section: .portfolio, config: config, asOf: portfolio.asOf)
        let active = portfolio.accounts.filter { $0.account.status == .active }
        // A global account counts once: a division is left out when an ancestor is active too.
        let activeIDs = Set(active.map(\.account.id))
        let counted = active.filter { !portfolio.tree.ancestors(of: $0.account.id).contains(where: activeIDs.contains) }
        totals = [
            Figure(label: counted.count == active.count ? "Active accounts" : "Active accounts (a global account counts once)",
                   value: String(counted.count)),
            Figure(label: "Current revenue (12 months)", value: Format.money(portfolio.totalRevenue, currency: currency)!),
            Figure(label: "Profit (12 months)", value: Format.money(portfolio.totalProfit, currency: currency)!),
            Figure(label: "Potential (3 years)", value: Format.money(portfolio.totalPotential, currency: currency)!),
        ]
        quadrants = portfolio.quadrantCounts.map {
            QuadrantCell(title: $0.quadrant.title, policy: $0.quadrant.policy, count: $0.count,
                         css: "quadrant-\($0.quadrant.rawValue)")
        }
        let countedIDs = Set(counted.map(\.account.id))
        let isActiveDivision = { (analysis: AccountAnalysis) in analysis.account.status == .active && !countedIDs.contains(analysis.account.id) }
        quadrantNote = Self.quadrantNote(portfolio, isActiveDivision: isActiveDivision)
        ragCounts = portfolio.ragCounts.map { RAGCell(badge: RAGBadge($0.rag), count: $0.count) }
        let divisions = active.count - counted.count
        ragNote = Format.count(portfolio.ragCounts.reduce(0) { $0 + $1.count }, "measure") + " of the "
            + Format.count(counted.count, "active account")
            + (divisions == 0 ? "" : " and \(Format.count(divisions, "active division")) of theirs")
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
                                                  href: AccountPage.section(analysis.account.id, "pilot_heading", links: links)),
                                name: pilot.pilot.name, day: "Day \(pilot.day) of \(pilot.pilot.days)", overdue: overdue,
                                hasOverdue: !overdue.isEmpty)
        }
        hasPilots = !pilots.isEmpty
        let names = Dictionary(uniqueKeysWithValues: portfolio.accounts.map { ($0.account.id, $0.account.name) })
        pipeline = PortfolioPipelineView(portfolio.pipeline, names: names, links: links, currency: currency)
        feedbackFalls = FeedbackFallsView(FeedbackFall.falls(among: current.map(\.account), through: portfolio.asOf,
                                                             fiscalYearStart: config.fiscalYearStart),
                                          names: names, links: links, asOf: portfolio.asOf)
        let open = portfolio.actions.filter { $0.status == .open }
        openActionCount = open.count
        overdueActions = ActionsView(portfolio.overdueActions, on: portfolio.asOf, accountNames: names, links: links)
        hasActions = !portfolio.actions.isEmpty
        let managerIDs = Dictionary(uniqueKeysWithValues: portfolio.managers.map { ($0.name, $0.id) })
        // Active accounts first, then prospects, then the archive; by name within each.
        let ordered = portfolio.accounts.sorted {
            (Account.Status.allCases.firstIndex(of: $0.account.status)!, $0.account.name, $0.account.id)
                < (Account.Status.allCases.firstIndex(of: $1.account.status)!, $1.account.name, $1.account.id)
        }
        rows = ordered.map {
            AccountRow($0, links: links, currency: currency, managerIDs: managerIDs, rollUp: portfolio.rollUps[$0.account.id],
                       parent: portfolio.tree.parent(of: $0.account.id).map { names[$0] ?? $0 })
        }
        hasAccounts = !rows.isEmpty
        accountCount = rows.count
    }
}
