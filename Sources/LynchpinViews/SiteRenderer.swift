import Foundation
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

    /// Every file of the site, rendered on all cores.
    public func render(_ project: Project, portfolio: PortfolioAnalysis,
                       staticFiles: [String: [UInt8]] = [:]) -> Result {
        let plan = plan(project, portfolio: portfolio, staticFiles: staticFiles)
        return Result(files: plan.renderAll(), diagnostics: plan.diagnostics, notes: plan.notes)
    }

    /// The site's files, each made only when asked for: `serve` renders a page when a
    /// browser requests it instead of rendering the whole site after every edit.
    public func plan(_ project: Project, portfolio: PortfolioAnalysis, staticFiles: [String: [UInt8]] = [:]) -> SitePlan {
        let asOf = portfolio.asOf
        let config = project.config
        // View models are made inside the jobs, so that making them runs in parallel too.
        var pages: [PageJob] = [
            PageJob(PortfolioPage.path, "portfolio") { PortfolioPage(portfolio: portfolio, config: config) },
            PageJob(PeopleIndexPage.path, "people") { PeopleIndexPage(portfolio: portfolio, config: config) },
            PageJob(PlaybookIndexPage.path, "playbooks") { PlaybookIndexPage(project: project, asOf: asOf) },
            PageJob(ReviewIndexPage.path, "reviews") { ReviewIndexPage(project: project, asOf: asOf) },
            PageJob(NotFoundPage.path, "404") { NotFoundPage(project: project, asOf: asOf) },
        ]
        pages += portfolio.managers.map { manager in
            PageJob(PersonPage.path(manager), "person") { PersonPage(manager: manager, portfolio: portfolio, config: config) }
        }
        pages += project.playbooks.map { playbook in
            PageJob(PlaybookPage.path(playbook), "playbook") { PlaybookPage(playbook: playbook, project: project, asOf: asOf) }
        }
        pages += project.reviews.map { review in
            PageJob(ReviewPage.path(review), "review") { ReviewPage(review: review, project: project, portfolio: portfolio) }
        }
        var notes: [String] = []
        if let baseURL = config.baseURL {
            pages.append(PageJob(ReviewFeed.path, "feed") { ReviewFeed(project: project, portfolio: portfolio, baseURL: baseURL) })
        } else if !project.reviews.isEmpty {
            notes.append("reviews/feed.xml skipped: an Atom feed needs absolute links; set base_url in lynchpin.yml.")
        }
        // Each plan is rendered once and placed on its own page and in the packs.
        let plans = portfolio.accounts.map { analysis in
            SitePlan.AccountJob(
                id: analysis.account.id, path: AccountPage.path(analysis.account),
                isActive: analysis.account.status == .active,
                plan: PageJob(analysis.account.id, "plan") { AccountPage(analysis: analysis, project: project, asOf: asOf) },
                shell: { plan in AccountShell(analysis: analysis, project: project, asOf: asOf, plan: plan) })
        }
        let packs: [SitePlan.PackJob] = [
            SitePlan.PackJob(path: PackPage.path) { rendered in
                PackPage(project: project, portfolio: portfolio, manager: nil, sections: rendered)
            },
        ] + portfolio.managers.map { manager in
            SitePlan.PackJob(path: PackPage.path(manager: manager)) { rendered in
                PackPage(project: project, portfolio: portfolio, manager: manager, sections: rendered)
            }
        }
        pages.append(PageJob(SiteLinks.portfolioJSON, "") { PortfolioJSON(portfolio: portfolio, config: config) })
        var constants: [String: [UInt8]] = [:]
        for asset in theme.assets { constants[asset.path] = Array(asset.text.utf8) }

        var diagnostics: [Diagnostic] = []
        let generated = Set(pages.map(\.path) + plans.map(\.path) + packs.map(\.path) + constants.keys)
        for (path, bytes) in staticFiles.sorted(by: { $0.key < $1.key }) {
            if generated.contains(path) {
                diagnostics.append(.error("content/static/\(path)",
                                          "expected a path Lynchpin does not generate, found \(path), which it does; rename the file"))
            } else {
                constants[path] = bytes
            }
        }
        return SitePlan(theme: theme, pages: pages, accounts: plans, packs: packs, constants: constants,
                        diagnostics: diagnostics, notes: notes)
    }
}

/// The files of a site, by path, each rendered on request and at most once.
public final class SitePlan: @unchecked Sendable {
    struct PackJob: Sendable {
        let path: String
        let context: @Sendable ([String: String]) -> Any
    }

    /// An account's plan (rendered once) and its own page around it.
    struct AccountJob: Sendable {
        let id: String
        let path: String
        let isActive: Bool
        let plan: PageJob
        let shell: @Sendable (String) -> AccountShell
    }

    public let paths: [String]
    public let diagnostics: [Diagnostic]
    public let notes: [String]
    private let theme: Theme
    private let pages: [String: PageJob]
    private let accounts: [AccountJob]
    private let accountsByPath: [String: AccountJob]
    private let packs: [String: PackJob]
    private let constants: [String: [UInt8]]
    private let lock = NSLock()
    /// Active accounts' plans with their links made relative to the packs (`print/*.html`,
    /// all one level down), kept once made: every pack needs them.
    private var packPlans: [String: String] = [:]
    private static let packLinks = SiteLinks(pagePath: PackPage.path)

