import LynchpinTheme
import LynchpinViews

/// The reviews' index, a page per review, and their Atom feed when `base_url` is set.
enum ReviewIndexRoutes: PageRoutes {
    static let kind = PageKind("reviews")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(ReviewIndexPage.path) {
            let page = ReviewIndexPage(project: inputs.project, asOf: inputs.asOf)
            return PageModel(kind, page, chrome: page.page, theme: BuiltInTheme.reviews(_:slots:))
        }]
    }
}

enum ReviewRoutes: PageRoutes {
    static let kind = PageKind("review")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        inputs.project.reviews.indices.map { index in
            .page(ReviewPage.path(inputs.project.reviews[index])) {
                let review = inputs.project.reviews[index]
                let page = ReviewPage(review: review, project: inputs.project, portfolio: inputs.portfolio,
                                      delta: inputs.delta(of: review), documents: inputs.documents)
                return PageModel(kind, page, chrome: page.page, theme: BuiltInTheme.review(_:slots:))
            }
        }
    }
}

enum FeedRoutes: PageRoutes {
    static let kind = PageKind("feed")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        guard let baseURL = inputs.config.baseURL else {
            if !inputs.project.reviews.isEmpty {
                notes.append("reviews/feed.xml skipped: an Atom feed needs absolute links; set base_url in lynchpin.yml.")
            }
            return []
        }
        return [.page(ReviewFeed.path) {
            let feed = ReviewFeed(project: inputs.project, portfolio: inputs.portfolio, baseURL: baseURL, delta: inputs.delta(of:),
                                  documents: inputs.documents)
            return PageModel(kind, feed, chrome: nil) { feed, _, _ in BuiltInTheme.feed(feed) }
        }]
    }
}

/// Each review as an e-mail to open and send (`reviews/<date>/review.eml`), when `base_url`
/// is set: a message needs absolute links.
enum ReviewMailRoutes: PageRoutes {
    static let templates: [PageKind] = []

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        guard let baseURL = inputs.config.baseURL else {
            if !inputs.project.reviews.isEmpty {
                notes.append("reviews/*/review.eml skipped: an e-mail needs absolute links; set base_url in lynchpin.yml.")
            }
            return []
        }
        return inputs.project.reviews.map { review in
            .bytes(ReviewMail.path(review)) {
                let mail = ReviewMail(review: review, project: inputs.project, portfolio: inputs.portfolio, baseURL: baseURL,
                                      delta: inputs.delta(of: review), documents: inputs.documents)
                return MailMessage(subject: mail.subject, date: mail.date, messageID: mail.messageID,
                                   text: BuiltInTheme.reviewMailText(mail), html: BuiltInTheme.reviewMailHTML(mail).bytes).bytes
            }
        }
    }
}
