/// One line of the account action plan.
public struct Objective: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case planned, inProgress = "in-progress", done, blocked, dropped
    }

    public var name: String
    public var owner: String?
    public var due: Day?
    public var status: Status
    /// Worked on with the customer (`joint: true`): it is in the customer edition.
    public var joint = false
    /// The customer's person who owns it with us (`customer_owner`).
    public var customerOwner: String?

    public init(name: String, owner: String? = nil, due: Day? = nil, status: Status = .planned) {
        self.name = name
        self.owner = owner
        self.due = due
        self.status = status
    }
}
