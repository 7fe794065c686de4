/// Who on our side holds which relationship at the account, and the shape that makes.
///
/// A *bow-tie* runs every contact through one knot, usually the key account manager: if
/// that person leaves or falls out with the customer, the account goes with them. A
/// *diamond* has several of our people in touch with several of theirs, and the senior
/// contacts held by someone other than the key account manager.
public struct RelationshipMap: Sendable, Equatable {
    public enum Shape: String, Sendable { case diamond, bowTie = "bow-tie" }

    /// How recent a link's last contact is, for its colour and its word.
    public typealias Recency = StatusRules.ContactRecency

    public struct Link: Sendable, Equatable {
        /// The stakeholder's place in `stakeholders`: names need not be unique.
        public var stakeholderIndex: Int
        public var stakeholder: String
        public var owner: String
        public var daysSinceContact: Int?
        public var recency: Recency
    }

    /// The customer's people who have an owner, in the stakeholder list's order.
    public var stakeholders: [Stakeholder]
    /// Our people, by name.
    public var ourPeople: [String]
    public var links: [Link]
    public var shape: Shape
    /// Every owned contact belongs to one person.
    public var isSingleThreaded: Bool { ourPeople.count == 1 }

    /// nil when no stakeholder names an owner: there is nothing to map.
    public init?(entries: [StakeholderMap.Entry], manager: String?, staleAfterDays: Int) {
        let owned = entries.filter { !$0.stakeholder.owners.isEmpty }
        guard !owned.isEmpty else { return nil }
        stakeholders = owned.map(\.stakeholder)
        ourPeople = Set(owned.flatMap(\.stakeholder.owners)).sorted()
        links = owned.enumerated().flatMap { index, entry in
            let recency = StatusRules.recency(daysSinceContact: entry.daysSinceContact, staleAfterDays: staleAfterDays)
            return entry.stakeholder.owners.map {
                Link(stakeholderIndex: index, stakeholder: entry.stakeholder.name, owner: $0, daysSinceContact: entry.daysSinceContact, recency: recency)
            }
        }
        shape = Self.shape(of: owned.map(\.stakeholder), manager: manager)
    }

    /// Diamond: at least two of our people own contacts, and every sponsor and decision
    /// maker is held by someone besides the key account manager. An account whose senior
    /// people nobody holds is a bow-tie too.
    public static func shape(of stakeholders: [Stakeholder], manager: String?) -> Shape {
        let people = Set(stakeholders.flatMap(\.owners))
        let senior = stakeholders.filter { $0.role == .sponsor || $0.role == .decisionMaker }
        let seniorCovered = !senior.isEmpty && senior.allSatisfy { person in person.owners.contains { $0 != manager } }
        return people.count >= 2 && seniorCovered ? .diamond : .bowTie
    }
}
