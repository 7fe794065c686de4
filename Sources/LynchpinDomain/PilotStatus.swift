/// Where a 90-day pilot stands on the reference date.
public struct PilotStatus: Sendable, Equatable {
    public enum Phase: String, Sendable {
        case notStarted = "not started", running, ended
    }

    public enum MilestoneState: String, Sendable, CaseIterable {
        case done, inProgress = "in progress", planned, overdue, blocked
    }

    public struct MilestoneEntry: Sendable, Equatable {
        public var milestone: Pilot.Milestone
        public var date: Day
        public var state: MilestoneState
        /// Not done and due within the next `soonDays` days (today included).
        public var isDueSoon: Bool
    }

    public static let soonDays = 14

    public var pilot: Pilot
    /// Days since the start: 0 on the start date. Negative before it.
    public var day: Int
    public var phase: Phase
    public var milestones: [MilestoneEntry]
    public var overdue: [MilestoneEntry] { milestones.filter { $0.state == .overdue } }
    public var dueSoon: [MilestoneEntry] { milestones.filter(\.isDueSoon) }

    public init(pilot: Pilot, asOf: Day) {
        self.pilot = pilot
        day = pilot.start.days(until: asOf)
        phase = day < 0 ? .notStarted : day > pilot.days ? .ended : .running
        let today = day
        milestones = pilot.milestones.map { milestone in
            let state: MilestoneState
            switch milestone.status {
            case .done: state = .done
            case .blocked: state = .blocked
            // A milestone due today is not overdue yet.
            case .planned, .inProgress:
                state = milestone.day < today ? .overdue : milestone.status == .inProgress ? .inProgress : .planned
            }
            let dueSoon = milestone.status != .done && milestone.day >= today && milestone.day - today <= Self.soonDays
            return MilestoneEntry(milestone: milestone, date: pilot.start.adding(days: milestone.day), state: state,
                                  isDueSoon: dueSoon)
        }
    }
}
