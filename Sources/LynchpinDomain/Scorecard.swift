/// An account's balanced scorecard as of a reference date: each measure's period-to-date
/// figure against its target, a RAG status, and weighted scores per perspective and overall.
public struct Scorecard: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var measure: Measure
        /// The figure compared (`PeriodFigure`): a weekly measure's newest actual on or
        /// before the reference date, else the latest, sum or mean of its period so far.
        public var actual: Double?
        /// The newest week counted in that actual.
        public var actualWeek: Day?
        public var weeksCounted: Int
        public var note: String?
        /// The target in force on the reference date; nil before a schedule's first step.
        public var target: Double?
        /// The target the actual is held against: for a summed measure, pro-rated to the
        /// days of the period elapsed; otherwise the target in force.
        public var comparedTarget: Double?
        /// The period that contains the reference date; nil for a weekly measure.
        public var period: ReportingPeriod?
        /// Where the measure's record begins inside that period, when after its start
        /// (`PeriodFigure.recordStart`): the days before are not held against it.
        public var recordFrom: Day?
        /// actual / target when more is better, target / actual when less is better.
        public var ratio: Double?
        /// Grey without an actual or without a target in force.
        public var rag: RAG
    }

    public struct Perspective: Sendable, Equatable {
        public var perspective: Measure.Perspective
        public var lines: [Line]
        /// Weighted mean of the lines' points, 0...1; nil when no line has an actual.
        public var score: Double?
        /// More measures than `focus_limit`: the scorecard has lost its focus here.
        public var isOverFocusLimit: Bool
        public var rag: RAG
    }

    public var perspectives: [Perspective]
    /// The weighted mean of the perspectives' scores (`perspective_weights`); perspectives
    /// with no score are left out.
    public var overall: Double?
    /// The status nearest the overall score, but never better than amber while a
    /// perspective is red: a mean is exactly how a strong perspective hides a weak one.
    public var overallRAG: RAG
    /// The perspectives whose status is red, in the scorecard's order: what holds the
    /// overall status at amber or below.
    public var redPerspectives: [Measure.Perspective] {
        perspectives.filter { $0.rag == .red }.map(\.perspective)
    }
    public var lines: [Line] { perspectives.flatMap(\.lines) }

    /// How many lines match, without copying them out: the portfolio and each manager's
    /// scorecard count lines of every account on each rebuild of `serve`.
    public func lineCount(where matches: (Line) -> Bool) -> Int {
        var count = 0
        for perspective in perspectives {
            for index in perspective.lines.indices where matches(perspective.lines[index]) { count += 1 }
        }
        return count
    }

    public func hasLine(where matches: (Line) -> Bool) -> Bool {
        perspectives.contains { $0.lines.contains(where: matches) }
    }

    public init(account: Account, weeks: [ScorecardWeek], asOf: Day, config: SiteConfig) {
        self.init(account: account, index: ScorecardIndex(weeks: weeks), asOf: asOf, config: config)
    }

    public init(account: Account, index: ScorecardIndex, asOf: Day, config: SiteConfig) {
        let weeks = index.weeks(of: account.id)
        let lines = account.scorecard.map { Self.line($0, weeks: weeks, asOf: asOf, config: config) }
        perspectives = Measure.Perspective.allCases.compactMap { perspective in
            let own = lines.filter { $0.measure.perspective == perspective }
            guard !own.isEmpty else { return nil }
            let score = Self.score(own)
            return Perspective(perspective: perspective, lines: own, score: score,
                               isOverFocusLimit: own.count > config.focusLimit, rag: StatusRules.rag(forScore: score))
        }
        (overall, overallRAG) = Self.overall(perspectives.map { ($0.perspective, $0.score) }, config: config)
    }

    /// The overall score and status from each perspective's score (nil: nothing scored).
    static func overall(_ scores: [(Measure.Perspective, Double?)], config: SiteConfig) -> (score: Double?, rag: RAG) {
        let score = balanced(scores.compactMap { perspective, score in score.map { (perspective, $0) } },
                             weights: config.perspectiveWeights)
        return (score, StatusRules.overall(score: score, perspectives: scores.map { StatusRules.rag(forScore: $0.1) }))
    }

    /// An account's overall score and status from its measures' statuses alone (in the
    /// order of its `scorecard`): what a week's lines are worth without building the lines.
    /// The same sums, in the same order, as `init`.
    public static func overall(of measures: [Measure], statuses: [RAG],
                               config: SiteConfig) -> (score: Double?, rag: RAG, red: [Measure.Perspective]) {
        let perspectives = Measure.Perspective.allCases.compactMap { perspective -> (Measure.Perspective, Double?)? in
            var total = 0.0
            var weights = 0.0
            var any = false
            for index in measures.indices where measures[index].perspective == perspective {
                any = true
                guard let points = statuses[index].points, measures[index].weight > 0 else { continue }
                total += points * measures[index].weight
                weights += measures[index].weight
            }
            return any ? (perspective, weights > 0 ? total / weights : nil) : nil
        }
        let (score, rag) = overall(perspectives, config: config)
        return (score, rag, perspectives.filter { StatusRules.rag(forScore: $0.1) == .red }.map(\.0))
    }

    /// One measure's line as of a day, from the account's weeks.
    static func line(_ measure: Measure, weeks: [ScorecardIndex.Week], asOf: Day, config: SiteConfig) -> Line {
        let period = ReportingPeriod(measure.period, containing: asOf, fiscalYearStart: config.fiscalYearStart)
        let figure = PeriodFigure.actual(measure, weeks: weeks, asOf: asOf, period: period)
        let compared = PeriodFigure.comparedTarget(measure, on: asOf, period: period, summedThrough: figure?.week,
                                                   recordFrom: figure?.recordFrom)
        let ratio = figure.flatMap { figure in
            compared.flatMap { Self.ratio(actual: figure.actual, target: $0, direction: measure.direction) }
        }
        return Line(measure: measure, actual: figure?.actual, actualWeek: figure?.week,
                    weeksCounted: figure?.weeksCounted ?? 0, note: figure?.note, target: measure.target(on: asOf),
                    comparedTarget: compared,
                    period: period, recordFrom: figure?.recordFrom,
                    ratio: ratio, rag: ratio == nil ? .grey : StatusRules.rag(forRatio: ratio, bands: config.rag))
    }

    /// Ratio of performance to target. When less is better, an actual of 0 is on target.
    public static func ratio(actual: Double, target: Double, direction: Measure.Direction) -> Double? {
        switch direction {
        case .up:
            return target == 0 ? (actual >= 0 ? 1 : 0) : actual / target
        case .down:
            return actual <= 0 ? 1 : target / actual
        }
    }

    /// The weighted mean of perspective scores; nil when none has a score or every weight is 0.
    public static func balanced(_ scores: [(Measure.Perspective, Double)], weights: PerspectiveWeights) -> Double? {
        var total = 0.0
        var weight = 0.0
        for (perspective, score) in scores {
            total += score * weights[perspective]
            weight += weights[perspective]
        }
        return weight > 0 ? total / weight : nil
    }

    /// Each perspective's score over the measures the key account manager controls: what
    /// their own scorecard is made of.
    public var controllableScores: PerspectiveScores {
        var scores = PerspectiveScores()
        for perspective in perspectives {
            scores[perspective.perspective] = Self.score(perspective.lines, where: \.measure.controllable)
        }
        return scores
    }

    /// The same as `Scorecard(...).controllableScores`, worked out without the lines: each
    /// active account's manager trend asks for seven past weeks of these, where no line is
    /// ever shown, and building the full scorecard for them was 3% of a large build.
    /// Each perspective adds its measures in the scorecard's order, as `score` does, so the
    /// sums are the same to the last bit. It takes a line's steps (figure, compared target,
    /// ratio, status) itself, stopping at the first that has nothing: sharing one struct
    /// with `init` made every step run for every measure, and `check` 3 to 5% slower.
    public static func controllableScores(account: Account, index: ScorecardIndex, asOf: Day,
                                          config: SiteConfig) -> PerspectiveScores {
        let weeks = index.weeks(of: account.id)
        var total = PerspectiveScores()
        var weights = PerspectiveScores()
        for measure in account.scorecard where measure.controllable && measure.weight > 0 {
            let period = ReportingPeriod(measure.period, containing: asOf, fiscalYearStart: config.fiscalYearStart)
            guard let figure = PeriodFigure.actual(measure, weeks: weeks, asOf: asOf, period: period),
                  let compared = PeriodFigure.comparedTarget(measure, on: asOf, period: period, summedThrough: figure.week,
                                                             recordFrom: figure.recordFrom),
                  let ratio = Self.ratio(actual: figure.actual, target: compared, direction: measure.direction),
                  let points = StatusRules.rag(forRatio: ratio, bands: config.rag).points else { continue }
            total[measure.perspective] = (total[measure.perspective] ?? 0) + points * measure.weight
            weights[measure.perspective] = (weights[measure.perspective] ?? 0) + measure.weight
        }
        var scores = PerspectiveScores()
        for perspective in Measure.Perspective.allCases {
            if let weight = weights[perspective], weight > 0, let total = total[perspective] { scores[perspective] = total / weight }
        }
        return scores
    }

    /// Weighted mean of green 1, amber 0.5, red 0, grey lines left out.
    public static func score(_ lines: [Line], where counts: (Line) -> Bool = { _ in true }) -> Double? {
        var total = 0.0
        var weights = 0.0
        for index in lines.indices where counts(lines[index]) {
            guard let points = lines[index].rag.points, lines[index].measure.weight > 0 else { continue }
            total += points * lines[index].measure.weight
            weights += lines[index].measure.weight
        }
        return weights > 0 ? total / weights : nil
    }

}
