import LynchpinDomain

/// Geometry of a measure's sparkline: its actuals week by week with the target as a dashed
/// line. The markup is the theme's (`templates/PlanSectionsTemplate.swift`).
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
    public let targetY: String
    public let label: String

    /// nil with fewer than two weeks of actuals: one point is not a line.
    public init?(history: MeasureHistory, measure: Measure) {
        guard history.points.count >= 2, let first = history.points.first, let latest = history.latest else {
            return nil
        }
        let values = history.points.map(\.actual) + [measure.target]
        let low = values.min()!
        let high = values.max()!
        let span = high - low == 0 ? 1 : high - low
        let step = (Self.width - 2 * Self.pad) / Double(history.points.count - 1)
        func y(_ value: Double) -> Double { Self.pad + (high - value) / span * (Self.height - 2 * Self.pad) }
        let coordinates = history.points.enumerated().map { index, point in
            (x: Self.pad + Double(index) * step, y: y(point.actual))
        }
        points = coordinates.map { "\(Format.oneDecimal($0.x)),\(Format.oneDecimal($0.y))" }.joined(separator: " ")
        last = Dot(x: Format.oneDecimal(coordinates.last!.x), y: Format.oneDecimal(coordinates.last!.y))
        targetY = Format.oneDecimal(y(measure.target))
        label = "\(measure.name): \(history.points.count) weeks from \(first.week) to \(latest.week), "
            + history.points.map { Format.measure($0.actual, unit: measure.unit) }.joined(separator: ", ")
            + "; target \(Format.measure(measure.target, unit: measure.unit))"
    }
}
