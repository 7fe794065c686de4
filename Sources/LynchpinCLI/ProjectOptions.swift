import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDisk
import LynchpinDomain
import LynchpinLoad

/// Where the project is: shared by build, check and serve.
struct ProjectOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The project folder.", valueName: "dir"))
    var source: String = "."

    @Option(help: ArgumentHelp("The configuration file. (default: <source>/lynchpin.yml)", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The content folder. (default: <source>/content)", valueName: "dir"))
    var content: String?

    @Option(help: ArgumentHelp("The folder of template overrides. (default: <source>/templates)", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Build the site as it stood on this date (YYYY-MM-DD): later scorecard weeks and reviews are left out. Overrides as_of in lynchpin.yml.", valueName: "date"))
    var asOf: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("max-errors"),
            help: ArgumentHelp("Print at most this many problems, and at most 50 from one file, then how many more each file has; 0 prints all. (check --format json lists all.)", valueName: "n"))
    var maxErrors = ProblemLimit.standard.total

    var problemLimit: ProblemLimit { ProblemLimit(maxErrors: maxErrors) }

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of: expected a date as YYYY-MM-DD, found '\(asOf)'")
        }
    }

    var location: ProjectLocation {
        let cwd = CurrentFolder.path
        return ProjectLocation(root: absolute(source, from: cwd), configFile: config.map { absolute($0, from: cwd) },
                               contentFolder: content.map { absolute($0, from: cwd) },
                               templatesFolder: templates.map { absolute($0, from: cwd) })
    }

    func buildOptions(output: String?) -> BuildOptions {
        BuildOptions(location: location, output: output.map { absolute($0, from: CurrentFolder.path) },
                     today: today(), strict: strict, asOf: asOf.flatMap(Day.init(iso:)))
    }
}

func today() -> Day {
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
}

func absolute(_ path: String, from cwd: String) -> String {
    let full = path.hasPrefix("/") ? path : cwd + "/" + path
    return URL(fileURLWithPath: full).standardizedFileURL.path
}

/// 0 clean, 1 errors, 2 only warnings under --strict.
func statusCode(for report: BuildReport, strict: Bool) -> ExitCode? {
    if report.diagnostics.hasErrors { return ExitCode(1) }
    if !report.succeeded || (strict && !report.diagnostics.isEmpty) { return ExitCode(2) }
    return nil
}

/// Prints a failure the user can act on (no usage text: the command line was fine) and
/// gives the exit status for it.
func failure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    return ExitCode(1)
}
