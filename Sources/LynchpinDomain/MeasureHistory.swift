/// A measure's figures week by week up to the reference date, and how the latest moved.
/// Each point is the figure as it stood that week (`PeriodFigure`): for a quarterly summed
/// measure, the quarter's total so far.
public struct MeasureHistory: Sendable, Equatable {
    /// Kept small: a long history has one per week per measure per account.
    public struct Point: Sendable, Equatable {
        public var week: Day
        public var actual: Double
    }

    public enum Trend: String, Sendable {
        case up, down, flat
    }

    /// Oldest first; only weeks that have a row for the measure.
    public var points: [Point]
    public var period: Measure.Period
    public var fiscalYearStart: Int
    public var latest: Point? { points.last }
    /// The figure before the latest one, within the same period: a quarter's total is not
    /// compared with the last quarter's.
    public var previous: Point? {
        guard points.count >= 2, let latest else { return nil }
        let before = points[points.count - 2]
        return periodStart(of: before.week) == periodStart(of: latest.week) ? before : nil
    }

    /// The start of the period a week's figure belongs to; nil for a weekly measure.
    public func periodStart(of week: Day) -> Day? {
        ReportingPeriod(period, containing: week, fiscalYearStart: fiscalYearStart)?.start
    }
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

    /// A weekly measure with no target, for looking at actuals alone.
    public init(account: String, measure: String, weeks: [ScorecardWeek], asOf: Day) {
        self.init(account: account, measure: Measure(id: measure, perspective: .financial, name: measure, targets: []),
                  index: ScorecardIndex(weeks: weeks), asOf: asOf, fiscalYearStart: 1)
    }

    public init(account: String, measure: Measure, index: ScorecardIndex, asOf: Day, fiscalYearStart: Int) {
        self.period = measure.period
        self.fiscalYearStart = fiscalYearStart
        var points: [Point] = []
        var period: ReportingPeriod?
        var running = PeriodFigure.Running(aggregate: measure.aggregate)
        // One pass: the running figure restarts where a new period begins.
        for week in index.weeks(of: account) where week.date <= asOf {
            guard let row = week.row(measure.id) else { continue }
            guard let current = ReportingPeriod(measure.period, containing: week.date, fiscalYearStart: fiscalYearStart) else {
                points.append(Point(week: week.date, actual: row.actual))
                continue
            }
            if current != period {
                period = current
                running = PeriodFigure.Running(aggregate: measure.aggregate)
            }
            running.add(row.actual, week: week.date, note: row.note)
            if let figure = running.figure {
                points.append(Point(week: week.date, actual: figure.actual))
            }
        }
        self.points = points
    }
}
