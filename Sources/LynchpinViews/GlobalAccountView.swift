import LynchpinDomain

/// A global account's plan section: its divisions rolled up. On a division's plan, just the
/// link to its parent.
public struct GlobalAccountView: Encodable {
    public struct Division: Encodable {
        public let name: String
        public let href: String
        public let status: String
        /// "Division", "Division of a division", by depth.
        public let level: String
        public let quadrant: String
        public let score: String?
        public let rag: RAGBadge?
        public let revenue: String?
    }

    public let parent: PageLink?
    public let divisions: [Division]
    public let hasDivisions: Bool
    public let divisionCount: Int
    public let notYetSold: [PageLink]
    public let totals: [AccountPage.Figure]

    /// nil for an account that is neither a division nor has any.
    public init?(accountID: String, portfolio: PortfolioAnalysis?, links: SiteLinks, currency: String) {
        guard let portfolio else { return nil }
        let rollUp = portfolio.rollUps[accountID]
        let parentID = portfolio.tree.parent(of: accountID)
        guard rollUp != nil || parentID != nil else { return nil }
        parent = parentID.map { id in
            PageLink(title: portfolio.analysis(of: id)?.account.name ?? id, href: links.to(SiteLinks.account(id)))
        }
        divisions = rollUp?.divisions.map { division in
            Division(name: division.name, href: links.to(SiteLinks.account(division.id)), status: division.status.rawValue,
                     level: division.depth == 1 ? "division" : "division of a division",
                     quadrant: division.quadrant?.title ?? "Unplaced", score: Format.percent(division.overall),
                     rag: division.overall == nil ? nil : RAGBadge(division.overallRAG),
                     revenue: Format.money(division.revenue, currency: currency))
        } ?? []
        hasDivisions = !divisions.isEmpty
        divisionCount = divisions.count
        notYetSold = rollUp?.notYetSold.map { PageLink(title: $0.name, href: links.to(SiteLinks.account($0.id))) } ?? []
        totals = rollUp.map { rollUp in
            [("Revenue with divisions (12 months)", rollUp.revenue.current), ("Profit with divisions (12 months)", rollUp.revenue.profit),
             ("Potential with divisions (3 years)", rollUp.revenue.potential)]
                .compactMap { label, value in Format.money(value, currency: currency).map { AccountPage.Figure(label: label, value: $0) } }
        } ?? []
    }
}
