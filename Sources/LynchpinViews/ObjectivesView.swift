import LynchpinDomain

/// The account action plan, with overdue objectives marked.
public struct ObjectivesView: Encodable {
    public struct Row: Encodable {
        public let name: String
        public let owner: String?
        public let due: String?
        public let status: String
        public let overdue: Bool
    }

    public struct Count: Encodable {
        public let status: String
        public let count: Int
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let counts: [Count]
    public let overdueText: String?

    public init(_ objectives: [Objective], health: PlanHealth) {
        let overdue = health.overdueObjectives
        rows = objectives.map {
            Row(name: $0.name, owner: $0.owner, due: $0.due?.description, status: $0.status.rawValue.replacingDashes(),
                overdue: overdue.contains($0))
        }
        hasRows = !rows.isEmpty
        counts = health.objectivesByStatus.filter { $0.count > 0 }
            .map { Count(status: $0.status.rawValue.replacingDashes(), count: $0.count) }
        overdueText = overdue.isEmpty ? nil : "\(overdue.count) overdue"
    }
}
