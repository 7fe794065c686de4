import LynchpinDomain

/// One account as the dashboard and a manager's page list it.
struct AccountRow {
    let name: String
    let href: String
    let manager: String?
    let managerHref: String?
    let status: String
    let quadrant: String?
    let revenue: String?
    let score: String?
    let rag: RAGBadge
    let flags: [FlagBadge]
    let hasFlags: Bool

    init(_ analysis: AccountAnalysis, links: SiteLinks, currency: String, managerIDs: [String: String]) {
        let account = analysis.account
        name = account.name
        href = links.to(SiteLinks.account(account.id))
        manager = account.manager
        managerHref = account.manager.flatMap { managerIDs[$0] }.map { links.to(SiteLinks.person($0)) }
        status = account.status.rawValue
        quadrant = analysis.position.quadrant?.title
        revenue = Format.money(account.revenue.current, currency: currency)
        score = Format.percent(analysis.scorecard.overall)
        rag = RAGBadge(analysis.scorecard.overallRAG)
        flags = analysis.flags.map(FlagBadge.init)
        hasFlags = !flags.isEmpty
    }
}
