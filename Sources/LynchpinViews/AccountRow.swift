import LynchpinDomain

/// One account as the dashboard and a manager's page list it.
public struct AccountRow: Encodable {
    public let name: String
    public let href: String
    public let manager: String?
    public let managerHref: String?
    public let status: String
    public let quadrant: String?
    public let revenue: String?
    public let score: String?
    public let rag: RAGBadge
    public let flags: [FlagBadge]
    public let hasFlags: Bool

    public init(_ analysis: AccountAnalysis, links: SiteLinks, currency: String, managerIDs: [String: String]) {
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
