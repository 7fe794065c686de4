import LynchpinDomain

/// The 90-day pilot on a plan: where today falls, the milestones, the team and the bet.
public struct PilotView: Encodable {
    public struct Milestone: Encodable {
        public let name: String
        public let day: Int
        public let date: String
        public let state: String
        public let css: String
        public let x: String
        public let labelY: String
        /// Labels near either end are anchored inward so they stay inside the chart.
        public let anchor: String
        public let dueSoon: Bool
        public let owner: String?
    }

    public let name: String
    public let dayText: String
    public let phase: String
    public let start: String
    public let end: String
    public let days: Int
    public let team: String?
    public let customerStakeholder: String?
    public let hypothesis: String?
    public let success: String?
    public let milestones: [Milestone]
    public let overdueText: String?
    /// "Scale, decided 2026-11-20: …", once the call is made.
    public let decision: String?
    /// The last day has passed with no decision: said in words, marked as a warning.
    public let decisionDue: String?
    // Timeline geometry: a line for days 0...days, a marker for today when it falls inside.
    public let width = 640
    public let height: Int
    public let lineY = "40.0"
    public let lineStart = Format.oneDecimal(PilotView.left)
    public let lineEnd = Format.oneDecimal(PilotView.right)
    public let todayX: String?
    public let description: String

    public static let left = 20.0
    public static let right = 620.0

    /// Where the pilot stands: "Day 4 of 90". The executive summary says it too.
    static func dayText(_ status: PilotStatus) -> String {
        switch status.phase {
        case .notStarted: "Starts in \(-status.day) days"
        case .running: "Day \(status.day) of \(status.pilot.days)"
        case .ended: "Ended \(status.day - status.pilot.days) days ago"
        }
    }

    public init(_ status: PilotStatus) {
        let pilot = status.pilot
        name = pilot.name
        phase = status.phase.rawValue
        dayText = Self.dayText(status)
        start = pilot.start.description
        end = pilot.start.adding(days: pilot.days).description
        days = pilot.days
        team = pilot.team.isEmpty ? nil : pilot.team.joined(separator: ", ")
        customerStakeholder = pilot.customerStakeholder
        hypothesis = pilot.hypothesis
        success = pilot.success
        func x(_ day: Int) -> Double {
            Self.left + Double(min(max(day, 0), pilot.days)) / Double(max(pilot.days, 1)) * (Self.right - Self.left)
        }
        milestones = status.milestones.enumerated().map { index, entry in
            Milestone(name: entry.milestone.name, day: entry.milestone.day, date: entry.date.description,
                      state: entry.state.rawValue, css: "milestone-" + entry.state.rawValue.replacingSpaces(),
                      x: Format.oneDecimal(x(entry.milestone.day)),
                      // Alternate labels above and below the line so neighbours do not overlap.
                      labelY: index % 2 == 0 ? "20.0" : "68.0",
                      anchor: x(entry.milestone.day) < 140 ? "start" : x(entry.milestone.day) > 500 ? "end" : "middle",
                      dueSoon: entry.isDueSoon, owner: entry.milestone.owner)
        }
        let asOf = pilot.start.adding(days: status.day)
        decision = pilot.decision.flatMap { decision in
            decision.date > asOf ? nil
                : "\(decision.outcome.rawValue.prefix(1).uppercased() + decision.outcome.rawValue.dropFirst()), decided \(decision.date)"
                    + (decision.note.map { ": \($0)" } ?? "")
        }
        decisionDue = pilot.isDecisionDue(on: asOf)
            ? "Decision due: day \(pilot.days) was \(pilot.end), \(Format.count(status.day - pilot.days, "day")) ago, and no call to scale, extend or stop is recorded."
            : nil
        overdueText = status.overdue.isEmpty ? nil : "\(status.overdue.count) overdue"
        height = 80
        todayX = status.phase == .running ? Format.oneDecimal(x(status.day)) : nil
        description = "\(pilot.name), \(dayText.lowercased()). Milestones: "
            + status.milestones.map { "\($0.milestone.name) on day \($0.milestone.day), \($0.state.rawValue)" }
                .joined(separator: "; ") + "."
    }
}
