/// Every rule that gives a status, in one place: how a measure's ratio to its target
/// becomes red, amber or green (`rag` bands in lynchpin.yml), what each status is worth in
/// a score, how a score becomes a status, how an overall status is held down by a red
/// perspective, and when a contact goes stale (`stale_contact_days`). The pages explain
/// these rules in words they ask for here, so the words can never drift from the rules.
public enum StatusRules {
    // MARK: Measures

    /// The status a ratio of actual to target earns: green from `bands.green`, amber from
    /// `bands.amber`, red below; grey without a ratio.
    public static func rag(forRatio ratio: Double?, bands: RAGBands) -> RAG {
        guard let ratio else { return .grey }
        if ratio >= bands.green { return .green }
        if ratio >= bands.amber { return .amber }
        return .red
    }

    /// What a status contributes to a score: green 1, amber 0.5, red 0; grey counts not at all.
    public static func points(_ rag: RAG) -> Double? {
        switch rag {
        case .green: 1
        case .amber: 0.5
        case .red: 0
        case .grey: nil
        }
    }

    // MARK: Scores

    /// A score from here up shows green; from `amberScore`, amber; below, red.
    public static let greenScore = 0.75
    public static let amberScore = 0.25

    /// The status nearest a score: a perspective that averages closer to green than to
    /// amber shows green, and so on. Grey when nothing was scored.
    public static func rag(forScore score: Double?) -> RAG {
        guard let score else { return .grey }
        if score >= greenScore { return .green }
        if score >= amberScore { return .amber }
        return .red
    }

    /// The overall status: the status nearest the overall score, held at amber while any
    /// perspective is red, since a mean is exactly how a strong perspective hides a weak
    /// one. The one rule for an account's, a division's and a manager's.
    public static func overall(score: Double?, perspectives: [RAG]) -> RAG {
        let nearest = rag(forScore: score)
        return perspectives.contains(.red) && nearest == .green ? .amber : nearest
    }

    // MARK: Contacts

    /// How recent a contact is: recent within half of `stale_contact_days`, fading within
    /// them, stale after them or when none is recorded.
    public enum ContactRecency: String, Sendable {
        case recent, fading, stale
    }

    public static func recency(daysSinceContact days: Int?, staleAfterDays: Int) -> ContactRecency {
        switch days {
        case let days? where days <= staleAfterDays / 2: .recent
        case let days? where days <= staleAfterDays: .fading
        default: .stale
        }
    }

    /// Not contacted for longer than `stale_contact_days`, or never.
    public static func isStale(daysSinceContact days: Int?, staleAfterDays: Int) -> Bool {
        recency(daysSinceContact: days, staleAfterDays: staleAfterDays) == .stale
    }

    // MARK: The rules in words

    /// The bands, on a plan: "Green at 100.0% of target or more, amber from 90.0%, red
    /// below, grey without an actual." `percent` writes a fraction as the page does.
    public static func bandsSentence(_ bands: RAGBands, percent: (Double) -> String) -> String {
        "Green at \(percent(bands.green)) of target or more, amber from \(percent(bands.amber)), red below, grey without an actual."
    }

    /// The bands, for the customer: "Green: at 100% of the target or better; amber: from
    /// 90%; red: below that."
    public static func bandsSentenceForCustomer(_ bands: RAGBands, percent: (Double) -> String) -> String {
        "Green: at \(percent(bands.green)) of the target or better; amber: from \(percent(bands.amber)); red: below that."
    }

    /// What each status weighs in a score: "green as 1, amber as 0.5, red as 0".
    public static func pointsPhrase(number: (Double) -> String) -> String {
        [RAG.green, .amber, .red].map { "\($0.rawValue) as \(number(points($0)!))" }.joined(separator: ", ")
    }

    /// How the overall score and status are made, with the weights when they differ.
    public static func overallSentence(_ weights: PerspectiveWeights, number: (Double) -> String) -> String {
        let holds = "its status is never better than amber while a perspective is red, so a strong perspective cannot hide a weak one."
        guard !weights.isEqual else { return "The overall score is the mean of the perspectives' scores; " + holds }
        return "The overall score is the weighted mean of the perspectives' scores ("
            + Measure.Perspective.allCases.map { "\($0.rawValue) \(number(weights[$0]))" }.joined(separator: ", ")
            + "); " + holds
    }
}
