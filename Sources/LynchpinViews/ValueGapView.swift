import LynchpinDomain

/// What the account values, how it rates us and our best competitor, worst gap first.
struct ValueGapView {
    struct Row {
        let need: String
        let importance: Int
        let us: Int
        let competitor: Int
        let gap: Int
        let behind: Bool
    }

    let rows: [Row]
    let hasRows: Bool
    let chart: ValueGapChart

    init(_ gaps: [ValueGap]) {
        rows = gaps.map {
            Row(need: $0.expectation.need, importance: $0.expectation.importance, us: $0.expectation.us,
                competitor: $0.expectation.competitor, gap: $0.weightedGap, behind: $0.weightedGap > 0)
        }
        hasRows = !rows.isEmpty
        chart = ValueGapChart(gaps: gaps)
    }
}
