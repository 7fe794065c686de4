import Foundation
import LynchpinConcurrency
import LynchpinDomain
import LynchpinMarkdown
import LynchpinOutput
import LynchpinTheme
import LynchpinViews

/// Turns a project into the pages of its site: every file by path, each with a job that
/// makes it for exactly that place. Nothing rendered is rewritten afterwards. A plan's page
/// is written once: a manager's pack links the plans, and `build --pdf` assembles its PDF
/// from theirs.
public struct SiteRenderer: Sendable {
    public var overrides: ThemeOverrides
    /// Renders the project's Markdown where it is shown; nil makes one from the settings.
    public var documents: DocumentRenderer?
    /// Whether the build prints PDFs, so the packs link to theirs.
    public var printsPDFs: Bool
    /// The workbook the replaced site has, and what its figures add up to: kept when this
    /// build's add up the same, rather than compressed again.
    public var previousWorkbook: (fingerprint: String, bytes: [UInt8])?
    /// Where the workbook goes.
    public static let workbookPath = SiteLinks.portfolioWorkbook

    public init(overrides: ThemeOverrides = .none, documents: DocumentRenderer? = nil, printsPDFs: Bool = false) {
        self.overrides = overrides
        self.documents = documents
        self.printsPDFs = printsPDFs
    }

    /// Every kind of page and file the site has, each in its file under `Pages/`: adding a
    /// kind is a file there, a line here, and a function of the theme.
    static let kinds: [any PageRoutes.Type] = [
        DashboardRoutes.self, PeopleIndexRoutes.self, SelectionRoutes.self, NotFoundRoutes.self, DataFileRoutes.self,
        PlaybookIndexRoutes.self, PlaybookRoutes.self, ReviewIndexRoutes.self, ReviewRoutes.self, FeedRoutes.self, ReviewMailRoutes.self,
        AccountRoutes.self, PackRoutes.self,
    ]

    /// The templates a project may override, from the kinds above.
    static let templates: [PageKind] = kinds.flatMap { $0.templates }

    public func pages(_ project: Project, portfolio: PortfolioAnalysis, staticFiles: [String: [UInt8]] = [:]) -> SitePages {
        // View models are made inside the jobs, so making them runs on every core too. The
        // jobs share one reference to the inputs: ten thousand closures each holding its
        // own copy of the project, the portfolio and an account's analysis were 20 MB.
        let inputs = SiteInputs(project: project, portfolio: portfolio,
                                documents: documents ?? DocumentRenderer(config: project.config), printsPDFs: printsPDFs,
                                previousWorkbook: previousWorkbook)
        var notes: [String] = []
        var pages = Self.kinds.flatMap { $0.jobs(inputs, notes: &notes) }
        for (path, bytes) in overrides.assets { pages.append(.bytes(path) { bytes }) }

        var diagnostics: [Diagnostic] = []
        let generated = Set(pages.map(\.path))
        for (path, bytes) in staticFiles.sorted(by: { $0.key < $1.key }) {
            if generated.contains(path) {
                diagnostics.append(.error("content/static/\(path)",
                                          "expected a path Lynchpin does not generate, found \(path), which it does; rename the file"))
            } else {
                pages.append(.bytes(path) { bytes })
            }
        }
        return SitePages(overrides: overrides, inputs: inputs, jobs: pages, diagnostics: diagnostics, notes: notes,
                        organization: project.config.organization)
    }
}

/// What every job of a site's pages reads, held once.
final class SiteInputs: Sendable {
    let project: Project
    let portfolio: PortfolioAnalysis
    /// Every page renders Markdown through this one, which holds the load's HTML.
    let documents: DocumentRenderer
    var config: SiteConfig { project.config }
    var asOf: Day { portfolio.asOf }
    /// Each scorecard week a review compares, worked out once for all of them.
    let reviewWeeks: ReviewWeeks
    /// Each review's changes, worked out once for its page, the feed and its e-mail.
    private let deltas = Memo<Day, ReviewDelta>()
    /// Whether the build prints PDFs.
    let printsPDFs: Bool
    /// The replaced site's workbook and its fingerprint (`SiteRenderer.previousWorkbook`).
    let previousWorkbook: (fingerprint: String, bytes: [UInt8])?

