/// Where we lose against our best competitor on what the account values.
public struct ValueGap: Sendable, Equatable {
    public var expectation: Expectation
    /// (competitor - us) x importance: positive where the competitor is rated better.
    public var weightedGap: Int { (expectation.competitor - expectation.us) * expectation.importance }

    public init(_ expectation: Expectation) {
        self.expectation = expectation
    }

    /// Worst first: the biggest weighted gap, then the more important need, then by name.
    public static func ranked(_ expectations: [Expectation]) -> [ValueGap] {
        expectations.map(ValueGap.init).sorted {
            ($1.weightedGap, $1.expectation.importance, $0.expectation.need)
                < ($0.weightedGap, $0.expectation.importance, $1.expectation.need)
        }
    }
}
