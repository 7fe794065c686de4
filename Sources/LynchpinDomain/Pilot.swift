/// A 90-day pilot: a small cross-functional team gets one revenue project running.
public struct Pilot: Sendable, Equatable {
    public struct Milestone: Sendable, Equatable {
        public enum Status: String, Sendable, CaseIterable {
            case planned, inProgress = "in-progress", done, blocked
        }

        public var name: String
        public var day: Int
        public var status: Status
        /// Who is to get it done.
        public var owner: String?
        /// The customer's person who owns it with us (`customer_owner`).
        public var customerOwner: String?

        public init(name: String, day: Int, status: Status = .planned, owner: String? = nil) {
            self.name = name
            self.day = day
            self.status = status
            self.owner = owner
        }
    }

    /// The call made at the end: scale it up, extend it, or stop.
    public struct Decision: Sendable, Equatable {
        public enum Outcome: String, Sendable, CaseIterable { case scale, extend, stop }

        public var date: Day
        public var outcome: Outcome
        public var note: String?

        public init(date: Day, outcome: Outcome, note: String? = nil) {
            self.date = date
            self.outcome = outcome
            self.note = note
        }
    }

    public var name: String
    public var start: Day
    public var days: Int
    public var team: [String]
    public var customerStakeholder: String?
    public var hypothesis: String?
    public var success: String?
    public var milestones: [Milestone]
    public var decision: Decision?
    /// What of the pilot, beyond its name, dates and jointly owned milestones, the customer
    /// edition shows (`shared: [hypothesis, success, team, decision]`): nothing by default.
    public var shared: Set<SharedField> = []

    public enum SharedField: String, Sendable, CaseIterable {
        case hypothesis, success, team, decision
    }

    public init(name: String, start: Day, days: Int = 90, team: [String] = [], customerStakeholder: String? = nil,
                hypothesis: String? = nil, success: String? = nil, milestones: [Milestone] = [], decision: Decision? = nil) {
        self.decision = decision
        self.name = name
        self.start = start
        self.days = days
        self.team = team
        self.customerStakeholder = customerStakeholder
        self.hypothesis = hypothesis
        self.success = success
        self.milestones = milestones
    }

    /// The last day of the pilot: `days` after its start.
    public var end: Day { start.adding(days: days) }

    /// The pilot's last day has passed and no decision was recorded by `day`.
    public func isDecisionDue(on day: Day) -> Bool {
        day > end && (decision.map { $0.date > day } ?? true)
    }

    /// The pilot's last day is from `day` through `PilotStatus.soonDays` after it, and no
    /// decision was recorded by `day`: the call to prepare for.
    public func isDecisionSoon(on day: Day) -> Bool {
        end >= day && day.days(until: end) <= PilotStatus.soonDays && (decision.map { $0.date > day } ?? true)
    }
}
