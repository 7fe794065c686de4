/// A person who matters at the account, with their stance toward us.
public struct Stakeholder: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case sponsor, decisionMaker = "decision-maker", champion, evaluator, user, blocker
    }

    public enum Stance: String, Sendable, CaseIterable {
        case advocate, supporter, neutral, skeptic, opponent
    }

    public var name: String
    public var title: String?
    public var role: Role?
    public var stance: Stance?
    public var lastContact: Day?
    /// Our people who hold this relationship.
    public var owners: [String] = []

    public init(name: String, title: String? = nil, role: Role? = nil, stance: Stance? = nil, lastContact: Day? = nil,
                owners: [String] = []) {
        self.owners = owners
        self.name = name
        self.title = title
        self.role = role
        self.stance = stance
        self.lastContact = lastContact
    }
}
