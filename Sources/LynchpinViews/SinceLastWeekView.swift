import LynchpinDomain

/// The dashboard's opening section: what changed since the previous scorecard week, found
/// by the rules of a weekly review (`ReviewDelta`, every active account as of the site's
/// date) and shown with the review's own view of them (`ReviewChangesView`). Each line links
/// to its place in the plan: a status change to the measure's row, an overall status to the
/// plan's scorecard card, an action to the plan's open actions, a decision to its pilot.
public struct SinceLastWeekView: Encodable {
    public struct ActionLine: Encodable {
        public let account: PageLink
        public let action: String
        public let owner: String
        public let due: String
    }

    /// A list as shown: its first rows, and how many more there are.
    public struct Shown<Row: Encodable>: Encodable {
        public let rows: [Row]
        public let total: Int
        public var more: Int { total - rows.count }
        public var isEmpty: Bool { rows.isEmpty }

        init(_ all: [Row], upTo limit: Int?) {
            rows = limit.map { Array(all.prefix($0)) } ?? all
            total = all.count
        }
    }

    /// Above `ReviewChangesView.measureRowsUpTo` accounts a list shows this many rows and
    /// says how many more: a headline, not an inventory (each plan has its own).
    public static let rowsShown = 25

    /// False with fewer than two scorecard weeks: the section says so and lists nothing.
    public let comparable: Bool
    public let changes: ReviewChangesView
    /// In the counted form, the accounts with the most newly red measures first.
    public let accounts: Shown<ReviewChangesView.AccountChanges>
    public let overall: Shown<ReviewChangesView.OverallMove>
    public let actions: Shown<ActionLine>
    public let decisions: Shown<ReviewChangesView.Decision>
    public let notUpdated: Shown<PageLink>
    public let feedback: FeedbackFallsView
    public let feedbackMore: Int
    public let since: String
    public let soonDays = PilotStatus.soonDays

    public init(_ delta: ReviewDelta, project: Project, links: SiteLinks) {
        let changes = ReviewChangesView(delta, project: project, links: links)
        self.changes = changes
        comparable = delta.previousWeek != nil
        since = delta.since.description
        let limit = changes.byMeasure ? nil : Self.rowsShown
        accounts = Shown(changes.accounts, upTo: limit)
        overall = Shown(changes.overall, upTo: limit)
        decisions = Shown(changes.decisions, upTo: limit)
        notUpdated = Shown(changes.notUpdated, upTo: limit)
        let names = Dictionary(project.accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        actions = Shown(delta.newlyOverdueActions.map {
            ActionLine(account: PageLink(title: names[$0.account] ?? $0.account,
                                         href: AccountPage.section($0.account, "actions_heading", links: links)),
                       action: $0.action, owner: $0.owner, due: $0.due.description)
        }, upTo: limit)
        let falls = limit.map { Array(delta.feedbackFalls.prefix($0)) } ?? delta.feedbackFalls
        feedback = FeedbackFallsView(falls, names: names, links: links, asOf: delta.date)
        feedbackMore = delta.feedbackFalls.count - falls.count
    }
}
