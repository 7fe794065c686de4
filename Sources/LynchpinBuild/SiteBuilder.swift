import Foundation
import LynchpinDisk
import LynchpinDomain
import LynchpinLoad
import LynchpinOutput
import LynchpinSite

/// A build as a flat list of steps (`BuildStep.site`): check output, lock, load, theme,
/// analyse, render, write. A step that
/// finds errors stops the build before anything is written, so the previous site stays as
/// it was. `check` and `serve` run the same steps without the last one.
public struct SiteBuilder: Sendable {
    public var reader: ContentReader
    public var io: FileIO
    /// Told when each step starts (the step, its number, how many there are), for a progress line.
    public var progress: (@Sendable (BuildStep, Int, Int) -> Void)?
    /// Files, parses and analyses kept between builds of the same project (`serve`); nil
    /// reads and works out everything.
    public var memory: BuildMemory?
    /// Whether the process ends right after this build (`lynchpin build`): then the site's
    /// model is left for the system to reclaim, as compilers do (clang's `-disable-free`),
    /// instead of freed object by object on one core (0.15 s at 10,000 accounts).
    public var endsProcess = false

    public init(reader: ContentReader = .disk, io: FileIO = .disk, memory: BuildMemory? = nil,
                progress: (@Sendable (BuildStep, Int, Int) -> Void)? = nil) {
        self.reader = reader
        self.io = io
        self.memory = memory
        self.progress = progress
    }

    /// The site's files ready to be made on request, or the report of why there are none.
    public struct Prepared: Sendable {
        public var pages: SitePages?
        public var report: BuildReport
    }

    /// Every step up to rendering, without rendering: what `serve` redoes after an edit.
    public func prepare(_ options: BuildOptions) -> Prepared {
        var run = StepRun(options: options, progress: progress)
        let pages = run.prepare(reader: reader, memory: memory)
        return Prepared(pages: pages, report: run.finish())
    }

    public func build(_ options: BuildOptions) -> BuildReport {
        var run = StepRun(options: options, progress: progress)
        let problem = run.step(.checkOutput) { OutputGuard.check(output: options.output, location: options.location) }
        if let problem {
            _ = run.stop(.checkOutput, [problem])
            return run.finish()
        }
        // Two builds of one site must not interleave: the second waits, or gives up naming the first.
        let lock: BuildLock
        do {
            lock = try run.step(.lock) { try BuildLock(output: options.output, wait: options.waitForLock) }
        } catch {
            _ = run.stop(.lock, [.error(options.location.display(options.output), "\(error)")])
            return run.finish()
        }
        defer { withExtendedLifetime(lock) {} }
        guard let pages = run.prepare(reader: reader, memory: memory, previousSite: options.output) else { return run.finish() }
        let writer = SiteWriter(io: io, keepsSpare: true)
        let stage: SiteWriter.StagedSite
        do {
            stage = try writer.begin(options.output)
        } catch {
            _ = run.stop(.write, [.error(options.location.display(options.output), "the site was not replaced: \(error)")])
            return run.finish()
        }
        do {
            // Pages go to the staging folder as their batch is rendered: render and write overlap.
            try run.step(.render) {
                try pages.render(into: stage)
            }
            // A manager's pack is known by its page before anything is printed; asked once each.
            let packs = options.pdf == nil ? [:] : Dictionary(pages.paths.compactMap { path in pages.packPlans(at: path).map { (path, $0) } },
                                                              uniquingKeysWith: { first, _ in first })
            let printing = options.pdf.map {
                PDFStep(request: $0, paths: pages.paths, previous: options.output, author: pages.organization, baseURL: pages.baseURL,
                        numberedPack: { pages.numberedPack(at: $0, pages: $1, contentsOnly: $2, total: $3)?.bytes },
                        packPlans: { packs[$0] }, pdfPath: { pages.pdf(forPage: $0) }, io: io)
            }
            var notes: [String] = []
            try run.step(.write) {
                let publication = try stage.commit(finishing: printing.map { step in { staging in notes = step.run(in: staging) } })
                if publication == .twoRenames {
                    notes.append("The site was replaced by two renames (this system or file system cannot exchange two folders in one step), so for a moment there was no site at \(options.location.display(options.output)).")
                }
            }
            run.report.notes += notes
            run.report.fileCount = pages.paths.count
            if endsProcess { _ = Unmanaged.passRetained(pages) }
        } catch {
            stage.abandon()
            _ = run.stop(.write, [.error(options.location.display(options.output), "the site was not replaced: \(error)")])
        }
        return run.finish()
    }
}

