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
    /// "0.93": our rating against the best competitor's, weighted by importance.
    public let relativeStrength: String?
    public let relativeText: String?

    public init(_ gaps: [ValueGap], relativeStrength: Double?, strength: Double?) {
        self.relativeStrength = relativeStrength.map(Format.twoDecimals)
        relativeText = relativeStrength.map { relative in
            let who = relative < 1 ? "The customer rates the best competitor higher than us"
                : relative > 1 ? "The customer rates us higher than the best competitor" : "The customer rates us level with the best competitor"
            let warning = RelativeStrength.isBehind(relative: relative, strength: strength)
                ? ", though our strength on the matrix is high (\(Format.oneDecimal(strength ?? 0))): we think we are strong, and the customer disagrees" : ""
            return "\(who)\(warning)."
        }
        rows = gaps.map {
            Row(need: $0.expectation.need, importance: $0.expectation.importance, us: $0.expectation.us,
                competitor: $0.expectation.competitor, gap: $0.weightedGap, behind: $0.weightedGap > 0)
        }
        hasRows = !rows.isEmpty
        chart = ValueGapChart(gaps: gaps)
    }
}
