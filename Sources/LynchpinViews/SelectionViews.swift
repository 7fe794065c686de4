import LynchpinDomain

/// One axis, criterion by criterion, as the plan and the selection page show it.
public struct BreakdownView: Encodable {
    public struct Item: Encodable {
        public let label: String
        public let weight: String
        /// "4", or "not scored".
        public let score: String
        public let scored: Bool
    }

    public let axis: String
    public let items: [Item]
    /// "4 of 7".
    public let coverage: String
    public let thin: Bool

    public init(axis: String, _ breakdown: CriterionBreakdown) {
        self.axis = axis
        items = breakdown.items.map {
            Item(label: $0.criterion.label, weight: Format.number($0.criterion.weight),
                 score: $0.score.map(String.init) ?? "not scored", scored: $0.score != nil)
        }
        coverage = "\(breakdown.scoredCount) of \(breakdown.items.count)"
        thin = breakdown.isThin
    }
}

/// The recorded selection decision in words: "Key account: decided 2025-01-15 by Sam Okoro".
/// The selection page leaves the note to the plan, to keep its table readable.
func selectionText(_ selection: Selection?, withNote: Bool = true) -> String? {
    guard let selection else { return nil }
    let word = switch selection.decision {
    case .key: "Key account"
    case .candidate: "Candidate"
    case .declined: "Declined"
    }
    var text = word
    if let date = selection.date { text += ", decided \(date)" }
    if let by = selection.by { text += (selection.date == nil ? ", decided" : "") + " by \(by)" }
    if withNote, let note = selection.note { text += ": \(note)" }
    return text
}

/// `selection/index.html`: every account, prospects included, ranked by attractiveness, with
/// each criterion's score, how much of each axis was scored, the quadrant, prospects'
/// qualification profiles, and the selection decision.
public struct SelectionPage: Encodable {
    public struct Row: Encodable {
        /// nil for an account scored on too few criteria to be ranked.
        public let rank: Int?
        public let name: String
        public let href: String
        public let status: String
        public let attractiveness: String
        public let attractivenessCoverage: String
        public let strength: String
        public let strengthCoverage: String
        public let thin: Bool
        public let quadrant: String
        public let qualification: String?
        public let decision: String?
        public let attractivenessScores: [String]
        public let strengthScores: [String]
    }

    public struct Column: Encodable {
        public let label: String
        public let weight: String
    }

    public let page: PageChrome
    /// Accounts scored on enough attractiveness criteria, ranked.
    public let rows: [Row]
    public let hasRows: Bool
    /// Accounts scored on fewer, listed apart and unranked, most attractive first.
    public let partlyScored: [Row]
    /// "Scored on fewer than 7 of 7 attractiveness criteria: not ranked".
    public let partlyScoredHeading: String
    public let attractivenessColumns: [Column]
    public let strengthColumns: [Column]

    public static let path = SiteLinks.selection

    public init(portfolio: PortfolioAnalysis, config: SiteConfig) {
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Selection", path: Self.path, section: .selection, config: config, asOf: portfolio.asOf)
        attractivenessColumns = config.criteria.attractiveness.map { Column(label: $0.label, weight: Format.number($0.weight)) }
        strengthColumns = config.criteria.strength.map { Column(label: $0.label, weight: Format.number($0.weight)) }
        // Most attractive first; accounts with no attractiveness score last, by name. An
        // account scored on fewer criteria than `scored_to_rank` is listed apart, unranked.
        // Indices are sorted, not analyses: an analysis is a large value to copy.
        let all = portfolio.accounts
        let criteria = config.criteria.attractiveness.count
        let needed = min(config.scoredToRank ?? criteria, criteria)
        let sorted = all.indices.sorted {
            (all[$0].position.attractiveness.map { -$0 } ?? 1, all[$0].account.name, all[$0].account.id)
                < (all[$1].position.attractiveness.map { -$0 } ?? 1, all[$1].account.name, all[$1].account.id)
        }
        let fully = sorted.filter { all[$0].attractivenessBreakdown.scoredCount >= needed }
        let partly = sorted.filter { all[$0].attractivenessBreakdown.scoredCount < needed }
        let fewer = needed == criteria ? "all \(criteria)" : "\(needed) of the \(criteria)"
        partlyScoredHeading = "Scored on fewer than \(fewer) attractiveness criteria: not ranked, since a mean over fewer criteria does not compare with the others"
        let row = { (rank: Int?, position: Int) -> Row in
            let analysis = all[position]
            let account = analysis.account
            return Row(rank: rank, name: account.name, href: links.to(SiteLinks.account(account.id)),
                       status: account.status.rawValue,
                       attractiveness: analysis.position.attractiveness.map(Format.oneDecimal) ?? "none",
                       attractivenessCoverage: "\(analysis.attractivenessBreakdown.scoredCount) of \(analysis.attractivenessBreakdown.items.count)",
                       strength: analysis.position.strength.map(Format.oneDecimal) ?? "none",
                       strengthCoverage: "\(analysis.strengthBreakdown.scoredCount) of \(analysis.strengthBreakdown.items.count)",
                       thin: analysis.attractivenessBreakdown.isThin || analysis.strengthBreakdown.isThin,
                       quadrant: analysis.position.quadrant?.title ?? "Unplaced",
                       qualification: account.status == .prospect ? analysis.qualification.map {
                           "\($0.total) of \($0.maximum): " + QualificationView.profile($0)
                       } ?? "not qualified yet" : nil,
                       decision: selectionText(account.selection, withNote: false),
                       attractivenessScores: analysis.attractivenessBreakdown.items.map { $0.score.map(String.init) ?? "–" },
                       strengthScores: analysis.strengthBreakdown.items.map { $0.score.map(String.init) ?? "–" })
        }
        rows = fully.enumerated().map { row($0.offset + 1, $0.element) }
        partlyScored = partly.map { row(nil, $0) }
        hasRows = !rows.isEmpty || !partlyScored.isEmpty
    }
}