/// One run through the steps: the report so far and the time each step took.
private struct StepRun {
    let options: BuildOptions
    let progress: (@Sendable (BuildStep, Int, Int) -> Void)?
    var report: BuildReport
    var clock = PhaseClock()

    init(options: BuildOptions, progress: (@Sendable (BuildStep, Int, Int) -> Void)?) {
        self.options = options
        self.progress = progress
        report = BuildReport(output: options.output)
    }

    /// Keeps a step's problems; true when they stop the build.
    mutating func stop(_ step: BuildStep, _ problems: [Diagnostic]) -> Bool {
        report.diagnostics += problems
        let failing = problems.hasErrors || (options.strict && !problems.isEmpty)
        if failing { report.failedStep = step }
        return failing
    }

    mutating func step<T>(_ step: BuildStep, _ body: () throws -> T) rethrows -> T {
        progress?(step, (BuildStep.site.firstIndex(of: step) ?? 0) + 1, BuildStep.site.count)
        return try clock.time(step, body)
    }

    /// - Parameter previousSite: the site this build replaces, whose workbook is kept when
    ///   its figures are the same (`TableFingerprint`); nil for none (`check`, `serve`).
    mutating func prepare(reader: ContentReader, memory: BuildMemory?, previousSite: String? = nil) -> SitePages? {
        let location = options.location
        let (loaded, loadProblems) = step(.load) { ProjectLoader(reader: reader, cache: memory?.files).load(location) }
        guard !stop(.load, loadProblems), let loaded else { return nil }

        let (overrides, themeProblems) = step(.theme) {
            ThemeOverrides.make(files: loaded.templates, templatesFolder: location.display(location.templatesFolder))
        }
        guard !stop(.theme, themeProblems), let overrides else { return nil }

        let asOf = options.asOf ?? loaded.project.referenceDate(today: options.today)
        report.referenceDate = asOf
        let project = loaded.project.asItStood(on: asOf)
        let portfolio = step(.analyse) {
            memory?.analyse(project, asOf: asOf) ?? PortfolioAnalysis(project: project, asOf: asOf)
        }
        let consistency = ConsistencyChecks.warnings(project: loaded.project, asOf: asOf, index: portfolio.index)
        guard !stop(.analyse, portfolio.warnings + consistency) else { return nil }

        // The packs link their PDFs only when there will be PDFs: asked for, and a browser found.
        let printsPDFs = options.pdf.map { request in (try? PDFStep.printer(for: request).get()) != nil } ?? false
        // The last workbook, with what its figures added up to, to keep if they still do.
        let previousWorkbook = previousSite.flatMap { site -> (fingerprint: String, bytes: [UInt8])? in
            guard let bytes = try? reader.read(site + "/" + SiteRenderer.workbookPath),
                  let keywords = WorkbookKeywords.read(bytes, reader: reader) else { return nil }
            return (keywords, bytes)
        }
        var renderer = SiteRenderer(overrides: overrides, documents: loaded.documents, printsPDFs: printsPDFs)
        renderer.previousWorkbook = previousWorkbook
        let pages = renderer.pages(project, portfolio: portfolio, staticFiles: loaded.staticFiles)
        report.notes += pages.notes
        guard !stop(.render, pages.diagnostics) else { return nil }
        report.pageCount = pages.paths.filter { $0.hasSuffix(".html") }.count
        return pages
    }

    func finish() -> BuildReport {
        var report = report
        report.phases = clock.phases
        return report
    }
}

/// Wall-clock time per step, for `--verbose` and the benchmark.
struct PhaseClock {
    private(set) var phases: [BuildReport.Phase] = []

    mutating func time<T>(_ step: BuildStep, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            phases.append(BuildReport.Phase(step: step, seconds: seconds))
        }
        return try body()
    }
}
