/// The profile that qualifying a sale gives: points per round and in total against the
/// maximum, and whether that clears the team's threshold.
public struct Qualification: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var step: Int
        public var total: Int
        public var maximum: Int
        public var answers: [QualificationAnswer]
    }

    public static let pointsPerAnswer = 5

    public var steps: [Step]
    public var total: Int
    public var maximum: Int
    /// total / maximum x 100.
    public var percentage: Double
    public var isFit: Bool

    /// nil when the account has no qualification answers.
    public init?(answers: [QualificationAnswer], thresholdPercent: Double) {
        guard !answers.isEmpty else { return nil }
        steps = Set(answers.map(\.step)).sorted().map { step in
            let own = answers.filter { $0.step == step }
            return Step(step: step, total: own.reduce(0) { $0 + $1.score }, maximum: own.count * Self.pointsPerAnswer,
                        answers: own)
        }
        total = answers.reduce(0) { $0 + $1.score }
        maximum = answers.count * Self.pointsPerAnswer
        percentage = Double(total) / Double(maximum) * 100
        isFit = percentage >= thresholdPercent
    }
}
