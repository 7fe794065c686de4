import LynchpinDomain

/// The balanced scorecard table: perspectives as row groups, one row per measure.
struct ScorecardView {
    struct Row {
        let name: String
        let id: String
        let target: String
        let direction: String
        let actual: String?
        let week: String?
        let note: String?
        let ratio: String?
        let rag: RAGBadge
        let weight: String
        let previous: String?
        let change: String?
        let arrow: String?
        let trend: String?
        let trendCSS: String?
        let sparkline: Sparkline?
    }

    struct Group {
        let title: String
        let rows: [Row]
        let score: String?
        let rag: RAGBadge
        let overFocusLimit: Bool
        let measureCount: Int
    }

    let groups: [Group]
    let hasMeasures: Bool
    let overall: String?
    let overallRAG: RAGBadge
    let focusLimit: Int
    /// The RAG bands in words, so a printed plan explains its colours.
    let bands: String

    init(_ scorecard: Scorecard, histories: [String: MeasureHistory], config: SiteConfig) {
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
