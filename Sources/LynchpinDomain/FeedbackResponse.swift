/// One answer to a survey: a customer's, about working with us, or one of our account
/// team's, about working on the account. The two are never mixed in one score.
public struct FeedbackResponse: Sendable, Equatable {
    public enum Side: String, Sendable, CaseIterable {
        case customer, employee
    }

    /// Net promoter (0–10, "how likely are you to recommend us") or satisfaction (1–5).
    public enum Survey: String, Sendable, CaseIterable {
        case nps, csat

        public var scale: ClosedRange<Int> { self == .nps ? 0...10 : 1...5 }
        public var label: String { self == .nps ? "NPS" : "CSAT" }
    }

    public var date: Day
    public var side: Side
    public var survey: Survey
    public var score: Int
    /// The respondent's role as the survey tool gives it ("Head of logistics"), if any.
    public var role: String?
    public var comment: String?
    /// The export it came from, for messages.
    public var sourcePath: String

    public init(date: Day, side: Side, survey: Survey, score: Int, role: String? = nil, comment: String? = nil,
                sourcePath: String = "") {
        self.date = date
        self.side = side
        self.survey = survey
        self.score = score
        self.role = role
        self.comment = comment
        self.sourcePath = sourcePath
    }
}
