import LynchpinDomain

/// `reviews/feed.xml`: the weekly reviews as an Atom feed, newest first. Atom needs absolute
/// links, so it is written only when the project sets `base_url`.
struct ReviewFeed {
    struct Entry {
        let title: String
        let url: String
        let updated: String
        let summary: String
        let content: String
    }

    static let path = "reviews/feed.xml"

    let title: String
    let url: String
    let feedURL: String
    let id: String
    let updated: String
    let author: String
    let entries: [Entry]

    init(project: Project, portfolio: PortfolioAnalysis, baseURL: String) {
        let config = project.config
        title = "\(config.title): weekly reviews"
        url = baseURL + SiteLinks.reviews
        feedURL = baseURL + Self.path
        id = feedURL
        // The newest review's date, not the build time, so the same input gives the same feed.
        updated = Self.timestamp(project.reviews.last?.date ?? portfolio.asOf)
        author = config.organization.isEmpty ? config.title : config.organization
        entries = project.reviews.reversed().map { review in
            let delta = ReviewDelta(review: review, project: project, index: portfolio.index)
            let summary = [
                review.attendees.isEmpty ? nil : "Attendees: \(review.attendees.joined(separator: ", ")).",
                [Format.count(delta.transitions.count, "status change"), Format.count(delta.moves.count, "measure") + " moved",
                 Format.count(delta.overdueMilestones.count, "pilot milestone") + " overdue",
                 Format.count(delta.notUpdated.count, "account") + " not updated"].joined(separator: ", ") + ".",
            ].compactMap { $0 }.joined(separator: " ")
            return Entry(title: review.title, url: baseURL + SiteLinks.review(review.date),
                         updated: Self.timestamp(review.date), summary: summary, content: review.notes.html)
        }
    }

    static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }
}
