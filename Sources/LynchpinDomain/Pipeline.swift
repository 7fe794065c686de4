/// Open opportunities added up by stage, and those closing soon.
public struct Pipeline: Sendable, Equatable {
    public struct StageTotal: Sendable, Equatable {
        public var stage: Opportunity.Stage
        public var count: Int
        public var value: Double
    }

    public struct Entry: Sendable, Equatable {
        public var accountID: String
        public var opportunity: Opportunity
        public init(accountID: String, opportunity: Opportunity) {
            self.accountID = accountID
            self.opportunity = opportunity
        }
    }

    /// The open stages in order, each with its count and value (zero when empty).
    public var stages: [StageTotal]
    public var openCount: Int { stages.reduce(0) { $0 + $1.count } }
    public var openValue: Double { stages.reduce(0) { $0 + $1.value } }
    /// Open opportunities whose close date is from the day through `soonDays` after it, soonest first.
    public var closingSoon: [Entry]

    public static let soonDays = 30

    public init(_ entries: [Entry], on day: Day) {
        let open = entries.filter { $0.opportunity.stage.isOpen }
        stages = Opportunity.Stage.allCases.filter(\.isOpen).map { stage in
            let own = open.filter { $0.opportunity.stage == stage }
            return StageTotal(stage: stage, count: own.count, value: own.reduce(0) { $0 + $1.opportunity.value })
        }
        let last = day.adding(days: Self.soonDays)
        closingSoon = open.filter { $0.opportunity.close >= day && $0.opportunity.close <= last }
            .sorted { ($0.opportunity.close, $0.accountID, $0.opportunity.id) < ($1.opportunity.close, $1.accountID, $1.opportunity.id) }
    }
}
