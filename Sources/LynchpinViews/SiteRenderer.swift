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
        // View models are made inside the jobs, so that making them runs in parallel too.
        var jobs: [PageJob] = [
            PageJob(PortfolioPage.path, "portfolio") { PortfolioPage(portfolio: portfolio, config: config) },
            PageJob(PeopleIndexPage.path, "people") { PeopleIndexPage(portfolio: portfolio, config: config) },
            PageJob(PlaybookIndexPage.path, "playbooks") { PlaybookIndexPage(project: project, asOf: asOf) },
            PageJob(ReviewIndexPage.path, "reviews") { ReviewIndexPage(project: project, asOf: asOf) },
            PageJob(NotFoundPage.path, "404") { NotFoundPage(project: project, asOf: asOf) },
        ]
        jobs += portfolio.accounts.map { analysis in
            PageJob(AccountPage.path(analysis.account), "account") {
                AccountPage(analysis: analysis, project: project, asOf: asOf)
            }
        }
        jobs += portfolio.managers.map { manager in
            PageJob(PersonPage.path(manager), "person") { PersonPage(manager: manager, portfolio: portfolio, config: config) }
        }
        jobs += project.playbooks.map { playbook in
            PageJob(PlaybookPage.path(playbook), "playbook") { PlaybookPage(playbook: playbook, project: project, asOf: asOf) }
        }
        jobs += project.reviews.map { review in
            PageJob(ReviewPage.path(review), "review") { ReviewPage(review: review, project: project, portfolio: portfolio) }
        }
        // Each plan is rendered once for the packs and shared by the portfolio's pack and its
        // manager's pack, which sit at the same depth so the same relative links work in both.
        let packed = portfolio.accounts.filter { $0.account.status == .active }
        let sectionJobs = packed.map { analysis in
            PageJob(analysis.account.id, "pack-section") { PackPage.Section(analysis: analysis, project: project, asOf: asOf) }
        }

        var diagnostics: [Diagnostic] = []
        var files: [SiteFile] = []
        let rendered = ParallelRenderer(theme: theme).render(jobs + sectionJobs)
        var sections: [String: String] = [:]
        for (job, output) in zip(jobs + sectionJobs, rendered) {
            guard let output else {
                diagnostics.append(.error("templates/\(job.template)\(Theme.templateExtension)",
                                          "template not found, needed for \(job.path)"))
                continue
            }
            if job.template == "pack-section" { sections[job.path] = output } else { files.append(SiteFile(path: job.path, text: output)) }
        }
        let renderedSections = sections
        let packs = [PageJob(PackPage.path, "pack") {
            PackPage(project: project, portfolio: portfolio, manager: nil, sections: renderedSections)
        }] + portfolio.managers.map { manager in
            PageJob(PackPage.path(manager: manager), "pack") {
                PackPage(project: project, portfolio: portfolio, manager: manager, sections: renderedSections)
            }
        }
        for (job, output) in zip(packs, ParallelRenderer(theme: theme).render(packs)) {
            guard let output else {
                diagnostics.append(.error("templates/pack\(Theme.templateExtension)", "template not found, needed for \(job.path)"))
                continue
            }
            files.append(SiteFile(path: job.path, text: output))
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
