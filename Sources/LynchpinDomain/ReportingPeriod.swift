/// The calendar month, quarter or year that contains a day, with quarters and years shifted
/// by the fiscal year's first month.
public struct ReportingPeriod: Sendable, Equatable {
    public var start: Day
    /// The period's last day.
    public var end: Day

    /// - Parameter fiscalYearStart: the month (1...12) a fiscal year starts in.
    /// nil for `week`: a weekly target is compared with each week's actual.
    public init?(_ kind: Measure.Period, containing day: Day, fiscalYearStart: Int = 1) {
        let months: Int
        switch kind {
        case .week: return nil
        case .month: months = 1
        case .quarter: months = 3
        case .year: months = 12
        }
        // Months counted from the fiscal year's first month, so a period is a whole number
        // of `months` from it.
        let monthsIntoYear = (day.month - fiscalYearStart + 12) % 12
        let offset = monthsIntoYear / months * months
        let absoluteStart = day.year * 12 + (day.month - 1) - monthsIntoYear + offset
        start = Day(year: absoluteStart / 12, month: absoluteStart % 12 + 1, day: 1)!
        let next = absoluteStart + months
        end = Day(year: next / 12, month: next % 12 + 1, day: 1)!.adding(days: -1)
    }

    public var dayCount: Int { start.days(until: end) + 1 }

    /// Days from the start through `day`, both counted.
    public func daysElapsed(through day: Day) -> Int { start.days(until: day) + 1 }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}
