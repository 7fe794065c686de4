import LynchpinDomain

/// Geometry of the value-gap bars: one row per need, bars to the right where the
/// competitor is rated better (we lose), to the left where we are.
struct ValueGapChart {
    struct Bar {
        let need: String
        let gap: String
        let x: String
        let y: String
        let width: String
        let labelY: String
        let valueX: String
        let anchor: String
        let css: String
    }

    let width = 640
    let height: Int
    let zeroX: String
    let bars: [Bar]
    let description: String

    static let labelWidth = 220.0
    static let barArea = (left: 240.0, right: 620.0)
    static let rowHeight = 28.0

    init(gaps: [ValueGap]) {
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
