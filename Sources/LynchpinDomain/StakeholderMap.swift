/// Who matters at the account, how recently we spoke to them, and what is missing.
public struct StakeholderMap: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var stakeholder: Stakeholder
        /// Days from the last contact to the reference date; nil when no contact is recorded.
        public var daysSinceContact: Int?
        /// Not contacted for longer than `stale_contact_days`, or never.
        public var isStale: Bool
    }

    /// Sponsors first, then decision makers, and so on down the role list; people without a
    /// role last. By name within a role.
    public var entries: [Entry]
    public var hasSponsor: Bool
    public var hasDecisionMaker: Bool
    public var staleCount: Int { entries.filter(\.isStale).count }

    public init(stakeholders: [Stakeholder], asOf: Day, staleAfterDays: Int) {
        let roles = Stakeholder.Role.allCases
        entries = stakeholders.map { person in
            let days = person.lastContact.map { $0.days(until: asOf) }
            return Entry(stakeholder: person, daysSinceContact: days,
                         isStale: StatusRules.isStale(daysSinceContact: days, staleAfterDays: staleAfterDays))
        }.sorted {
            let a = $0.stakeholder.role.flatMap(roles.firstIndex(of:)) ?? roles.count
            let b = $1.stakeholder.role.flatMap(roles.firstIndex(of:)) ?? roles.count
            return (a, $0.stakeholder.name) < (b, $1.stakeholder.name)
        }
        hasSponsor = stakeholders.contains { $0.role == .sponsor }
        hasDecisionMaker = stakeholders.contains { $0.role == .decisionMaker }
    }
}
