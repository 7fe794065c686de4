import LynchpinDomain

/// Geometry of the value-gap bars: one row per need, bars to the right where the
/// competitor is rated better (we lose), to the left where we are.
public struct ValueGapChart: Encodable {
    public struct Bar: Encodable {
        public let need: String
        public let gap: String
        public let x: String
        public let y: String
        public let width: String
        public let labelY: String
        public let valueX: String
        public let anchor: String
        public let css: String
    }

    public let width = 640
    public let height: Int
    public let zeroX: String
    public let bars: [Bar]
    public let description: String

    public static let labelWidth = 220.0
    public static let barArea = (left: 240.0, right: 620.0)
    public static let rowHeight = 28.0

    public init(gaps: [ValueGap]) {
        let largest = Double(max(1, gaps.map { abs($0.weightedGap) }.max() ?? 1))
        let zero = (Self.barArea.left + Self.barArea.right) / 2
        let half = (Self.barArea.right - Self.barArea.left) / 2 - 30
        height = Int(Double(gaps.count) * Self.rowHeight + 16)
        zeroX = Format.oneDecimal(zero)
        bars = gaps.enumerated().map { index, gap in
            let length = Double(abs(gap.weightedGap)) / largest * half
            let x = gap.weightedGap >= 0 ? zero : zero - length
            let y = 8 + Double(index) * Self.rowHeight
            let valueX = gap.weightedGap >= 0 ? zero + length + 6 : zero - length - 6
            return Bar(need: gap.expectation.need, gap: String(gap.weightedGap), x: Format.oneDecimal(x),
                       y: Format.oneDecimal(y), width: Format.oneDecimal(max(length, 1)),
                       labelY: Format.oneDecimal(y + 15), valueX: Format.oneDecimal(valueX),
                       anchor: gap.weightedGap >= 0 ? "start" : "end",
                       css: gap.weightedGap > 0 ? "gap-behind" : "gap-ahead")
        }
        description = "Importance-weighted gap per need, worst first: "
            + gaps.map { "\($0.expectation.need) \($0.weightedGap)" }.joined(separator: ", ")
            + ". Positive means the competitor is rated better."
    }
}