    init(theme: Theme, pages: [PageJob], accounts: [AccountJob], packs: [PackJob], constants: [String: [UInt8]],
         diagnostics: [Diagnostic], notes: [String]) {
        self.theme = theme
        self.pages = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.accounts = accounts
        accountsByPath = Dictionary(uniqueKeysWithValues: accounts.map { ($0.path, $0) })
        self.packs = Dictionary(uniqueKeysWithValues: packs.map { ($0.path, $0) })
        self.constants = constants
        self.diagnostics = diagnostics
        self.notes = notes
        paths = (Array(self.pages.keys) + accounts.map(\.path) + Array(self.packs.keys) + Array(constants.keys)).sorted()
    }

    /// One file, rendered now; nil for a path the site does not have.
    public func file(at path: String) -> SiteFile? {
        if let bytes = constants[path] { return SiteFile(path: path, bytes: bytes) }
        if let page = pages[path] { return Self.make(page, theme: theme) }
        if let account = accountsByPath[path] { return accountPage(account, plan: plans(for: [account])[0]) }
        if let pack = packs[path] { return SiteFile(path: path, text: packParts(pack).joined()) }
        return nil
    }

    /// Every file, rendered on all cores, sorted by path.
    public func renderAll() -> [SiteFile] {
        var files: [SiteFile] = []
        render(into: { files.append($0) }, parts: { path, texts in files.append(SiteFile(path: path, text: texts.joined())) })
        return files.sorted { $0.path < $1.path }
    }

    /// Every file, rendered on all cores a batch at a time and handed on as soon as its batch
    /// is done, so a large site is never held in memory whole. Packs come as pieces that
    /// share the plans rendered for the accounts' own pages.
    public func render(into file: (SiteFile) throws -> Void, parts: (String, [String]) throws -> Void) rethrows {
        let theme = theme
        let batch = 256
        let ordered = pages.values.sorted { $0.path < $1.path }
        for start in stride(from: 0, to: ordered.count, by: batch) {
            let made = Array(ordered[start..<min(ordered.count, start + batch)]).concurrentMap { Self.make($0, theme: theme) }
            for page in made { try file(page) }
        }
        for start in stride(from: 0, to: accounts.count, by: batch) {
            let group = Array(accounts[start..<min(accounts.count, start + batch)])
            let rendered = plans(for: group)
            let made = Array(zip(group, rendered)).concurrentMap { self.accountPage($0.0, plan: $0.1) }
            for page in made { try file(page) }
        }
        for (path, bytes) in constants.sorted(by: { $0.key < $1.key }) { try file(SiteFile(path: path, bytes: bytes)) }
        // The packs' own templates (cover, contents, dashboard) render side by side; their
        // pieces point at the shared plans, so holding them all costs little.
        let packList = packs.values.sorted { $0.path < $1.path }
        let pieces = packList.concurrentMap(chunk: 1) { self.packParts($0) }
        for (pack, texts) in zip(packList, pieces) { try parts(pack.path, texts) }
    }

    private func accountPage(_ account: AccountJob, plan: String) -> SiteFile {
        let html = SiteLinks(pagePath: account.path).resolving(plan)
        return SiteFile(path: account.path, text: theme.render("account", account.shell(html)) ?? "")
    }

    /// A page through its template; `portfolio.json` (no template) through its encoder.
    private static func make(_ page: PageJob, theme: Theme) -> SiteFile {
        if let json = page.context() as? PortfolioJSON { return SiteFile(path: page.path, text: json.encoded()) }
        // Every template a page names is in the built-in theme, which overrides cannot remove.
        return SiteFile(path: page.path, text: theme.render(page.template, page.context()) ?? "")
    }

    /// The plans of these accounts, rendered on all cores, links still on the root token.
    /// Active accounts' plans are also kept, resolved for the packs.
    private func plans(for wanted: [AccountJob]) -> [String] {
        let theme = theme
        let rendered = wanted.concurrentMap { theme.render($0.plan.template, $0.plan.context()) ?? "" }
        let forPacks = zip(wanted, rendered).filter { $0.0.isActive }
            .map { ($0.0.id, Self.packLinks.resolving($0.1)) }
        lock.lock()
        for (id, html) in forPacks { packPlans[id] = html }
        lock.unlock()
        return rendered
    }

    /// Every active account's plan as the packs show it, rendering those not made yet.
    private func plansForPacks() -> [String: String] {
        lock.lock()
        let missing = accounts.filter { $0.isActive && packPlans[$0.id] == nil }
        lock.unlock()
        if !missing.isEmpty { _ = plans(for: missing) }
        lock.lock()
        defer { lock.unlock() }
        return packPlans
    }

    /// A pack rendered around markers, then cut at them so the shared plans go in as they are.
    private func packParts(_ pack: PackJob) -> [String] {
        let sections = plansForPacks()
        let markers = sections.keys.reduce(into: [String: String]()) { $0[PackPage.marker(for: $1)] = $1 }
        let html = theme.render("pack", pack.context(sections)) ?? ""
        var texts: [String] = []
        var rest = html[...]
        while let open = rest.range(of: PackPage.markerPrefix) {
            guard let close = rest[open.upperBound...].range(of: PackPage.markerSuffix) else { break }
            let marker = String(rest[open.lowerBound..<close.upperBound])
            texts.append(String(rest[..<open.lowerBound]))
            if let id = markers[marker], let plan = sections[id] {
                texts.append(plan)
            } else {
                texts.append(marker)
            }
            rest = rest[close.upperBound...]
        }
        texts.append(String(rest))
        return texts
    }
}