    init(project: Project, portfolio: PortfolioAnalysis, documents: DocumentRenderer, printsPDFs: Bool = false,
         previousWorkbook: (fingerprint: String, bytes: [UInt8])? = nil) {
        self.printsPDFs = printsPDFs
        self.previousWorkbook = previousWorkbook
        self.project = project
        self.portfolio = portfolio
        self.documents = documents
        // The dashboard's "Since last week" reads the weeks as of the site's date too.
        reviewWeeks = ReviewWeeks(project: project, index: portfolio.index, dashboard: portfolio.asOf)
    }

    /// A review's changes since the scorecard week before it (`ReviewDelta`), made once.
    func delta(of review: Review) -> ReviewDelta {
        deltas.value(review.date) { ReviewDelta(review: review, project: project, weeks: reviewWeeks) }
    }
}

/// The files of a site, by path, each made on request: `build` renders them all on every
/// core, `serve` only the pages a browser asks for.
public final class SitePages: Sendable {
    struct Job: Sendable {
        enum Content {
            case page(PageModel)
            case bytes([UInt8])
            /// A file that can be long, written by a function that hands its finished part
            /// to a `PageSpill` when given one (`portfolio.json`).
            case written((PageSpill?) -> [UInt8])
            /// A file that could not be made, and why: it fails the build.
            case failed(String)
        }

        let path: String
        let make: @Sendable () -> Content
        /// A page that grows with the portfolio: started first, so that no core is left
        /// waiting for it at the end of the build.
        var isLong = false

        var long: Job {
            var job = self
            job.isLong = true
            return job
        }

        init(path: String, make: @escaping @Sendable () -> Content) {
            self.path = path
            self.make = make
        }

        static func page(_ path: String, _ model: @escaping @Sendable () -> PageModel) -> Job {
            Job(path: path) { .page(model()) }
        }


        static func bytes(_ path: String, _ bytes: @escaping @Sendable () -> [UInt8]) -> Job {
            Job(path: path) { .bytes(bytes()) }
        }

        static func written(_ path: String, _ write: @escaping @Sendable (PageSpill?) -> [UInt8]) -> Job {
            Job(path: path) { .written(write) }
        }

        /// A file a library makes that can fail (the workbook, through a temporary file): a
        /// failure fails the build, naming the file, rather than leave it out.
        static func fallible(_ path: String, _ bytes: @escaping @Sendable () throws -> [UInt8]) -> Job {
            Job(path: path) {
                do { return .bytes(try bytes()) } catch { return .failed("\(path): \(error)") }
            }
        }
    }

    /// Every path of the site, sorted.
    public let paths: [String]
    public let diagnostics: [Diagnostic]
    public let notes: [String]
    /// The project's `organization`: the author of its printed PDFs.
    public let organization: String
    private let overrides: ThemeOverrides
    private let jobs: [String: Job]
    /// What the pages are made from, for the customer editions made beside them.
    private let inputs: SiteInputs

