import LynchpinDomain
import LynchpinMarkdown

/// A weekly review as an e-mail (`reviews/<date>/review.eml`): the review page's own view
/// model with every link absolute under `base_url`, and what the message says about itself.
/// The theme renders its HTML (inline styles only) and its plain text; `MailMessage` wraps
/// both.
public struct ReviewMail {
    public static func path(_ review: Review) -> String { "reviews/\(review.date)/review.eml" }

    /// The review as its page shows it, every link absolute.
    public let review: ReviewPage
    /// "Week 48 account review, 2026-11-27: 2 newly red, 1 action fell overdue".
    public let subject: String
    public let siteTitle: String
    public let organization: String?
    /// The review's page on the site.
    public let url: String
    /// The dashboard, for everything else.
    public let siteURL: String
    public let messageID: String
    public let date: Day
    /// The notes for the text part: their Markdown as cmark writes it, links absolute.
    public let notesText: String

    public init(review: Review, project: Project, portfolio: PortfolioAnalysis, baseURL: String, delta: ReviewDelta? = nil,
                documents: DocumentRenderer? = nil) {
        let page = ReviewPage(review: review, project: project, portfolio: portfolio, delta: delta, documents: documents,
                              baseURL: baseURL)
        self.review = page
        let title = review.title.contains(review.date.description) ? review.title : "\(review.title), \(review.date)"
        subject = "\(title): \(page.changes.brief)"
        siteTitle = project.config.title
        organization = project.config.organization.isEmpty ? nil : project.config.organization
        url = baseURL + ReviewPage.path(review)
        siteURL = baseURL + SiteLinks.portfolio
        // The site's host names the message, so two sites' reviews of a day differ.
        let host = baseURL.split(separator: "/").dropFirst().first.map(String.init) ?? "lynchpin.invalid"
        messageID = "review-\(review.date)@\(host)"
        date = review.date
        notesText = (documents ?? DocumentRenderer(config: project.config))
            .text(review.notes, rebase: LinkRebase(from: ReviewPage.path(review), toBase: baseURL))
    }
}
