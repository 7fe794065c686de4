import LynchpinConcurrency

/// The scorecard weeks regrouped by account, built once per build, so that each account's
/// figures cost in proportion to its own rows rather than to the whole portfolio's.
public struct ScorecardIndex: Sendable {
    public struct Week: Sendable {
        public var date: Day
        /// The account's rows that week: a slice of the week's own rows, not a copy. A copy
        /// per account per week was a large project's biggest use of memory (at 10,000
        /// accounts and 12 weeks, 960,000 rows held twice).
        public var rows: ArraySlice<ScorecardWeek.Entry>

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
        let sorted = weeks.sorted(by: { $0.date < $1.date })
        // Each week is grouped on its own, so on every core.
        let grouped = sorted.concurrentMap(chunk: 1) { Self.groupedByAccount($0.entries) }
        for (week, entries) in zip(sorted, grouped) {
            // The loader lets one row per account and metric through, so no row hides another.
            var start = entries.startIndex
            while start < entries.endIndex {
                let account = entries[start].account
                var end = start + 1
                while end < entries.endIndex, entries[end].account == account { end += 1 }
                byAccount[account, default: []].append(Week(date: week.date, rows: entries[start..<end]))
                start = end
            }
        }
        self.byAccount = byAccount
        dates = weeks.map(\.date).sorted()
    }

    /// The rows with each account's together, in their order within it. A scorecard file
    /// is usually written account by account, and then its rows are used as they are.
    static func groupedByAccount(_ entries: [ScorecardWeek.Entry]) -> [ScorecardWeek.Entry] {
        // Accounts in ascending order, as a file written from a sorted list has them, are
        // grouped: no table of the accounts seen is needed to know it.
        if entries.indices.dropFirst().allSatisfy({ index in
            // By index, reading one field: a row is a large value to copy.
            let (before, account) = (entries[index - 1].account, entries[index].account)
            return before == account || before.utf8.lexicographicallyPrecedes(account.utf8)
        }) {
            return entries
        }
        var finished: Set<String> = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let account = entries[index].account
            guard finished.insert(account).inserted else {
                return entries.enumerated().sorted { ($0.element.account, $0.offset) < ($1.element.account, $1.offset) }.map(\.element)
            }
            while index < entries.endIndex, entries[index].account == account { index += 1 }
        }
        return entries
    }

    public func weeks(of account: String) -> [Week] { byAccount[account] ?? [] }

    /// The newest week on or before a day, if any.
    public func week(onOrBefore day: Day) -> Day? { dates.last { $0 <= day } }

    public func hasRows(for account: String, in week: Day) -> Bool {
        weeks(of: account).contains { $0.date == week }
    }
}
