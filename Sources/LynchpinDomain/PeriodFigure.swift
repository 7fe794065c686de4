/// What a measure's actual and target are as of a day, once its period and aggregate are
/// applied: the figure the status is worked out from.
public struct PeriodFigure: Sendable, Equatable {
    /// The period-to-date figure: the latest, sum or mean of the weeks counted.
    public var actual: Double
    /// The newest week counted.
    public var week: Day
    public var weeksCounted: Int
    public var note: String?
    /// Where the measure's record begins inside the period, when that is after the period's
    /// start (`recordStart`): a team that began its scorecards mid-quarter. nil when the
    /// period is on record from its first day.
    public var recordFrom: Day?

    /// The figure from the account's weeks (oldest first) on or before `asOf` that count:
    /// for a weekly measure (`period` nil) the newest one with a row, as in v1; otherwise
    /// those in `period`, the one that contains `asOf`. nil when none has a row for it.
    public static func actual(_ measure: Measure, weeks: [ScorecardIndex.Week], asOf: Day,
                              period: ReportingPeriod?) -> PeriodFigure? {
        guard let period else {
            for week in weeks.reversed() where week.date <= asOf {
                if let row = week.row(measure.id) { return PeriodFigure(actual: row.actual, week: week.date, weeksCounted: 1, note: row.note) }
            }
            return nil
        }
        var running = Running(aggregate: measure.aggregate)
        for week in weeks where week.date >= period.start && week.date <= asOf {
            if let row = week.row(measure.id) { running.add(row.actual, week: week.date, note: row.note) }
        }
        var figure = running.figure
        figure?.recordFrom = recordStart(firstWeek: weeks.first { $0.row(measure.id) != nil }?.date, in: period)
        return figure
    }

    /// The first day on record inside `period` when the measure's record begins after the
    /// period's start: its first week's date less six days (a week's row covers the seven
    /// days through its date). nil when the record began before the period or with it.
    public static func recordStart(firstWeek: Day?, in period: ReportingPeriod?) -> Day? {
        guard let firstWeek, let period else { return nil }
        let start = firstWeek.adding(days: -6)
        return start > period.start && start <= period.end ? start : nil
    }

    /// The target the period-to-date figure is held against on `day`. A summed measure's
    /// target is pro-rated: target x days of the period on record (from its start, or from
    /// `recordFrom` when the record began later, through `day`, or through the newest week
    /// summed when that is earlier) / days in the period. nil before a schedule's first step.
    /// - Parameter period: the measure's period that contains `day`; nil for a weekly one.
    /// - Parameter summedThrough: the newest week the figure sums. An account that has not
    ///   sent this week's row is held to the target through the weeks it did send: held to
    ///   a target that grew while its sum stood still, it turned red for a late report.
    /// - Parameter recordFrom: where the measure's record begins inside the period
    ///   (`recordStart`). A team that began its scorecards mid-quarter has no rows for the
    ///   weeks before: held to the whole quarter's target so far, every account turned red
    ///   for sales that were never missing, only never recorded here.
    public static func comparedTarget(_ measure: Measure, on day: Day, period: ReportingPeriod?,
                                      summedThrough: Day? = nil, recordFrom: Day? = nil) -> Double? {
        guard let target = measure.target(on: day) else { return nil }
        guard measure.aggregate == .sum, let period else { return target }
        let through = summedThrough.map { min($0, day) } ?? day
        let unrecorded = recordFrom.map { max(0, period.start.days(until: $0)) } ?? 0
        return target * Double(max(0, period.daysElapsed(through: through) - unrecorded)) / Double(period.dayCount)
    }

    /// The same for a week of a measure's history, whose first week on record is `firstWeek`.
    public static func comparedTarget(_ measure: Measure, on day: Day, fiscalYearStart: Int, firstWeek: Day?) -> Double? {
        let period = ReportingPeriod(measure.period, containing: day, fiscalYearStart: fiscalYearStart)
        return comparedTarget(measure, on: day, period: period, recordFrom: recordStart(firstWeek: firstWeek, in: period))
    }

    /// Weeks folded one at a time, so a history of many weeks costs one pass.
    struct Running {
        let aggregate: Measure.Aggregate
        var total = 0.0
        var count = 0
        var latest: (value: Double, week: Day, note: String?)?

        mutating func add(_ value: Double, week: Day, note: String?) {
            total += value
            count += 1
            latest = (value, week, note)
        }

        var figure: PeriodFigure? {
            guard let latest else { return nil }
            let value = switch aggregate {
            case .latest: latest.value
            case .sum: total
            case .mean: total / Double(count)
            }
            return PeriodFigure(actual: value, week: latest.week, weeksCounted: count, note: latest.note, recordFrom: nil)
        }
    }
}
