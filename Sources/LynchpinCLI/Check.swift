import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDomain

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

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let items: [[String: Any]] = diagnostics.map { d in
            var item: [String: Any] = ["severity": d.severity.rawValue, "file": d.file, "message": d.message]
            if let line = d.line { item["line"] = line }
            if let column = d.column { item["column"] = column }
            if let field = d.field { item["field"] = field }
            return item
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