    init(overrides: ThemeOverrides, inputs: SiteInputs, jobs: [Job], diagnostics: [Diagnostic], notes: [String], organization: String) {
        self.organization = organization
        self.overrides = overrides
        self.inputs = inputs
        self.jobs = Dictionary(jobs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.diagnostics = diagnostics
        self.notes = notes
        paths = self.jobs.keys.sorted()
    }

    /// The customer editions of the named accounts, from the same project and analysis as
    /// the site's pages (`lynchpin share`); accounts the project does not have are left out.
    public func editions(of accountIDs: [String]) -> [ShareRoutes.Edition] {
        ShareRoutes.editions(accountIDs, inputs: inputs)
    }

    /// The site's address (`base_url`), for what is read away from the site.
    public var baseURL: String? { inputs.config.baseURL }

    /// The project's accounts, by id: for checking the accounts a command names.
    public var accountIDs: [String] { inputs.project.accounts.map(\.id) }

    /// One file, made now; nil for a path the site does not have or could not make.
    public func file(at path: String) -> SiteFile? {
        jobs[path].flatMap(make)
    }

    /// A file that could not be made.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A pack made again for printing, its contents numbered with the pages a first print
    /// put each part on; nil for a path that is not a pack.
    /// - Parameter total: the pages of the whole printed pack, when this print is part of it.
    public func numberedPack(at path: String, pages: [String: Int], contentsOnly: Bool = false, total: Int? = nil) -> SiteFile? {
        guard let job = jobs[path], case .page(let model) = job.make(), let pack = model.data as? PackPage else { return nil }
        return file(path, .page(PackRoutes.model(pack.numbered(pages, contentsOnly: contentsOnly, total: total))))
    }

    /// The plans a manager's pack links, by account id and title, in its order: the parts
    /// its PDF is assembled from. nil for a path that is not such a pack.
    public func packPlans(at path: String) -> [(id: String, title: String)]? {
        guard jobs[path] != nil, let manager = inputs.portfolio.managers.first(where: { PackPage.path(manager: $0) == path }) else {
            return nil
        }
        return PackPage.planOrder(manager, in: inputs.portfolio).map { ($0.account.id, $0.account.name) }
    }

    /// The PDF `build --pdf` prints a page to (`SiteLinks.pdf(forPage:)`).
    public func pdf(forPage path: String) -> String? { SiteLinks.pdf(forPage: path) }

    /// `lynchpin theme data`: which kind of page a path is and the data its template
    /// receives, as JSON; nil for a path that is not a page.
    public func templateData(at path: String) -> (kind: PageKind, json: String)? {
        guard let job = jobs[path], case .page(let model) = job.make() else { return nil }
        return (model.kind, PlainData.json(model.data))
    }

    /// Every file, sorted by path, held in memory: for tests and small sites.
    public func renderAll() -> [SiteFile] {
        paths.concurrentMap(chunk: 2) { self.make(self.jobs[$0]!) }.compactMap { $0 }
    }

    /// Every file, each written into the staged site by the worker that made it, so writing
    /// overlaps rendering on every core. The pages that grow with the portfolio (the
    /// executive pack, the dashboard, the selection page, `portfolio.json`, the workbook)
    /// are written as they are made, and go first, so that the small pages even out the end:
    /// each worker takes the next job when it is done with one, so none waits for another's
    /// long page. After a write fails, no job starts.
    /// - Parameter spillAfter: how many bytes of a long page are collected before they are
    ///   written.
    public func render(into site: SiteWriter.StagedSite, spillAfter: Int = 1 << 20) throws {
        let queue = paths.filter { jobs[$0]!.isLong } + paths.filter { !jobs[$0]!.isLong }
        let failure = FirstFailure()
        // Dispatch hands out the indices in order, one at a time, to whichever worker is free.
        DispatchQueue.concurrentPerform(iterations: queue.count) { index in
            guard !failure.happened else { return }
            do {
                try self.write(self.jobs[queue[index]]!, into: site, spillAfter: spillAfter)
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
    }

    /// The first error of the workers, handed back to the caller.
    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var first: Error?

        var happened: Bool { lock.withLock { first != nil } }
        var error: Error? { lock.withLock { first } }

        func record(_ error: Error) {
            lock.withLock { if first == nil { first = error } }
        }
    }

    private func write(_ job: Job, into site: SiteWriter.StagedSite, spillAfter: Int) throws {
        let content = job.make()
        let write: (PageSpill?) -> [UInt8]
        switch content {
        case .page(let model) where !overrides.overrides(model.kind):
            write = { model.builtIn(self.overrides.slots(for: model.chrome), spill: $0).bytes }
        case .written(let body):
            write = body
        case .failed(let why):
            throw Failure(description: why)
        default:
            return try site.add(file(job.path, content)!)
        }
        var stream: SiteWriter.StreamedFile?
        let spill = PageSpill(threshold: spillAfter) { bytes in
            if stream == nil { stream = try site.stream(job.path) }
            try stream?.append(bytes)
        }
        let bytes = write(spill)
        if let error = spill.error { throw error }
        if let stream {
            try stream.finish(bytes)
        } else {
            try site.add(SiteFile(path: job.path, bytes: bytes))
        }
    }

    private func make(_ job: Job) -> SiteFile? {
        file(job.path, job.make())
    }

    private func file(_ path: String, _ content: Job.Content) -> SiteFile? {
        switch content {
        case .failed:
            return nil
        case .bytes(let bytes):
            return SiteFile(path: path, bytes: bytes)
        case .written(let write):
            return SiteFile(path: path, bytes: write(nil))
        case .page(let model):
            let html = overrides.overrides(model.kind)
                ? overrides.render(model.kind, data: PlainData.of(model.data))
                : model.builtIn(overrides.slots(for: model.chrome))
            return SiteFile(path: path, bytes: html.bytes)
        }
    }
}
