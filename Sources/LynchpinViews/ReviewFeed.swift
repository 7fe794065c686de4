import LynchpinDomain
import LynchpinMarkdown

/// `reviews/feed.xml`: the weekly reviews as an Atom feed, newest first. Atom needs absolute
/// links, so it is written only when the project sets `base_url`.
public struct ReviewFeed: Encodable {
    public struct Entry: Encodable {
        public let title: String
        public let url: String
        public let updated: String
        public let summary: String
        public let content: String
    }

    public static let path = "reviews/feed.xml"

    public let title: String
    public let url: String
    public let feedURL: String
    public let id: String
    public let updated: String
    public let author: String
    public let entries: [Entry]

    /// - Parameter delta: each review's changes, when a site has worked them out already.
    public init(project: Project, portfolio: PortfolioAnalysis, baseURL: String, delta: ((Review) -> ReviewDelta)? = nil,
                documents: DocumentRenderer? = nil) {
        let delta = delta ?? { [weeks = ReviewWeeks(project: project, index: portfolio.index)] in
            ReviewDelta(review: $0, project: project, weeks: weeks)
        }
        let documents = documents ?? DocumentRenderer(config: project.config)
        let config = project.config
        title = "\(config.title): weekly reviews"
        url = baseURL + SiteLinks.reviews
        feedURL = baseURL + Self.path
        id = feedURL
        // The newest review's date, not the build time, so the same input gives the same feed.
        updated = Self.timestamp(project.reviews.last?.date ?? portfolio.asOf)
        author = config.organization.isEmpty ? config.title : config.organization
        entries = project.reviews.reversed().map { review in
            let delta = delta(review)
            let summary = [
                review.attendees.isEmpty ? nil : "Attendees: \(review.attendees.joined(separator: ", ")).",
                [Format.count(delta.transitions.count, "status change"), Format.count(delta.moves.count, "measure") + " moved",
                 Format.count(delta.overdueMilestones.count, "pilot milestone") + " overdue",
                 Format.count(delta.notUpdated.count, "account") + " not updated"].joined(separator: ", ") + ".",
            ].compactMap { $0 }.joined(separator: " ")
            return Entry(title: review.title, url: baseURL + SiteLinks.review(review.date),
                         updated: Self.timestamp(review.date), summary: summary, content: documents.html(review.notes))
        }
    }

    public static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }
}
