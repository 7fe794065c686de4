import LynchpinDomain

/// Review actions as a table: what, whose, by when, and whether it is overdue (in words as
/// well as colour).
public struct ActionsView: Encodable {
    public struct Row: Encodable {
        public let id: String
        public let action: String
        public let owner: String
        public let due: String
        public let status: String
        public let overdue: Bool
        /// The account's name, linked, where the table spans accounts (reviews).
        public let account: String?
        public let accountHref: String?
        /// The review that raised it.
        public let raised: String
        public let raisedHref: String?
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let overdueCount: Int

    /// - Parameter links: given, rows name their account and link to it.
    public init(_ actions: [ActionLog.Action], on day: Day, accountNames: [String: String]? = nil, links: SiteLinks) {
        rows = actions.map { action in
            Row(id: action.id, action: action.action, owner: action.owner, due: action.due.description,
                status: action.status.rawValue, overdue: action.isOverdue(on: day),
                account: accountNames.map { $0[action.account] ?? action.account },
                accountHref: accountNames == nil ? nil : links.to(SiteLinks.account(action.account)),
                raised: action.raised.description, raisedHref: links.to(SiteLinks.review(action.raised.description)))
        }
        hasRows = !rows.isEmpty
        overdueCount = rows.filter(\.overdue).count
    }
}
