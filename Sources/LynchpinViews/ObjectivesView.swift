import LynchpinDomain

/// The account action plan, with overdue objectives marked.
struct ObjectivesView {
    struct Row {
        let name: String
        let owner: String?
        let due: String?
        let status: String
        let overdue: Bool
    }

    struct Count {
        let status: String
        let count: Int
    }

    let rows: [Row]
    let hasRows: Bool
    let counts: [Count]
    let overdueText: String?

    init(_ objectives: [Objective], health: PlanHealth) {
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
