/// An account's survey results for one side and one survey, quarter by quarter.
///
/// Responses come a few a quarter per account, so a score is only meaningful for a whole
/// quarter, and always shown with how many answered: NPS is the share of promoters (9–10)
/// less the share of detractors (0–6), from -100 to 100; CSAT is the share of satisfied
/// answers (4 or 5), from 0 to 100%.
public struct FeedbackTrend: Sendable, Equatable {
    public struct Quarter: Sendable, Equatable {
        public var period: ReportingPeriod
        public var score: Int
        public var responses: Int
    }

    public var side: FeedbackResponse.Side
    public var survey: FeedbackResponse.Survey
    /// Oldest first; quarters without a response are left out.
    public var quarters: [Quarter]

    /// The latest quarter's score against the one before it with responses.
    public var latest: Quarter? { quarters.last }
    public var previous: Quarter? { quarters.count > 1 ? quarters[quarters.count - 2] : nil }
    /// Points gained (or lost, negative) since the previous quarter with responses.
    public var change: Int? {
        guard let latest, let previous else { return nil }
        return latest.score - previous.score
    }
    public var fell: Bool { (change ?? 0) < 0 }

    /// The trends of an account's responses up to a day: one per side and survey that has any,
    /// customer first, NPS before CSAT.
    public static func trends(of responses: [FeedbackResponse], through day: Day, fiscalYearStart: Int) -> [FeedbackTrend] {
        var trends: [FeedbackTrend] = []
        for side in FeedbackResponse.Side.allCases {
            for survey in FeedbackResponse.Survey.allCases {
                let answers = responses.filter { $0.side == side && $0.survey == survey && $0.date <= day }
                guard !answers.isEmpty else { continue }
                var byStart: [Day: (period: ReportingPeriod, scores: [Int])] = [:]
                for answer in answers {
                    guard let period = ReportingPeriod(.quarter, containing: answer.date, fiscalYearStart: fiscalYearStart) else { continue }
                    byStart[period.start, default: (period, [])].scores.append(answer.score)
                }
                let quarters = byStart.values.sorted { $0.period.start < $1.period.start }.map {
                    Quarter(period: $0.period, score: score(of: $0.scores, survey: survey), responses: $0.scores.count)
                }
                trends.append(FeedbackTrend(side: side, survey: survey, quarters: quarters))
            }
        }
        return trends
    }

    /// NPS or CSAT of one quarter's answers, rounded to a whole number.
    public static func score(of scores: [Int], survey: FeedbackResponse.Survey) -> Int {
        guard !scores.isEmpty else { return 0 }
        let count = Double(scores.count)
        switch survey {
        case .nps:
            let promoters = Double(scores.filter { $0 >= 9 }.count)
            let detractors = Double(scores.filter { $0 <= 6 }.count)
            return Int(((promoters - detractors) / count * 100).rounded())
        case .csat:
            return Int((Double(scores.filter { $0 >= 4 }.count) / count * 100).rounded())
        }
    }

    /// The newest comments of one side up to a day, newest first.
    public static func latestComments(of responses: [FeedbackResponse], side: FeedbackResponse.Side, through day: Day,
                                      limit: Int = 3) -> [FeedbackResponse] {
        let commented = responses.filter { $0.side == side && $0.date <= day && !($0.comment ?? "").isEmpty }
        return Array(commented.sorted { ($0.date, $0.survey.rawValue) > ($1.date, $1.survey.rawValue) }.prefix(limit))
    }
}
