import LynchpinDomain

/// What the account values, how it rates us and our best competitor, worst gap first.
public struct ValueGapView: Encodable {
    public struct Row: Encodable {
        public let need: String
        public let importance: Int
        public let us: Int
        public let competitor: Int
        public let gap: Int
        public let behind: Bool
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let chart: ValueGapChart

    public init(_ gaps: [ValueGap]) {
        rows = gaps.map {
            Row(need: $0.expectation.need, importance: $0.expectation.importance, us: $0.expectation.us,
                competitor: $0.expectation.competitor, gap: $0.weightedGap, behind: $0.weightedGap > 0)
        }
        hasRows = !rows.isEmpty
        chart = ValueGapChart(gaps: gaps)
    }
}
