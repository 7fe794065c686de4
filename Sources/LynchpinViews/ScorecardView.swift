import LynchpinDomain

/// The balanced scorecard table: perspectives as row groups, one row per measure.
public struct ScorecardView: Encodable {
    public struct Row: Encodable {
        public let name: String
        public let id: String
        public let target: String
        public let direction: String
        public let actual: String?
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

    public init(_ scorecard: Scorecard, histories: [String: MeasureHistory], config: SiteConfig) {
        let focusLimit = config.focusLimit
        groups = scorecard.perspectives.map { perspective in
            Group(
                title: perspective.perspective.rawValue.prefix(1).uppercased() + perspective.perspective.rawValue.dropFirst(),
                rows: perspective.lines.map { line in
                    let history = histories[line.measure.id]
                    let improved = history?.improved(direction: line.measure.direction)
                    return Row(name: line.measure.name, id: line.measure.id,
                        target: Format.measure(line.measure.target, unit: line.measure.unit),
                        direction: line.measure.direction == .up ? "more is better" : "less is better",
                        actual: line.actual.map { Format.measure($0, unit: line.measure.unit) },
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
        overallRAG = RAGBadge(scorecard.overallRAG)
        self.focusLimit = focusLimit
        bands = "Green at \(Format.percent(config.rag.green)!) of target or more, amber from \(Format.percent(config.rag.amber)!), red below, grey without an actual."
    }
}
