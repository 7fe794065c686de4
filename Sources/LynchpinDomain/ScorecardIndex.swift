/// The scorecard weeks regrouped by account, built once per build, so that each account's
/// figures cost in proportion to its own rows rather than to the whole portfolio's.
public struct ScorecardIndex: Sendable {
    public struct Week: Sendable {
        public var date: Day
        /// The account's rows that week. An array, not a dictionary: an account has a handful
        /// of measures, and a dictionary per account per week was most of a large project's
        /// memory (about 1 KB each, 120,000 of them at 10,000 accounts and 12 weeks).
        public var rows: [ScorecardWeek.Entry]

        public func row(_ metric: String) -> ScorecardWeek.Entry? {
            rows.first { $0.metric == metric }
        }
    }

    /// Oldest first; a week appears for an account only when it has rows for it.
    private let byAccount: [String: [Week]]
    /// Every week's date, oldest first.
    public let dates: [Day]

    public init(weeks: [ScorecardWeek]) {
        var byAccount: [String: [Week]] = [:]
        for week in weeks.sorted(by: { $0.date < $1.date }) {
            var rows: [String: [ScorecardWeek.Entry]] = [:]
            // The loader lets one row per account and metric through, so no row hides another.
            for entry in week.entries { rows[entry.account, default: []].append(entry) }
            for (account, metrics) in rows { byAccount[account, default: []].append(Week(date: week.date, rows: metrics)) }
        }
        self.byAccount = byAccount
        dates = weeks.map(\.date).sorted()
    }

    public func weeks(of account: String) -> [Week] { byAccount[account] ?? [] }

    /// The newest week on or before a day, if any.
    public func week(onOrBefore day: Day) -> Day? { dates.last { $0 <= day } }

    public func hasRows(for account: String, in week: Day) -> Bool {
        weeks(of: account).contains { $0.date == week }
    }
}
