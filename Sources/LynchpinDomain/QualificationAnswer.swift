/// One answer from qualifying a sale, scored 1 (poor match) to 5 (strong match).
public struct QualificationAnswer: Sendable, Equatable {
    public var step: Int
    public var question: String
    public var answer: String?
    public var score: Int

    public init(step: Int, question: String, answer: String? = nil, score: Int) {
        self.step = step
        self.question = question
        self.answer = answer
        self.score = score
    }
}
