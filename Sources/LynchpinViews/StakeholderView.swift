import LynchpinDomain

/// The stakeholder map: by role, with how long since we last spoke to each.
public struct StakeholderView: Encodable {
    public struct Row: Encodable {
        public let name: String
        public let title: String?
        public let role: String
        public let stance: String?
        public let lastContact: String?
        public let days: String
        public let stale: Bool
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let warnings: [String]
    public let hasWarnings: Bool

    public init(_ map: StakeholderMap, staleAfterDays: Int) {
        rows = map.entries.map { entry in
            let person = entry.stakeholder
            return Row(name: person.name, title: person.title,
                       role: person.role.map { $0.rawValue.replacingDashes() } ?? "no role",
                       stance: person.stance?.rawValue, lastContact: person.lastContact?.description,
                       days: entry.daysSinceContact.map { "\($0)" } ?? "never", stale: entry.isStale)
        }
        hasRows = !rows.isEmpty
        var warnings: [String] = []
        if !map.hasSponsor { warnings.append("No sponsor recorded at the account.") }
        if !map.hasDecisionMaker { warnings.append("No decision maker recorded at the account.") }
        if map.staleCount > 0 {
            warnings.append("\(map.staleCount) of \(map.entries.count) not contacted in the last \(staleAfterDays) days.")
        }
        self.warnings = warnings
        hasWarnings = !warnings.isEmpty
    }
}
