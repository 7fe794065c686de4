/// A measure's actuals week by week up to the reference date, and how the latest moved.
public struct MeasureHistory: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var week: Day
        public var actual: Double
    }

    public enum Trend: String, Sendable {
        case up, down, flat
    }

    /// Oldest first; only weeks that have a row for the measure.
    public var points: [Point]
    public var latest: Point? { points.last }
    /// The value before the latest one.
    public var previous: Point? { points.count >= 2 ? points[points.count - 2] : nil }
    public var change: Double? {
        guard let latest, let previous else { return nil }
        return latest.actual - previous.actual
    }

    public var trend: Trend? {
        guard let change else { return nil }
        return change > 0 ? .up : change < 0 ? .down : .flat
    }

    /// Whether the last move went the way the measure wants: up for "more is better".
    public func improved(direction: Measure.Direction) -> Bool? {
        guard let change, change != 0 else { return nil }
        return (change > 0) == (direction == .up)
    }

    public init(account: String, measure: String, weeks: [ScorecardWeek], asOf: Day) {
        self.init(account: account, measure: measure, index: ScorecardIndex(weeks: weeks), asOf: asOf)
    }

    public init(account: String, measure: String, index: ScorecardIndex, asOf: Day) {
        points = index.weeks(of: account).compactMap { week in
            guard week.date <= asOf, let entry = week.row(measure) else { return nil }
            return Point(week: week.date, actual: entry.actual)
        }
    }
}
