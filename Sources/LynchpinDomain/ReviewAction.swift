/// An action as one review's front matter lists it: a new action with every field, or a
/// later review's update that repeats the id with only what changed.
public struct ReviewAction: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case open, done, dropped }

    public var id: String
    public var account: String?
    public var action: String?
    public var owner: String?
    public var due: Day?
    public var status: Status?
    /// An action for both sides (`joint: true`), shown in the customer edition.
    public var joint: Bool?
    public var customerOwner: String?
    /// Where the id is written, for problems found across reviews.
    public var line: Int?
    public var column: Int?

    public init(id: String, account: String? = nil, action: String? = nil, owner: String? = nil, due: Day? = nil,
                status: Status? = nil, line: Int? = nil, column: Int? = nil) {
        self.id = id
        self.account = account
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.line = line
        self.column = column
    }

    /// Whether it has what a new action needs.
    public var isComplete: Bool { account != nil && action != nil && owner != nil && due != nil }
}
