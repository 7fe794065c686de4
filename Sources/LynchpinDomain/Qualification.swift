/// The profile that qualifying a sale gives: points per round and in total against the
/// maximum, and how many answers it rests on. It informs the team's call on fit; it does
/// not make it, so there is no threshold verdict.
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
    public var answerCount: Int
    /// total / maximum x 100.
    public var percentage: Double

    /// nil when there are no answers.
    public init?(answers: [QualificationAnswer]) {
        guard !answers.isEmpty else { return nil }
        steps = Set(answers.map(\.step)).sorted().map { step in
            let own = answers.filter { $0.step == step }
            return Step(step: step, total: own.reduce(0) { $0 + $1.score }, maximum: own.count * Self.pointsPerAnswer,
                        answers: own)
        }
        total = answers.reduce(0) { $0 + $1.score }
        maximum = answers.count * Self.pointsPerAnswer
        answerCount = answers.count
        percentage = Double(total) / Double(maximum) * 100
    }
}
