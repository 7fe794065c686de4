import LynchpinDomain

/// An account's survey results for its plan: per side and survey the latest quarter's
/// score, how many answered, and the change from the quarter before; then the newest
/// comments. The customer's and our account team's are shown apart.
public struct FeedbackView: Encodable {
    public struct Trend: Encodable {
        public let survey: String
        public let quarter: String
        public let score: String
        public let responses: String
        public let previous: String?
        /// In words, never by colour alone: "fell 50 points", "rose 5 points", "level".
        public let change: String
        public let fell: Bool
    }

    public struct Comment: Encodable {
        public let date: String
        public let who: String
        public let score: String
        public let text: String
    }

    public struct Side: Encodable {
        public let title: String
        public let trends: [Trend]
        public let comments: [Comment]
        public let hasComments: Bool
    }

    public let sides: [Side]
    public let hasFeedback: Bool

    public init(account: Account, trends: [FeedbackTrend], asOf: Day) {
        sides = FeedbackResponse.Side.allCases.compactMap { side in
            let own = trends.filter { $0.side == side }
            guard !own.isEmpty else { return nil }
            let comments = FeedbackTrend.latestComments(of: account.feedback, side: side, through: asOf).map { response in
                Comment(date: response.date.description, who: response.role ?? (side == .customer ? "Customer" : "Team member"),
                        score: "\(response.survey.label) \(response.score)", text: response.comment ?? "")
            }
            return Side(title: Self.title(side), trends: own.map { Self.trend($0, asOf: asOf) }, comments: comments, hasComments: !comments.isEmpty)
        }
        hasFeedback = !sides.isEmpty
    }

    static func title(_ side: FeedbackResponse.Side) -> String {
        side == .customer ? "From the customer" : "From our account team"
    }

    static func trend(_ trend: FeedbackTrend, asOf: Day) -> Trend {
        let latest = trend.latest!
        return Trend(survey: trend.survey == .nps ? "NPS (−100 to 100)" : "CSAT (share satisfied)",
                     quarter: quarter(latest.period, asOf: asOf), score: score(latest.score, trend.survey),
                     responses: Format.count(latest.responses, "response"),
                     previous: trend.previous.map { "\(score($0.score, trend.survey)) in \(quarter($0.period)), \(Format.count($0.responses, "response"))" },
                     change: change(trend.change), fell: trend.fell)
    }

    /// "+40", "−20", "0" for NPS; "75%" for CSAT.
    static func score(_ value: Int, _ survey: FeedbackResponse.Survey) -> String {
        switch survey {
        case .nps: value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
        case .csat: "\(value)%"
        }
    }

    static func change(_ change: Int?) -> String {
        guard let change else { return "first quarter with answers" }
        if change == 0 { return "level" }
        let points = abs(change) == 1 ? "1 point" : "\(abs(change)) points"
        return change < 0 ? "fell \(points)" : "rose \(points)"
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Oct–Dec 2026", or "Nov 2026–Jan 2027" for a fiscal quarter across a year's end;
    /// "Oct–Dec 2026, so far" while it runs, as more answers may come.
    static func quarter(_ period: ReportingPeriod, asOf: Day? = nil) -> String {
        let (start, end) = (period.start, period.end)
        let running = asOf.map { $0 < end } ?? false ? ", so far" : ""
        if start.year == end.year { return "\(months[start.month - 1])–\(months[end.month - 1]) \(end.year)\(running)" }
        return "\(months[start.month - 1]) \(start.year)–\(months[end.month - 1]) \(end.year)\(running)"
    }
}

/// Accounts whose survey scores fell, for the dashboard and a review.
public struct FeedbackFallsView: Encodable {
    public struct Row: Encodable {
        public let account: PageLink
        public let side: String
        public let survey: String
        public let latest: String
        public let previous: String
        public let change: String
    }

    public let rows: [Row]
    public let hasRows: Bool

    public init(_ falls: [FeedbackFall], names: [String: String], links: SiteLinks, asOf: Day) {
        rows = falls.map { fall in
            let trend = fall.trend
            let latest = trend.latest!, previous = trend.previous!
            return Row(account: PageLink(title: names[fall.accountID] ?? fall.accountID,
                                         href: AccountPage.section(fall.accountID, "feedback_heading", links: links)),
                       side: trend.side == .customer ? "Customer" : "Our team", survey: trend.survey.label,
                       latest: "\(FeedbackView.score(latest.score, trend.survey)) (\(FeedbackView.quarter(latest.period, asOf: asOf)), \(Format.count(latest.responses, "response")))",
                       previous: "\(FeedbackView.score(previous.score, trend.survey)) (\(FeedbackView.quarter(previous.period)), \(Format.count(previous.responses, "response")))",
                       change: FeedbackView.change(trend.change))
        }
        hasRows = !rows.isEmpty
    }
}
