/// The weekly form a team fills in: every active account's measures with what the week is
/// held against and what was entered last, and room for this week's actual and note. Written
/// as a workbook or CSV by `lynchpin scorecard template`; dropped into `content/scorecards/`
/// once filled in, it loads as that week (a row left without an actual is no figure).
public struct ScorecardTemplate: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var accountID: String
        public var accountName: String
        public var measureID: String
        public var measureName: String
        public var unit: String
        /// `week`, `month`, `quarter` or `year`, and for a period how its weeks combine.
        public var period: String
        /// The target in force in the week.
        public var periodTarget: Double?
        /// What the period-to-date figure is held against in the week (a summed target pro-rated).
        public var dueByNow: Double?
        /// The last actual entered before the week, and its week.
        public var lastEntry: Double?
        public var lastEntryWeek: Day?
    }

    public var week: Day
    public var rows: [Row]

    /// The week after the newest one on record, else the reference date.
    public static func defaultWeek(project: Project, today: Day) -> Day {
        project.weeks.last.map { $0.date.adding(days: 7) } ?? project.referenceDate(today: today)
    }

    public init(project: Project, week: Day) {
        self.week = week
        let index = ScorecardIndex(weeks: project.weeks.filter { $0.date < week })
        let fiscalYearStart = project.config.fiscalYearStart
        rows = project.accounts.filter { $0.status == .active }.flatMap { account in
            let history = index.weeks(of: account.id)
            return account.scorecard.map { measure in
                let last = history.last { $0.row(measure.id) != nil }
                return Row(accountID: account.id, accountName: account.name, measureID: measure.id, measureName: measure.name,
                           unit: measure.unit ?? "",
                           period: measure.period == .week ? "week" : "\(measure.period.rawValue) (\(measure.aggregate.rawValue))",
                           periodTarget: measure.target(on: week),
                           // With no week on record yet, the week entered is the first.
                           dueByNow: PeriodFigure.comparedTarget(measure, on: week, fiscalYearStart: fiscalYearStart,
                                                                 firstWeek: history.first { $0.row(measure.id) != nil }?.date ?? week),
                           lastEntry: last?.row(measure.id)?.actual, lastEntryWeek: last?.date)
            }
        }
    }

    /// The columns, in order. `Account`, `Metric`, `Actual` and `Note` are what the loader
    /// reads back; the others say what the figure is held against.
    public static let header = ["Account", "Account name", "Metric", "Measure", "Unit", "Period", "Period target",
                                "Due by this week", "Last entry", "Last entry's week", "Actual", "Note"]
}
