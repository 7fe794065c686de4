import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDomain
import LynchpinViews

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and validate the project; write nothing.",
        discussion: """
        Prints every problem as 'path:line:col: error|warning: message', the form editors \
        and CI annotate, or as JSON with --format json.

        Exit status: 0 when clean (or only warnings), 1 when there are errors, 2 when there \
        are only warnings and --strict was given, 64 for a command-line mistake.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var project: ProjectOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let report = SiteBuilder().prepare(project.buildOptions(output: nil)).report
        switch format {
        case .text:
            for line in project.problemLimit.lines(for: report.diagnostics) { print(line) }
            let errors = report.diagnostics.errors.count
            let warnings = report.diagnostics.warnings.count
            FileHandle.standardError.write(Data((errors + warnings == 0
                ? "No problems found.\n" : "\(plural(errors, "error")), \(plural(warnings, "warning")).\n").utf8))
        case .json:
            print(Self.json(report.diagnostics))
        }
        if let code = statusCode(for: report, strict: project.strict) { throw code }
    }

    /// Every problem as an object with its keys sorted; a place it does not have is left out.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        var json = JSONWriter()
        json.array(diagnostics) { json, d in
            json.object { json in
                if let column = d.column { json.field("column", column) }
                if let field = d.field { json.field("field", field) }
                json.field("file", d.file)
                if let line = d.line { json.field("line", line) }
                json.field("message", d.message)
                json.field("severity", d.severity.rawValue)
            }
        }
        return json.text
    }
}
