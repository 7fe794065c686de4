import Foundation
import LynchpinBuild
import LynchpinDomain
import LynchpinLoad
import LynchpinAllocator

/// How a build reports to a person: problems on standard error, one line of summary on
/// standard output.
struct BuildConsole {
    let location: ProjectLocation
    let quiet: Bool
    let verbose: Bool
    let limit: ProblemLimit

    /// On a terminal, one line that names the step being run; nothing when output is piped.
    var progress: (@Sendable (BuildStep, Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { step, number, count in
            FileHandle.standardError.write(Data("\r\u{1B}[2K[\(number)/\(count)] \(step.name)…".utf8))
        }
    }

    func print(_ report: BuildReport) {
        if progress != nil { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        let lines = limit.lines(for: report.diagnostics)
        if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
        let errors = report.diagnostics.errors.count
        let warnings = report.diagnostics.warnings.count
        if !report.succeeded {
            let counts = [plural(errors, "error"), plural(warnings, "warning")].filter { !$0.hasPrefix("0 ") }
            let what = counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"
            FileHandle.standardError.write(Data(
                "Build failed at \(report.failedStep?.name ?? "?")\(what); \(location.display(report.output))/ was left as it was.\n".utf8))
            return
        }
        if verbose {
            for phase in report.phases {
                Swift.print(String(format: "  %-12@ %7.3f s", phase.name as NSString, phase.seconds))
            }
            Swift.print("  memory allocator: \(String(cString: lynchpin_allocator()))")
        }
        guard !quiet else { return }
        for note in report.notes { Swift.print("Note: \(note)") }
        let total = report.phases.reduce(0) { $0 + $1.seconds }
        let asOf = report.referenceDate.map { " as of \($0)" } ?? ""
        let shown = location.display(report.output)
        Swift.print("Built \(plural(report.pageCount, "page")) (\(plural(report.fileCount, "file")))\(asOf) in \(String(format: "%.2f", total)) s\(warnings > 0 ? ", \(plural(warnings, "warning"))" : "").")
        Swift.print("Site: \(shown)/  open \(shown)/index.html in a browser, or serve the folder with any web server.")
    }

}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
