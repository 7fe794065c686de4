import LynchpinDomain

/// Qualifying the sale: the answers by round, the total against the maximum, the verdict.
public struct QualificationView: Encodable {
    public struct Answer: Encodable {
        public let question: String
        public let answer: String?
        public let score: Int
    }

    public struct Step: Encodable {
        public let title: String
        public let total: Int
        public let maximum: Int
        public let answers: [Answer]
    }

    public let steps: [Step]
    public let total: Int
    public let maximum: Int
    public let percentage: String
    public let verdict: String
    public let fit: Bool
    public let threshold: String

    public static let roundTitles = [1: "Round 1: the situation", 2: "Round 2: the deal", 3: "Round 3: the person"]

    public init(_ qualification: Qualification, threshold: Double) {
        steps = qualification.steps.map { step in
            Step(title: Self.roundTitles[step.step] ?? "Round \(step.step)", total: step.total, maximum: step.maximum,
                 answers: step.answers.map { Answer(question: $0.question, answer: $0.answer, score: $0.score) })
        }
        total = qualification.total
        maximum = qualification.maximum
        percentage = Format.oneDecimal(qualification.percentage) + "%"
        fit = qualification.isFit
        verdict = qualification.isFit ? "Fit" : "Below threshold"
        self.threshold = Format.number(threshold) + "%"
    }
}
