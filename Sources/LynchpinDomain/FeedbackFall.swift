/// An account whose latest quarter of survey answers scored below the quarter before it:
/// what a director wants to hear about before the customer says it in a meeting.
public struct FeedbackFall: Sendable, Equatable {
    public var accountID: String
    public var trend: FeedbackTrend
    /// Points lost, a negative number.
    public var change: Int { trend.change ?? 0 }

    /// The falls among `accounts` as of `day`, the largest first. With `since`, only those
    /// with an answer after that day: a review reports what is new since the last one.
    public static func falls(among accounts: [Account], through day: Day, since: Day? = nil,
                             fiscalYearStart: Int) -> [FeedbackFall] {
        var falls: [FeedbackFall] = []
        for account in accounts where !account.feedback.isEmpty {
            for trend in FeedbackTrend.trends(of: account.feedback, through: day, fiscalYearStart: fiscalYearStart) where trend.fell {
                if let since, !account.feedback.contains(where: {
                    $0.side == trend.side && $0.survey == trend.survey && $0.date > since && $0.date <= day
                }) { continue }
                falls.append(FeedbackFall(accountID: account.id, trend: trend))
            }
        }
        return falls.sorted {
            ($0.change, $0.accountID, $0.trend.side.rawValue, $0.trend.survey.rawValue)
                < ($1.change, $1.accountID, $1.trend.side.rawValue, $1.trend.survey.rawValue)
        }
    }
}
