import LynchpinDomain
import LynchpinOutput

/// Turns a project into the files of its site: view models rendered through the theme,
/// theme assets, and the project's static files.
public struct SiteRenderer: Sendable {
    public var theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    public struct Result: Sendable {
        public var files: [SiteFile]
        public var diagnostics: [Diagnostic]
        /// Remarks for the build output, such as a feed that was skipped.
        public var notes: [String]
    }

    public func render(_ project: Project, portfolio: PortfolioAnalysis,
                       staticFiles: [String: [UInt8]] = [:]) -> Result {
        let asOf = portfolio.asOf
        let config = project.config
        var pages: [(path: String, template: String, context: Any)] = [
            (PortfolioPage.path, "portfolio", PortfolioPage(portfolio: portfolio, config: config)),
            (PeopleIndexPage.path, "people", PeopleIndexPage(portfolio: portfolio, config: config)),
            (PlaybookIndexPage.path, "playbooks", PlaybookIndexPage(project: project, asOf: asOf)),
            (ReviewIndexPage.path, "reviews", ReviewIndexPage(project: project, asOf: asOf)),
            (NotFoundPage.path, "404", NotFoundPage(project: project, asOf: asOf)),
        ]
        pages += portfolio.accounts.map {
            (AccountPage.path($0.account), "account", AccountPage(analysis: $0, project: project, asOf: asOf))
        }
        pages += portfolio.managers.map {
            (PersonPage.path($0), "person", PersonPage(manager: $0, portfolio: portfolio, config: config))
        }
        pages.append((PackPage.path, "pack", PackPage(project: project, portfolio: portfolio, manager: nil)))
        pages += portfolio.managers.map {
            (PackPage.path(manager: $0), "pack", PackPage(project: project, portfolio: portfolio, manager: $0))
        }
        pages += project.playbooks.map {
            (PlaybookPage.path($0), "playbook", PlaybookPage(playbook: $0, project: project, asOf: asOf))
        }
        pages += project.reviews.map {
            (ReviewPage.path($0), "review", ReviewPage(review: $0, project: project))
        }

        var diagnostics: [Diagnostic] = []
        var files: [SiteFile] = []
        for page in pages {
            guard let html = theme.render(page.template, page.context) else {
                diagnostics.append(.error("templates/\(page.template)\(Theme.templateExtension)",
                                          "template not found, needed for \(page.path)"))
                continue
            }
            files.append(SiteFile(path: page.path, text: html))
        }
        files.append(SiteFile(path: SiteLinks.portfolioJSON, text: PortfolioJSON(portfolio: portfolio, config: config).encoded()))
        var notes: [String] = []
        if let baseURL = config.baseURL {
            let feed = ReviewFeed(project: project, portfolio: portfolio, baseURL: baseURL)
            if let xml = theme.render("feed", feed) {
                files.append(SiteFile(path: ReviewFeed.path, text: xml))
            }
        } else if !project.reviews.isEmpty {
            notes.append("reviews/feed.xml skipped: an Atom feed needs absolute links; set base_url in lynchpin.yml.")
        }
        files += theme.assets.map { SiteFile(path: $0.path, text: $0.text) }

        let generated = Set(files.map(\.path))
        for (path, bytes) in staticFiles.sorted(by: { $0.key < $1.key }) {
            if generated.contains(path) {
                diagnostics.append(.error("content/static/\(path)",
                                          "expected a path Lynchpin does not generate, found \(path), which it does; rename the file"))
            } else {
                files.append(SiteFile(path: path, bytes: bytes))
            }
        }
        return Result(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics, notes: notes)
    }
}
