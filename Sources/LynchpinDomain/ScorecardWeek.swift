/// The scorecard actuals of one week: one file `scorecards/<date>.csv`.
public struct ScorecardWeek: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var account: String
        public var metric: String
        public var actual: Double
        public var note: String?
        /// Line in the CSV file, kept for messages about the row.
        public var line: Int
        /// The `%` or currency the cell was written with, if any (a declared number style).
        public var mark: UnitMark?

        public init(account: String, metric: String, actual: Double, note: String? = nil, line: Int, mark: UnitMark? = nil) {
            self.account = account
            self.metric = metric
            self.actual = actual
            self.note = note
            self.line = line
            self.mark = mark
        }
    }

    public var date: Day
    public var sourcePath: String
    public var entries: [Entry]

    public init(date: Day, sourcePath: String, entries: [Entry]) {
        self.date = date
        self.sourcePath = sourcePath
        self.entries = entries
    }
}
