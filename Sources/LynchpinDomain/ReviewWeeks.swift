import LynchpinConcurrency

/// Every account's scorecard lines as of a scorecard week, worked out once and shared by
/// the reviews that compare that week. Consecutive reviews share a week (one's current week
/// is the next one's previous), and a build renders them on every core, so each week is
/// made by the first review that asks, waited for by any other, and let go when the last
/// review that compares it has it: at 3,000 accounts a week's lines are about 1.5 MB.
public final class ReviewWeeks: Sendable {
    /// What a review compares of one scorecard line.
    public struct LineState: Sendable, Equatable {
        public var rag: RAG
        public var actual: Double?
        public var period: ReportingPeriod?
        /// The target compared that week; nil before a schedule's first step.
        public var comparedTarget: Double?
    }

    /// One week's lines of every account.
    public struct Lines: Sendable {
        fileprivate let byPosition: [[LineState]]
        fileprivate let positions: [String: Int]

        /// An account's lines, in the order of its `scorecard`.
        public subscript(accountID: String) -> [LineState] {
            positions[accountID].map { byPosition[$0] } ?? []
        }
    }

    public let index: ScorecardIndex
    private let accounts: [Account]
    private let positions: [String: Int]
    private let config: SiteConfig
    /// How many of the project's reviews compare each week.
    private let uses: [Day: Int]
    private let lock = DispatchMutex()
    nonisolated(unsafe) private var weeks: [Day: Week] = [:]

    /// Each review's changes are worked out once (its page, the feed and its e-mail share
    /// them), so each review reads the weeks it compares once.
    /// - Parameter dashboard: the day the dashboard's "Since last week" is as of, when it
    ///   reads the weeks too.
    public init(project: Project, index: ScorecardIndex, dashboard: Day? = nil) {
        self.index = index
        accounts = project.accounts
        positions = Dictionary(project.accounts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        config = project.config
        var uses: [Day: Int] = [:]
        for review in project.reviews {
            let dates = index.dates.lazy.filter { $0 <= review.date }.suffix(2)
            for date in dates { uses[date, default: 0] += 1 }
        }
        if let dashboard {
            for date in index.dates.lazy.filter({ $0 <= dashboard }).suffix(2) { uses[date, default: 0] += 1 }
        }
        self.uses = uses
    }

    /// Every account's lines as of a scorecard week. Each review asks once for each week it
    /// compares.
    public func lines(asOf week: Day) -> Lines {
        let slot = lock.withLock { () -> Week in
            let slot = weeks[week] ?? Week(uses: uses[week] ?? 1)
            // Let go after its last use; a page asked for again (`serve`) makes it again.
            slot.remaining -= 1
            weeks[week] = slot.remaining > 0 ? slot : nil
            return slot
        }
        return Lines(byPosition: slot.lines { make(week) }, positions: positions)
    }

    private func make(_ week: Day) -> [[LineState]] {
        accounts.map { account in
            let history = index.weeks(of: account.id)
            return account.scorecard.map { measure in
                let line = Scorecard.line(measure, weeks: history, asOf: week, config: config)
                return LineState(rag: line.rag, actual: line.actual, period: line.period, comparedTarget: line.comparedTarget)
            }
        }
    }

    /// One week's lines, made once: whoever asks while they are being made waits for them.
    private final class Week: Sendable {
        private let lock = DispatchMutex()
        nonisolated(unsafe) private var made: [[LineState]]?
        /// Guarded by the owner's lock.
        nonisolated(unsafe) var remaining: Int

        init(uses: Int) { remaining = uses }

        func lines(_ make: () -> [[LineState]]) -> [[LineState]] {
            lock.withLock {
                if let made { return made }
                let lines = make()
                made = lines
                return lines
            }
        }
    }
}
