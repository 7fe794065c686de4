import LynchpinDomain

/// The executive pack: one printable page with a cover, contents, the portfolio and every
/// active account's plan, each starting on a new page. One for the whole portfolio, and
/// one per key account manager.
struct PackPage {
    /// One plan in the pack: the plan rendered for its own page, placed here.
    struct RenderedSection {
        let anchor: String
        let name: String
        let pageName: String
        let printHeader: String
        let html: String
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
    let sections: [RenderedSection]
    let hasSections: Bool
    let printHeader: String

    static let path = "print/index.html"
    /// Beside the portfolio's pack, so the plans rendered for one serve both.
    static func path(manager: PortfolioAnalysis.Manager) -> String { "print/\(manager.id).html" }

    /// Where a plan goes in the rendered pack; the plan itself is written in its place.
    static let markerPrefix = "<!--lynchpin-pack-section:"
    static let markerSuffix = "-->"
    static func marker(for id: String) -> String { markerPrefix + id + markerSuffix }

    /// - Parameters:
    ///   - manager: the manager whose accounts the pack covers; nil for the whole portfolio.
    ///   - sections: each active account's plan rendered for a pack, by account id.
    init(project: Project, portfolio: PortfolioAnalysis, manager: PortfolioAnalysis.Manager?,
         sections rendered: [String: String]) {
        let config = project.config
        let path = manager.map(Self.path(manager:)) ?? Self.path
        let scope = manager.map { Set($0.accountIDs) }
        // The pack's dashboard sums only the accounts it covers.
        let covered = scope.map { portfolio.restricted(to: $0) } ?? portfolio
        page = PageChrome(title: manager.map { "Executive pack: \($0.name)" } ?? "Executive pack", path: path,
                          section: .print, config: config, asOf: portfolio.asOf)
        organization = config.organization.isEmpty ? nil : config.organization
        title = config.title
        subtitle = manager.map { "Account plans of \($0.name)" } ?? "Executive pack: all active key accounts"
        asOf = portfolio.asOf.description
        dashboard = PortfolioPage(portfolio: covered, config: config, pagePath: path)
        let active = covered.accounts.filter { $0.account.status == .active }.sorted { $0.account.name < $1.account.name }
        sections = active.compactMap { analysis in
            rendered[analysis.account.id].map {
                RenderedSection(anchor: "pack-\(analysis.account.id)", name: analysis.account.name,
                                pageName: "plan-\(analysis.account.id)",
                                printHeader: AccountPage.printHeader(for: analysis.account, asOf: portfolio.asOf),
                                html: $0.isEmpty ? "" : PackPage.marker(for: analysis.account.id))
            }
        }
        hasSections = !sections.isEmpty
        contents = [ContentsEntry(title: "Portfolio", href: "#pack-portfolio")]
            + active.map { ContentsEntry(title: $0.account.name, href: "#pack-\($0.account.id)") }
        printHeader = CSSString.quoted("\(config.title) · executive pack as of \(portfolio.asOf)")
    }
}
