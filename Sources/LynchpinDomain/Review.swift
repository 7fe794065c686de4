/// The notes of one weekly account review.
public struct Review: Sendable, Equatable {
    public var date: Day
    public var sourcePath: String
    public var title: String
    public var attendees: [String]
    /// The accounts the meeting focused on; nil means every active account.
    public var accounts: [String]?
    public var notes: Document
    /// Actions raised here, or updates to earlier ones (`ActionLog`).
    public var actions: [ReviewAction]

    public init(date: Day, sourcePath: String, title: String? = nil, attendees: [String] = [],
                accounts: [String]? = nil, notes: Document = .empty, actions: [ReviewAction] = []) {
        self.actions = actions
        self.date = date
        self.sourcePath = sourcePath
        self.title = title ?? "Account review \(date)"
        self.attendees = attendees
        self.accounts = accounts
        self.notes = notes
    }
}
