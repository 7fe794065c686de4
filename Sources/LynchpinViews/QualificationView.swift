import LynchpinDomain

/// Qualifying a sale as a profile: the answers by round, each round's total and the whole
/// against the maximum, and how many answers it rests on. No verdict: the team makes the call.
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
    public let answerCount: String
    /// "Round 1 12 of 15, round 2 8 of 10": the profile in one line.
    public let summary: String

    public static let roundTitles = [1: "Round 1: the situation", 2: "Round 2: the deal", 3: "Round 3: the person"]

    /// "round 1 9 of 10, round 2 7 of 10".
    static func rounds(_ qualification: Qualification) -> String {
        qualification.steps.map { "round \($0.step) \($0.total) of \($0.maximum)" }.joined(separator: ", ")
    }

    /// The profile in one line, where a table has room for no more: the rounds and the
    /// number of answers.
    static func profile(_ qualification: Qualification) -> String {
        rounds(qualification) + " (\(Format.count(qualification.answerCount, "answer")))"
    }

    public init(_ qualification: Qualification) {
        steps = qualification.steps.map { step in
            Step(title: Self.roundTitles[step.step] ?? "Round \(step.step)", total: step.total, maximum: step.maximum,
                 answers: step.answers.map { Answer(question: $0.question, answer: $0.answer, score: $0.score) })
        }
        total = qualification.total
        maximum = qualification.maximum
        percentage = Format.oneDecimal(qualification.percentage) + "%"
        answerCount = Format.count(qualification.answerCount, "answer")
        summary = Self.rounds(qualification)
    }
}
