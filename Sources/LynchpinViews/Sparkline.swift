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

    /// nil with fewer than two weeks of actuals: one point is not a line.
    public init?(history: MeasureHistory, measure: Measure) {
        guard history.points.count >= 2, let first = history.points.first, let latest = history.latest else {
            return nil
        }
        // The target compared each week, worked out here rather than kept in the history,
        // which a large portfolio holds for every measure.
        let varies = measure.hasSchedule || (measure.aggregate == .sum && measure.period != .week)
        let targets = varies
            ? history.points.map { PeriodFigure.comparedTarget(measure, on: $0.week, fiscalYearStart: history.fiscalYearStart) }
            : Array(repeating: measure.targets.first?.target, count: history.points.count)
        let periods = measure.aggregate == .sum ? history.points.map { history.periodStart(of: $0.week) } : []
        var low = first.actual
        var high = first.actual
        // Whether one target holds throughout, the common case, worded once in the label.
        var onlyTarget: Double?
        var targetsVary = false
        for (point, target) in zip(history.points, targets) {
            low = min(low, point.actual, target ?? point.actual)
            high = max(high, point.actual, target ?? point.actual)
            if let target {
                if onlyTarget == nil { onlyTarget = target } else if onlyTarget != target { targetsVary = true }
            }
        }
        let span = high - low == 0 ? 1 : high - low
        let step = (Self.width - 2 * Self.pad) / Double(history.points.count - 1)
        func y(_ value: Double) -> Double { Self.pad + (high - value) / span * (Self.height - 2 * Self.pad) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(history.points.count * 10)
        // Where the last point's x and y were written: its dot reuses them.
        var (lastX, lastY) = (0..<0, 0..<0)
        for (index, point) in history.points.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            let x = bytes.count
            Format.appendOneDecimal(Self.pad + Double(index) * step, to: &bytes)
            let comma = bytes.count
            bytes.append(UInt8(ascii: ","))
            Format.appendOneDecimal(y(point.actual), to: &bytes)
            (lastX, lastY) = (x..<comma, comma + 1..<bytes.count)
        }
        points = String(decoding: bytes, as: UTF8.self)
        last = Dot(x: String(decoding: bytes[lastX], as: UTF8.self), y: String(decoding: bytes[lastY], as: UTF8.self))

        // A summed target climbs within a period and drops at the next; any other target
        // holds until its next step, so it costs a segment only where it changes. Written
        // on bytes, as the points are.
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
        for index in history.points.indices {
            let periodStart = periods.isEmpty ? nil : periods[index]
            guard let target = targets[index] else {
                if previous != nil { segment(UInt8(ascii: "H"), Self.pad + Double(index - 1) * step) }
                previous = nil
                continue
            }
            if let previous, previous.target == target, measure.aggregate != .sum || previous.period == periodStart {
                continue
            }
            let x = Self.pad + Double(index) * step
            if let previous, measure.aggregate == .sum, previous.period == periodStart {
                segment(UInt8(ascii: "L"), x, (nil, y(target)))
            } else if previous != nil {
                segment(UInt8(ascii: "H"), x, (UInt8(ascii: "V"), y(target)))
            } else {
                segment(UInt8(ascii: "M"), x, (nil, y(target)))
            }
            previous = (target, periodStart)
        }
        if previous != nil { segment(UInt8(ascii: "H"), Self.width - Self.pad) }
        targetPath = String(decoding: path, as: UTF8.self)

        // The label names every week's figure: written on bytes, as the points are.
        var words: [UInt8] = []
        words.reserveCapacity(64 + history.points.count * 16)
        let what = measure.period == .week ? "" : " (\(measure.period.rawValue) to date)"
        words.append(contentsOf: "\(measure.name)\(what): \(history.points.count) weeks from \(first.week) to \(latest.week), ".utf8)
        for (index, point) in history.points.enumerated() {
            if index > 0 { words.append(contentsOf: ", ".utf8) }
            Format.appendMeasure(point.actual, unit: measure.unit, to: &words)
        }
        if onlyTarget == nil {
            words.append(contentsOf: "; no target yet".utf8)
        } else if !targetsVary, let only = onlyTarget {
            words.append(contentsOf: "; target ".utf8)
            Format.appendMeasure(only, unit: measure.unit, to: &words)
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
        label = String(decoding: words, as: UTF8.self)
    }
}
