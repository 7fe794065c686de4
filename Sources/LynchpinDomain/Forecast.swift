/// Whether an account will make its year: the fiscal year's revenue target against the
/// sales so far this fiscal year plus the open pipeline closing within it, each opportunity
/// weighted by its probability. Made only from figures read in full: where the sales so far
/// are not all on record, the forecast is withheld with the reason (`ForecastOutcome`),
/// never guessed. docs/kam-model.md works an example by hand.
public struct Forecast: Sendable, Equatable {
    /// An open opportunity closing within the year, and the share of it counted.
    public struct Weighted: Sendable, Equatable {
        public var opportunity: Opportunity
        /// 0–100.
        public var probability: Double
        /// Where the probability came from: nil for the CRM row's own, else the stage table.
        public var stage: Opportunity.StageProbability?
        public var weighted: Double { opportunity.value * probability / 100 }
    }

    /// The fiscal year that contains the reference date.
    public var year: ReportingPeriod
    /// The measure whose rows are the account's sales.
    public var measure: Measure
    public var target: Double
    /// True when the target is the plan's `revenue.target`; false when the measure's
    /// targets over the year give it.
    public var targetIsDeclared: Bool
    /// `revenue.year_to_date`, when it is this year's.
    public var booked: Revenue.YearToDate?
    /// The measure's weekly rows summed (or, for a measure of the year to date, its latest).
    public var summed: Double
    public var weeksCounted: Int
    public var firstWeek: Day?
    public var lastWeek: Day?
    /// Open opportunities closing from the reference date to the year's end, by close date.
    public var pipeline: [Weighted]
    /// Open opportunities whose close date has passed: left out, since nothing says they
    /// will close this year; their dates need a look.
    public var stale: [Opportunity]
    /// Whole weeks from the reference date to the year's last day.
    public var weeksLeft: Int

    public var soFar: Double { (booked?.amount ?? 0) + summed }
    public var weightedPipeline: Double { pipeline.reduce(0) { $0 + $1.weighted } }
    public var value: Double { soFar + weightedPipeline }
    /// The forecast less the target: zero or more is on track.
    public var gap: Double { value - target }
    public var isOnTrack: Bool { gap >= 0 }
}

/// A forecast, or why there is none.
public enum ForecastOutcome: Sendable, Equatable {
    case made(Forecast)
    /// The reason, as a sentence that says what to add or fix.
    case withheld(String)

    public var forecast: Forecast? {
        if case .made(let forecast) = self { return forecast }
        return nil
    }

    public var reason: String? {
        if case .withheld(let reason) = self { return reason }
        return nil
    }
}

extension Forecast {
    /// The account's forecast as of `asOf`.
    /// - Parameter weeks: the account's scorecard weeks, oldest first.
    /// - Parameter weekDates: every scorecard week of the project, oldest first: a week the
    ///   project has and the account lacks is a week of sales not on record.
    public static func of(_ account: Account, weeks: [ScorecardIndex.Week], weekDates: [Day], asOf: Day,
                          config: SiteConfig) -> ForecastOutcome {
        let year = ReportingPeriod(.year, containing: asOf, fiscalYearStart: config.fiscalYearStart)!
        let measureID = account.revenue.measure ?? "revenue"
        guard let measure = account.scorecard.first(where: { $0.id == measureID }) else {
            return .withheld("no revenue measure: add a scorecard measure with id revenue whose weekly rows are the week's sales, or name one as revenue.measure")
        }
        if let unit = measure.unit, unit != config.currency {
            return .withheld("'\(measure.name)' is in \(unit), not the site's currency \(config.currency): a forecast adds it to the pipeline's \(config.currency)")
        }
        let isYearToDate = measure.period == .year && measure.aggregate == .latest
        guard measure.aggregate == .sum || isYearToDate else {
            return .withheld("'\(measure.name)' compares each \(measure.aggregate == .mean ? "period's mean" : "week's figure on its own") (aggregate: \(measure.aggregate.rawValue)), so its rows do not add up to the year's sales: a forecast needs aggregate: sum with each week's sales in its row, or period: year with the year to date in each row")
        }
        let target: Double
        if let declared = account.revenue.target {
            target = declared
        } else {
            switch yearTarget(measure, year: year, asOf: asOf, isYearToDate: isYearToDate, fiscalYearStart: config.fiscalYearStart) {
            case .success(let value): target = value
            case .failure(let reason): return .withheld(reason.text)
            }
        }
        var forecast = Forecast(year: year, measure: measure, target: target, targetIsDeclared: account.revenue.target != nil,
                                booked: nil, summed: 0, weeksCounted: 0, firstWeek: nil, lastWeek: nil, pipeline: [], stale: [],
                                weeksLeft: max(0, asOf.days(until: year.end)) / 7)
        if let reason = isYearToDate ? forecast.readYearToDate(weeks, asOf: asOf)
            : forecast.sumWeeks(weeks, weekDates: weekDates, booked: account.revenue.yearToDate, asOf: asOf) {
            return .withheld(reason)
        }
        for opportunity in account.opportunities.sorted(by: { ($0.close, $0.id) < ($1.close, $1.id) })
        where opportunity.stage.isOpen && opportunity.close <= year.end {
            guard opportunity.close >= asOf else {
                forecast.stale.append(opportunity)
                continue
            }
            let stage = opportunity.probability == nil ? opportunity.stageProbability : nil
            forecast.pipeline.append(Weighted(opportunity: opportunity,
                                              probability: opportunity.probability ?? stage?.percent ?? 0, stage: stage))
        }
        return .made(forecast)
    }

    /// A reason a figure cannot be had, in words.
    struct Reason: Error {
        let text: String
    }

