/// One measure of an account's balanced scorecard.
public struct Measure: Sendable, Equatable {
    public enum Perspective: String, Sendable, CaseIterable {
        case financial, growth, customer, `internal`
    }

    /// Whether more or less of the measure is better.
    public enum Direction: String, Sendable, CaseIterable { case up, down }

    /// How long a target runs: a quarterly revenue target is met over a quarter, not a week.
    public enum Period: String, Sendable, CaseIterable { case week, month, quarter, year }

    /// How the weekly actuals within the current period combine into the figure compared.
    public enum Aggregate: String, Sendable, CaseIterable { case latest, sum, mean }

    /// A target in force from a day on (`targets:`); `from` is nil for a plain `target:`,
    /// which is in force on every day.
    public struct TargetStep: Sendable, Equatable {
        public var from: Day?
        public var target: Double
        public init(from: Day?, target: Double) {
            self.from = from
            self.target = target
        }
    }

    public var id: String
    public var perspective: Perspective
    public var name: String
    public var unit: String?
    /// Oldest first. One step with no `from` for a plain target.
    public var targets: [TargetStep]
    public var direction: Direction
    public var weight: Double
    public var period: Period
    public var aggregate: Aggregate
    /// False when the key account manager cannot move it (on-time delivery owned by the
    /// supply planner): it stays on the plan and is left out of the manager's scorecard.
    public var controllable: Bool
    /// Agreed with the customer (`shared: true`): it is in the customer edition of the plan.
    public var shared = false

    public init(id: String, perspective: Perspective, name: String, unit: String? = nil,
                target: Double, direction: Direction = .up, weight: Double = 1,
                period: Period = .week, aggregate: Aggregate = .latest, controllable: Bool = true) {
        self.init(id: id, perspective: perspective, name: name, unit: unit, targets: [TargetStep(from: nil, target: target)],
                  direction: direction, weight: weight, period: period, aggregate: aggregate, controllable: controllable)
    }

    public init(id: String, perspective: Perspective, name: String, unit: String? = nil,
                targets: [TargetStep], direction: Direction = .up, weight: Double = 1,
                period: Period = .week, aggregate: Aggregate = .latest, controllable: Bool = true) {
        self.id = id
        self.perspective = perspective
        self.name = name
        self.unit = unit
        self.targets = targets.sorted { ($0.from?.ordinal ?? Int.min) < ($1.from?.ordinal ?? Int.min) }
        self.direction = direction
        self.weight = weight
        self.period = period
        self.aggregate = aggregate
        self.controllable = controllable
    }

    /// The target in force on a day: that of the latest step starting on or before it. nil
    /// before the first step of a schedule.
    public func target(on day: Day) -> Double? {
        targets.last { $0.from.map { $0 <= day } ?? true }?.target
    }

    /// Whether the target changes over time (`targets:`), so the page shows its schedule.
    public var hasSchedule: Bool { targets.contains { $0.from != nil } }
}
