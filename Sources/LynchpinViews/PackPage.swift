import LynchpinDomain

/// The executive pack: one printable page with a cover, contents, the portfolio and every
/// active account's plan, each starting on a new page. One for the whole portfolio, and
/// one per key account manager.
struct PackPage {
    struct Section {
        let anchor: String
        let pageName: String
        let plan: AccountPage
    }

    struct ContentsEntry {
        let title: String
        let href: String
    }

    let page: PageChrome
    let organization: String?
    let title: String
    let subtitle: String
    let asOf: String
    let contents: [ContentsEntry]
    let dashboard: PortfolioPage
    let sections: [Section]
    let hasSections: Bool
    let printHeader: String

    static let path = "print/index.html"
    static func path(manager: PortfolioAnalysis.Manager) -> String { "print/\(manager.id)/index.html" }

    /// - Parameter manager: the manager whose accounts the pack covers; nil for the whole portfolio.
    init(project: Project, portfolio: PortfolioAnalysis, manager: PortfolioAnalysis.Manager?) {
        let config = project.config
        let path = manager.map(Self.path(manager:)) ?? Self.path
        let scope = manager.map { Set($0.accountIDs) }
        // The pack's dashboard sums only the accounts it covers.
        let covered = scope.map { ids in
            PortfolioAnalysis(project: Project(config: config, accounts: project.accounts.filter { ids.contains($0.id) },
                                               playbooks: project.playbooks, reviews: project.reviews, weeks: project.weeks),
                              asOf: portfolio.asOf)
        } ?? portfolio
        page = PageChrome(title: manager.map { "Executive pack: \($0.name)" } ?? "Executive pack", path: path,
                          section: .print, config: config, asOf: portfolio.asOf)
        organization = config.organization.isEmpty ? nil : config.organization
        title = config.title
        subtitle = manager.map { "Account plans of \($0.name)" } ?? "Executive pack: all active key accounts"
        asOf = portfolio.asOf.description
        dashboard = PortfolioPage(portfolio: covered, config: config, pagePath: path)
        sections = covered.accounts.filter { $0.account.status == .active }.sorted { $0.account.name < $1.account.name }
            .map { analysis in
                let anchor = "pack-\(analysis.account.id)"
                return Section(anchor: anchor, pageName: "plan-\(analysis.account.id)",
                               plan: AccountPage(analysis: analysis, project: project, asOf: portfolio.asOf,
                                                 pagePath: path, idPrefix: anchor + "-"))
            }
        hasSections = !sections.isEmpty
        contents = [ContentsEntry(title: "Portfolio", href: "#pack-portfolio")]
            + sections.map { ContentsEntry(title: $0.plan.name, href: "#\($0.anchor)") }
        printHeader = CSSString.quoted("\(config.title) · executive pack as of \(portfolio.asOf)")
    }
}
