import LynchpinDomain
import LynchpinMarkdown

/// The archive of weekly reviews, newest first.
public struct ReviewIndexPage: Encodable {
    public struct Entry: Encodable {
        public let title: String
        public let date: String
        public let href: String
        public let attendees: String?
    }

    public let page: PageChrome
    public let reviews: [Entry]
    public let hasReviews: Bool

    public static let path = SiteLinks.reviews

    public init(project: Project, asOf: Day) {
        let links = SiteLinks(pagePath: Self.path)
        page = PageChrome(title: "Reviews", path: Self.path, section: .reviews, config: project.config, asOf: asOf)
        reviews = project.reviews.reversed().map {
            Entry(title: $0.title, date: $0.date.description, href: links.to(SiteLinks.review($0.date)),
                  attendees: $0.attendees.isEmpty ? nil : $0.attendees.joined(separator: ", "))
        }
        hasReviews = !reviews.isEmpty
    }
}

/// One weekly review: who met, which accounts they looked at, the notes, and what the data
/// says changed since the previous scorecard week.
public struct ReviewPage: Encodable {
    public let page: PageChrome
    public let title: String
    public let date: String
    public let attendees: [String]
    public let hasAttendees: Bool
    /// The accounts reviewed; empty when the review covers every active account and they
    /// are too many to list (the dashboard lists them).
    public let focus: [PageLink]
    public let coversAllActive: Bool
    /// "All 14 active accounts."
    public let coverage: String
    public let listsFocus: Bool
    public let notes: HTML
    public let hasNotes: Bool
    public let changes: ReviewChangesView
    /// Accounts of the review whose survey score fell, with answers since the last review.
    public let feedbackFalls: FeedbackFallsView
    /// Whether any account of the review has survey answers at all.
    public let hasFeedback: Bool
    public let feedbackSince: String?
    /// Raised at this review (whatever their state now).
    public let raisedActions: ActionsView
    /// Raised at an earlier review and still open on this review's date, overdue marked.
    public let openActions: ActionsView
    /// Raised earlier and set done or dropped at this review.
    public let closedActions: ActionsView
    /// Whether any review up to this one has actions: otherwise the section is left out.
    public let hasActionLog: Bool
    public let previous: PageLink?
    public let next: PageLink?
    /// `review.eml` beside the page, when `base_url` is set.
    public let mailHref: String?

    public static func path(_ review: Review) -> String { SiteLinks.review(review.date) }

    /// - Parameter weeks: the accounts' lines by week, shared by a build's reviews; nil to
    ///   work out this review's own.
    /// - Parameter baseURL: given, every link is absolute under it, for the review's e-mail.
    /// - Parameter delta: the review's changes when already worked out (a site shares them
    ///   between the page, the feed and the e-mail); else worked out here.
    public init(review: Review, project: Project, portfolio: PortfolioAnalysis, delta: ReviewDelta? = nil,
                documents: DocumentRenderer? = nil, baseURL: String? = nil) {
        let links = baseURL.map { SiteLinks(base: $0) } ?? SiteLinks(pagePath: Self.path(review))
        mailHref = project.config.baseURL == nil || baseURL != nil ? nil : links.to(ReviewMail.path(review))
        // A review shows the data as it stood on its own date, so its footer says so too.
        page = PageChrome(title: review.title, path: Self.path(review), section: .reviews, config: project.config,
                          asOf: review.date)
        title = review.title
        date = review.date.description
        attendees = review.attendees
        hasAttendees = !attendees.isEmpty
        let delta = delta ?? ReviewDelta(review: review, project: project, weeks: ReviewWeeks(project: project, index: portfolio.index))
        coversAllActive = review.accounts == nil
        coverage = "All \(Format.count(delta.accountIDs.count, "active account"))."
        listsFocus = !coversAllActive || delta.accountIDs.count <= ReviewChangesView.measureRowsUpTo
        focus = !listsFocus ? [] : delta.accountIDs.compactMap(project.account(id:)).map {
            PageLink(title: $0.name, href: links.to(SiteLinks.account($0.id)))
        }
        notes = HTML(raw: (documents ?? DocumentRenderer(config: project.config))
            .html(review.notes, rebase: baseURL.map { LinkRebase(from: Self.path(review), toBase: $0) }))
        hasNotes = !notes.isEmpty
        changes = ReviewChangesView(delta, project: project, links: links)
        let actions = ActionLog(reviews: project.reviews).state(on: review.date)
        let names = Dictionary(uniqueKeysWithValues: project.accounts.map { ($0.id, $0.name) })
        let day = review.date
        raisedActions = ActionsView(actions.filter { $0.raised == day }, on: day, accountNames: names, links: links)
        openActions = ActionsView(actions.filter { $0.raised < day && $0.status == .open }, on: day, accountNames: names,
                                  links: links)
        closedActions = ActionsView(actions.filter { $0.raised < day && $0.closed == day }, on: day, accountNames: names,
                                    links: links)
        hasActionLog = !actions.isEmpty
        let index = project.reviews.firstIndex { $0.date == review.date }
        let since = index.flatMap { $0 > 0 ? project.reviews[$0 - 1].date : nil }
        let covered = delta.accountIDs.compactMap(project.account(id:))
        feedbackFalls = FeedbackFallsView(FeedbackFall.falls(among: covered, through: review.date, since: since,
                                                             fiscalYearStart: project.config.fiscalYearStart),
                                          names: names, links: links, asOf: review.date)
        hasFeedback = covered.contains { !$0.feedback.isEmpty }
        feedbackSince = since?.description
        let link = { (other: Review) in PageLink(title: other.title, href: links.to(SiteLinks.review(other.date))) }
        previous = index.flatMap { $0 > 0 ? link(project.reviews[$0 - 1]) : nil }
        next = index.flatMap { $0 + 1 < project.reviews.count ? link(project.reviews[$0 + 1]) : nil }
    }
}
