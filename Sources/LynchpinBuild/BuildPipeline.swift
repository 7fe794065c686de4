import Foundation
import LynchpinDomain
import LynchpinLoad
import LynchpinOutput
import LynchpinViews

/// A build as a flat list of named steps: load, theme, analyse, render, write. A step that finds
/// errors stops the build before anything is written, so the previous site stays as it was.
public struct BuildPipeline: Sendable {
    public var reader: ContentReader
    public var io: FileIO

    public init(reader: ContentReader = .disk, io: FileIO = .disk) {
        self.reader = reader
        self.io = io
    }

    public func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport(output: options.output)
        var clock = PhaseClock()

        func stop(_ step: String, _ problems: [Diagnostic]) -> Bool {
            report.diagnostics += problems
            let failing = problems.hasErrors || (options.strict && !problems.isEmpty)
            if failing { report.failedStep = step }
            return failing
        }

        if let problem = OutputGuard.check(output: options.output, location: options.location) {
            _ = stop("check output", [problem])
            return report
        }

        let (loaded, loadProblems) = clock.time("load") { ProjectLoader(reader: reader).load(options.location) }
        if stop("load", loadProblems) { report.phases = clock.phases; return report }
        guard let loaded else { return report }

        let templatesFolder = options.location.display(options.location.templatesFolder)
        let (theme, themeProblems) = clock.time("theme") {
            Theme.make(overrides: loaded.templates, templatesFolder: templatesFolder)
        }
        if stop("theme", themeProblems) { report.phases = clock.phases; return report }
        guard let theme else { return report }

        let asOf = options.asOf ?? loaded.project.referenceDate(today: options.today)
        report.referenceDate = asOf
        let project = loaded.project.asItStood(on: asOf)
        let portfolio = clock.time("analyse") { PortfolioAnalysis(project: project, asOf: asOf) }
        if stop("analyse", portfolio.warnings) { report.phases = clock.phases; return report }
        let rendered = clock.time("render") {
            SiteRenderer(theme: theme).render(project, portfolio: portfolio, staticFiles: loaded.staticFiles)
        }
        report.notes += rendered.notes
        let files = rendered.files
        if stop("render", rendered.diagnostics) { report.phases = clock.phases; return report }

        do {
            try clock.time("write") { try SiteWriter(io: io).write(files, to: options.output) }
            report.fileCount = files.count
            report.pageCount = files.filter { $0.path.hasSuffix(".html") }.count
        } catch {
            _ = stop("write", [.error(options.location.display(options.output), "the site was not replaced: \(error)")])
        }
        report.phases = clock.phases
        return report
    }
}

/// Wall-clock time per named phase, for `--verbose` and the benchmark.
struct PhaseClock {
    private(set) var phases: [BuildReport.Phase] = []

    mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            phases.append(BuildReport.Phase(name: name, seconds: seconds))
        }
        return try body()
    }
}
