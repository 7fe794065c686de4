import LynchpinDomain

/// The balanced scorecard table: perspectives as row groups, one row per measure.
public struct ScorecardView: Encodable {
    public struct Row: Encodable {
        public let name: String
        public let id: String
        /// The target in force, with its period when it is a total to reach: "USD 650,000 a
        /// quarter"; "none yet" before a schedule's first step.
        public let target: String
        /// The target alone, "USD 650,000", and the period it is a total for, "a quarter":
        /// the built-in theme sets them on two lines, so the column stays narrow.
        public let targetFigure: String
        public let per: String?
        /// A schedule's steps, "38 from 2026-10-01, 43 from 2026-11-15".
        public let schedule: String?
        public let direction: String
        /// The period-to-date figure; for a summed measure also against the period's
        /// target: "USD 412,000 of USD 650,000".
        public let actual: String?
        /// The figure alone, "USD 412,000", and what it is counted against, "of USD 650,000".
        public let actualFigure: String?
        public let outOf: String?
        /// How the figure was made: "quarter to date, 7 weeks summed".
        public let basis: String?
        /// A summed measure's pro-rated target: "USD 380,000 due by now".
        public let due: String?
        /// The manager cannot move it: it is left out of their own scorecard.
        public let uncontrollable: Bool
        public let week: String?
        public let note: String?
        public let ratio: String?
        public let rag: RAGBadge
        public let weight: String
        public let previous: String?
        public let change: String?
        public let arrow: String?
        public let trend: String?
        public let trendCSS: String?
        public let sparkline: Sparkline?
    }

    public struct Group: Encodable {
        public let title: String
        public let rows: [Row]
        public let score: String?
        public let rag: RAGBadge
        public let overFocusLimit: Bool
        public let measureCount: Int
    }

    public let groups: [Group]
    public let hasMeasures: Bool
    public let overall: String?
    public let overallRAG: RAGBadge
    public let focusLimit: Int
    /// The RAG bands in words, so a printed plan explains its colours.
    public let bands: String
    /// How the overall score is made, in words.
    public let overallRule: String
    /// What each status weighs in a perspective's score: "green as 1, amber as 0.5, red as 0".
    public let pointsRule: String

    public init(_ scorecard: Scorecard, histories: [String: MeasureHistory], config: SiteConfig) {
        let focusLimit = config.focusLimit
        groups = scorecard.perspectives.map { perspective in
            Group(
                title: perspective.perspective.rawValue.prefix(1).uppercased() + perspective.perspective.rawValue.dropFirst(),
                rows: perspective.lines.map { line in
                    let history = histories[line.measure.id]
                    let improved = history?.improved(direction: line.measure.direction)
                    let measure = line.measure
                    let summed = measure.aggregate == .sum && line.period != nil
                    let figure = { (value: Double, attached: Bool) in Format.measure(value, unit: measure.unit, attached: attached) }
                    let per = summed && line.target != nil ? "a \(measure.period.rawValue)" : nil
                    // "of USD 650,000": a summed measure's actual against the period's target.
                    let outOf = { (attached: Bool) in summed && line.actual != nil ? line.target.map { "of " + figure($0, attached) } : nil }
                    return Row(name: measure.name, id: measure.id,
                        target: line.target.map { [figure($0, false), per].compactMap { $0 }.joined(separator: " ") } ?? "none yet",
                        targetFigure: line.target.map { figure($0, true) } ?? "none yet", per: per,
                        schedule: measure.hasSchedule ? Self.schedule(measure) : nil,
                        direction: measure.direction == .up ? "more is better" : "less is better",
                        actual: line.actual.map { [figure($0, false), outOf(false)].compactMap { $0 }.joined(separator: " ") },
                        actualFigure: line.actual.map { figure($0, true) }, outOf: outOf(true),
                        basis: Self.basis(line),
                        due: summed ? line.comparedTarget.map { Format.measure(Self.rounded($0), unit: measure.unit) + " due by now" } : nil,
                        uncontrollable: !measure.controllable,
                        week: line.actualWeek?.description, note: line.note,
                        ratio: Format.percent(line.ratio), rag: RAGBadge(line.rag), weight: Format.number(line.measure.weight),
                        previous: history?.previous.map { Format.measure($0.actual, unit: line.measure.unit) },
                        change: history?.change.map(Format.signed),
                        arrow: history?.trend.map { $0 == .up ? "▲" : $0 == .down ? "▼" : "▶" },
                        trend: history?.trend == nil ? nil : improved.map { $0 ? "better" : "worse" } ?? "no change",
                        trendCSS: improved.map { $0 ? "trend-better" : "trend-worse" } ?? "trend-flat",
                        sparkline: history.flatMap { Sparkline(history: $0, measure: line.measure) })
                },
                score: Format.percent(perspective.score), rag: RAGBadge(perspective.rag),
                overFocusLimit: perspective.isOverFocusLimit, measureCount: perspective.lines.count)
        }
        hasMeasures = !groups.isEmpty
        overall = Format.percent(scorecard.overall)
        overallRAG = RAGBadge.overall(scorecard.overallRAG, red: scorecard.redPerspectives)
        self.focusLimit = focusLimit
        overallRule = StatusRules.overallSentence(config.perspectiveWeights, number: Format.number)
        pointsRule = StatusRules.pointsPhrase(number: Format.number)
        bands = StatusRules.bandsSentence(config.rag) { Format.percent($0)! }
    }

    static func schedule(_ measure: Measure) -> String {
        measure.targets.map { step in
            Format.measure(step.target, unit: measure.unit) + (step.from.map { " from \($0)" } ?? "")
        }.joined(separator: ", ")
    }

    /// What the actual is, when it is more than the newest week's value.
    static func basis(_ line: Scorecard.Line) -> String? {
        guard let period = line.period, line.actual != nil else { return nil }
        let weeks = Format.count(line.weeksCounted, "week")
        let how = switch line.measure.aggregate {
        case .latest: "latest of \(weeks)"
        case .sum: "\(weeks) summed"
        case .mean: "mean of \(weeks)"
        }
        let record = line.recordFrom.map { ", on record from \($0)" } ?? ""
        return "\(line.measure.period.rawValue) from \(period.start)\(record), \(how)"
    }

    /// A pro-rated figure to the unit when it is large enough that cents would be noise.
    static func rounded(_ value: Double) -> Double {
        abs(value) >= 100 ? value.rounded() : value
    }
}
