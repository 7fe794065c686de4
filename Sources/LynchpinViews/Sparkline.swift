import LynchpinDomain

/// Geometry of a measure's sparkline: its figure week by week (period to date) with the
/// target compared as a dashed line that steps with the schedule and, for a summed
/// measure, climbs through each period. The markup is the theme's
/// (`templates/PlanSectionsTemplate.swift`).
public struct Sparkline: Encodable {
    public struct Dot: Encodable {
        public let x: String
        public let y: String
    }

    public static let width = 120.0
    public static let height = 32.0
    public static let pad = 4.0

    public let width = Int(Sparkline.width)
    public let height = Int(Sparkline.height)
    public let points: String
    public let last: Dot
    /// An SVG path; empty when no week had a target.
    public let targetPath: String
    public let label: String

    /// Where a week and a value sit in the chart.
    private struct Scale {
        let high: Double
        let span: Double
        let step: Double

        func x(_ index: Int) -> Double { Sparkline.pad + Double(index) * step }
        func y(_ value: Double) -> Double { Sparkline.pad + (high - value) / span * (Sparkline.height - 2 * Sparkline.pad) }
    }

    /// nil with fewer than two weeks of actuals: one point is not a line.
    public init?(history: MeasureHistory, measure: Measure) {
        guard history.points.count >= 2, let first = history.points.first else { return nil }
        // The target compared each week, worked out here rather than kept in the history,
        // which a large portfolio holds for every measure.
        let varies = measure.hasSchedule || (measure.aggregate == .sum && measure.period != .week)
        let targets = varies
            ? history.points.map {
                PeriodFigure.comparedTarget(measure, on: $0.week, fiscalYearStart: history.fiscalYearStart, firstWeek: first.week)
            }
            : Array(repeating: measure.targets.first?.target, count: history.points.count)
        var low = first.actual
        var high = first.actual
        for (point, target) in zip(history.points, targets) {
            low = min(low, point.actual, target ?? point.actual)
            high = max(high, point.actual, target ?? point.actual)
        }
        let scale = Scale(high: high, span: high - low == 0 ? 1 : high - low,
                          step: (Self.width - 2 * Self.pad) / Double(history.points.count - 1))
        (points, last) = Self.line(history, scale: scale)
        targetPath = Self.targetPath(targets, periods: measure.aggregate == .sum ? history.points.map { history.periodStart(of: $0.week) } : [],
                                     summed: measure.aggregate == .sum, scale: scale)
        label = Self.label(history, measure: measure, targets: targets)
    }

    /// The actuals as SVG points, and the last one's dot, written on bytes.
    private static func line(_ history: MeasureHistory, scale: Scale) -> (points: String, last: Dot) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(history.points.count * 10)
        // Where the last point's x and y were written: its dot reuses them.
        var (lastX, lastY) = (0..<0, 0..<0)
        for (index, point) in history.points.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            let x = bytes.count
            Format.appendOneDecimal(scale.x(index), to: &bytes)
            let comma = bytes.count
            bytes.append(UInt8(ascii: ","))
            Format.appendOneDecimal(scale.y(point.actual), to: &bytes)
            (lastX, lastY) = (x..<comma, comma + 1..<bytes.count)
        }
        return (String(decoding: bytes, as: UTF8.self),
                Dot(x: String(decoding: bytes[lastX], as: UTF8.self), y: String(decoding: bytes[lastY], as: UTF8.self)))
    }

    /// A summed target climbs within a period and drops at the next; any other target
    /// holds until its next step, so it costs a segment only where it changes. Written on
    /// bytes, as the points are.
    private static func targetPath(_ targets: [Double?], periods: [Day?], summed: Bool, scale: Scale) -> String {
        var path: [UInt8] = []
        func segment(_ command: UInt8, _ x: Double, _ second: (command: UInt8?, value: Double)? = nil) {
            if !path.isEmpty { path.append(UInt8(ascii: " ")) }
            path.append(command)
            Format.appendOneDecimal(x, to: &path)
            if let second {
                path.append(UInt8(ascii: " "))
                if let command = second.command { path.append(command) }
                Format.appendOneDecimal(second.value, to: &path)
            }
        }
        var previous: (target: Double, period: Day?)?
        for index in targets.indices {
            let periodStart = periods.isEmpty ? nil : periods[index]
            guard let target = targets[index] else {
                if previous != nil { segment(UInt8(ascii: "H"), scale.x(index - 1)) }
                previous = nil
                continue
            }
            if let previous, previous.target == target, !summed || previous.period == periodStart {
                continue
            }
            let x = scale.x(index)
            if let previous, summed, previous.period == periodStart {
                segment(UInt8(ascii: "L"), x, (nil, scale.y(target)))
            } else if previous != nil {
                segment(UInt8(ascii: "H"), x, (UInt8(ascii: "V"), scale.y(target)))
            } else {
                segment(UInt8(ascii: "M"), x, (nil, scale.y(target)))
            }
            previous = (target, periodStart)
        }
        if previous != nil { segment(UInt8(ascii: "H"), Self.width - Self.pad) }
        return String(decoding: path, as: UTF8.self)
    }

    /// The label names every week's figure, and the target: once when one held throughout,
    /// the common case, else week by week. Written on bytes, as the points are.
    private static func label(_ history: MeasureHistory, measure: Measure, targets: [Double?]) -> String {
        var words: [UInt8] = []
        words.reserveCapacity(64 + history.points.count * 16)
        let what = measure.period == .week ? "" : " (\(measure.period.rawValue) to date)"
        let (first, latest) = (history.points[0].week, history.latest?.week ?? history.points[history.points.count - 1].week)
        words.append(contentsOf: "\(measure.name)\(what): \(history.points.count) weeks from \(first) to \(latest), ".utf8)
        for (index, point) in history.points.enumerated() {
            if index > 0 { words.append(contentsOf: ", ".utf8) }
            Format.appendMeasure(point.actual, unit: measure.unit, to: &words)
        }
        let set = targets.compactMap { $0 }
        if set.isEmpty {
            words.append(contentsOf: "; no target yet".utf8)
        } else if set.allSatisfy({ $0 == set[0] }) {
            words.append(contentsOf: "; target ".utf8)
            Format.appendMeasure(set[0], unit: measure.unit, to: &words)
        } else {
            words.append(contentsOf: "; target ".utf8)
            for (index, target) in targets.enumerated() {
                if index > 0 { words.append(contentsOf: ", ".utf8) }
                if let target {
                    Format.appendMeasure(ScorecardView.rounded(target), unit: measure.unit, to: &words)
                } else {
                    words.append(contentsOf: "none".utf8)
                }
            }
        }
        return String(decoding: words, as: UTF8.self)
    }
}
