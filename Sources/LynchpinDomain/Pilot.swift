/// A 90-day pilot: a small cross-functional team gets one revenue project running.
public struct Pilot: Sendable, Equatable {
    public struct Milestone: Sendable, Equatable {
        public enum Status: String, Sendable, CaseIterable {
            case planned, inProgress = "in-progress", done, blocked
        }

        public var name: String
        public var day: Int
        public var status: Status

        public init(name: String, day: Int, status: Status = .planned) {
            self.name = name
            self.day = day
            self.status = status
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

    public init(name: String, start: Day, days: Int = 90, team: [String] = [], customerStakeholder: String? = nil,
                hypothesis: String? = nil, success: String? = nil, milestones: [Milestone] = []) {
        self.name = name
        self.start = start
        self.days = days
        self.team = team
        self.customerStakeholder = customerStakeholder
        self.hypothesis = hypothesis
        self.success = success
        self.milestones = milestones
    }
}
