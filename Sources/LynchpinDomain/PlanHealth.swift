/// How complete and how current a plan is: its congruence blocks and its action plan.
public struct PlanHealth: Sendable, Equatable {
    public struct StatusCount: Sendable, Equatable {
        public var status: Objective.Status
        public var count: Int
    }

    public var congruence: CongruenceCoverage
    /// Every objective status with how many objectives have it, in the contract's order.
    public var objectivesByStatus: [StatusCount]
    /// Due before the reference date and neither done nor dropped. Due that very day is not overdue.
    public var overdueObjectives: [Objective]

    public init(account: Account, asOf: Day) {
        congruence = CongruenceCoverage(outline: account.narrative.outline)
        objectivesByStatus = Objective.Status.allCases.map { status in
            StatusCount(status: status, count: account.objectives.filter { $0.status == status }.count)
        }
        overdueObjectives = account.objectives.filter { Self.isOverdue($0, asOf: asOf) }
    }

    public static func isOverdue(_ objective: Objective, asOf: Day) -> Bool {
        guard let due = objective.due, objective.status != .done, objective.status != .dropped else { return false }
        return due < asOf
    }
}