    /// The year's target from the measure's: for a summed measure, each period's target in
    /// force, a period split where a schedule steps within it, pro-rated by its days in the
    /// year (a quarterly 650,000 is 2,600,000 a year); for a measure of the year to date,
    /// the target in force on the reference date.
    static func yearTarget(_ measure: Measure, year: ReportingPeriod, asOf: Day, isYearToDate: Bool,
                           fiscalYearStart: Int) -> Result<Double, Reason> {
        if isYearToDate {
            guard let target = measure.target(on: asOf) else {
                return .failure(Reason(text: "'\(measure.name)' has no target in force on \(asOf): set revenue.target"))
            }
            return .success(target)
        }
        if !measure.hasSchedule, let target = measure.target(on: asOf) {
            // One target all year: each period's target once (weeks: a seventh a day).
            switch measure.period {
            case .week: return .success(target * Double(year.dayCount) / 7)
            case .month: return .success(target * 12)
            case .quarter: return .success(target * 4)
            case .year: return .success(target)
            }
        }
        var total = 0.0
        // Days with the same target in the same period are added as one run, so that a
        // constant target gives the period's target exactly (650,000 x 92 / 92).
        var run: (target: Double, periodStart: Day?, periodDays: Int, days: Int)?
        var day = year.start
        while day <= year.end {
            guard let target = measure.target(on: day) else {
                return .failure(Reason(text: "'\(measure.name)' has no target before \(measure.targets.first?.from?.description ?? "its first step"), inside the fiscal year from \(year.start): set this year's target as revenue.target"))
            }
            let period = ReportingPeriod(measure.period, containing: day, fiscalYearStart: fiscalYearStart)
            let periodDays = period?.dayCount ?? 7
            if let current = run, current.target == target, current.periodStart == period?.start, current.periodDays == periodDays {
                run?.days += 1
            } else {
                if let run { total += run.target * Double(run.days) / Double(run.periodDays) }
                run = (target, period?.start, periodDays, 1)
            }
            day = day.adding(days: 1)
        }
        if let run { total += run.target * Double(run.days) / Double(run.periodDays) }
        return .success(total)
    }

    /// Sums the account's rows of the measure over the year's scorecard weeks, from the day
    /// after `booked` runs through (when it is this year's) or the year's first day. nil
    /// when every week is on record; otherwise why not.
    mutating func sumWeeks(_ weeks: [ScorecardIndex.Week], weekDates: [Day], booked: Revenue.YearToDate?, asOf: Day) -> String? {
        var start = year.start
        if let booked, booked.through >= year.start {
            guard booked.through < asOf else {
                return "revenue.year_to_date runs through \(booked.through), on or after the reference date \(asOf): the weekly rows would add nothing"
            }
            self.booked = booked
            start = booked.through.adding(days: 1)
        }
        let dates = weekDates.filter { $0 >= start && $0 <= asOf }
        guard let first = dates.first else {
            return self.booked == nil ? "no scorecard week since the fiscal year began on \(year.start)" : nil
        }
        if start.days(until: first) > 6 {
            let through = first.adding(days: -7)
            return self.booked == nil
                ? "the scorecards of this fiscal year begin with the week of \(first), \(start.days(until: first)) days after it began on \(start): the sales before are not on record; add them from your books as revenue.year_to_date: {through: \(through), amount: …}"
                : "revenue.year_to_date runs through \(booked!.through), and the next scorecard week is \(first): the sales between are not on record; move through to \(through) with the books' figure to that day"
        }
        for (earlier, later) in zip(dates, dates.dropFirst()) where earlier.days(until: later) > 7 {
            return "no scorecard week between \(earlier) and \(later): the sales of the week between are not on record"
        }
        let byDate = Dictionary(weeks.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        for date in dates {
            guard let row = byDate[date]?.row(measure.id) else {
                return "no '\(measure.name)' row in the week of \(date): the sales so far would leave that week out"
            }
            summed += row.actual
        }
        weeksCounted = dates.count
        firstWeek = dates.first
        lastWeek = dates.last
        return nil
    }

    /// A measure of the year to date: its latest row in the year is the sales so far.
    mutating func readYearToDate(_ weeks: [ScorecardIndex.Week], asOf: Day) -> String? {
        let measureID = measure.id
        guard let week = weeks.last(where: { $0.date >= year.start && $0.date <= asOf && $0.row(measureID) != nil }),
              let row = week.row(measureID) else {
            return "no '\(measure.name)' row since the fiscal year began on \(year.start)"
        }
        summed = row.actual
        weeksCounted = 1
        firstWeek = week.date
        lastWeek = week.date
        return nil
    }
}

/// Forecasts added up over a manager's accounts or the portfolio: only the accounts with a
/// forecast, targets and forecasts alike, so a withheld one is neither short nor on track;
/// it is counted apart, by name.
public struct ForecastTotal: Sendable, Equatable {
    public var target = 0.0
    public var soFar = 0.0
    public var weightedPipeline = 0.0
    /// Accounts with a forecast.
    public var made = 0
    /// Accounts without one, by id.
    public var withheld: [String] = []

    public var value: Double { soFar + weightedPipeline }
    public var gap: Double { value - target }
    public var isOnTrack: Bool { gap >= 0 }

    public init(_ outcomes: [(accountID: String, outcome: ForecastOutcome)]) {
        for (id, outcome) in outcomes {
            guard let forecast = outcome.forecast else {
                withheld.append(id)
                continue
            }
            target += forecast.target
            soFar += forecast.soFar
            weightedPipeline += forecast.weightedPipeline
            made += 1
        }
    }
}
