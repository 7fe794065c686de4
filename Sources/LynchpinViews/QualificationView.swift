import LynchpinDomain

/// Qualifying the sale: the answers by round, the total against the maximum, the verdict.
struct QualificationView {
    struct Answer {
        let question: String
        let answer: String?
        let score: Int
    }

    struct Step {
        let title: String
        let total: Int
        let maximum: Int
        let answers: [Answer]
    }

    let steps: [Step]
    let total: Int
    let maximum: Int
    let percentage: String
    let verdict: String
    let fit: Bool
    let threshold: String

    static let roundTitles = [1: "Round 1: the situation", 2: "Round 2: the deal", 3: "Round 3: the person"]

    init(_ qualification: Qualification, threshold: Double) {
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
