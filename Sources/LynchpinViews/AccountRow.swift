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
    /// A global account's revenue is its divisions' with its own; a division names its parent.
    public let revenueNote: String?
    public let parent: String?
    public let score: String?
    public let rag: RAGBadge
    public let flags: [FlagBadge]
    public let hasFlags: Bool

    public init(_ analysis: AccountAnalysis, links: SiteLinks, currency: String, managerIDs: [String: String],
                rollUp: GlobalRollUp? = nil, parent: String? = nil) {
        let account = analysis.account
        name = account.name
        href = links.to(SiteLinks.account(account.id))
        manager = account.manager
        managerHref = account.manager.flatMap { managerIDs[$0] }.map { links.to(SiteLinks.person($0)) }
        status = account.status.rawValue
        quadrant = analysis.position.quadrant?.title
        revenue = Format.money(rollUp?.revenue.current ?? account.revenue.current, currency: currency)
        revenueNote = rollUp.map { "with \(Format.count($0.divisionCount, "division"))" }
        self.parent = parent
        score = Format.percent(analysis.scorecard.overall)
        rag = RAGBadge.overall(analysis.scorecard.overallRAG, red: analysis.scorecard.redPerspectives)
        flags = analysis.flags.map(FlagBadge.init)
        hasFlags = !flags.isEmpty
    }
}
