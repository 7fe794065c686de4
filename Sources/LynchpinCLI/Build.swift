import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDomain
import LynchpinLoad

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from lynchpin.yml, content/ and templates/.",
        discussion: """
        Reads the project in the source folder and writes a static site. The site is built \
        in a temporary folder and swapped in only when every file is written: a build with \
        errors reports all of them and leaves the previous site exactly as it was.

        Exit status: 0 when the site was built, 1 when the build found errors (or warnings \
        with --strict), 64 for a command-line mistake.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The project folder.", valueName: "dir"))
    var source: String = "."

    @Option(help: ArgumentHelp("The configuration file. (default: <source>/lynchpin.yml)", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The content folder. (default: <source>/content)", valueName: "dir"))
    var content: String?

    @Option(help: ArgumentHelp("The folder of template overrides. (default: <source>/templates)", valueName: "dir"))
    var templates: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the site; replaced whole. (default: <source>/site)", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Build the site as it stood on this date (YYYY-MM-DD): later scorecard weeks and reviews are left out. Overrides as_of in lynchpin.yml.", valueName: "date"))
    var asOf: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only problems, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the time each build phase took.")
    var verbose = false

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of: expected a date as YYYY-MM-DD, found '\(asOf)'")
        }
    }

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let root = absolute(source, from: cwd)
        let location = ProjectLocation(root: root, configFile: config.map { absolute($0, from: cwd) },
                                       contentFolder: content.map { absolute($0, from: cwd) },
                                       templatesFolder: templates.map { absolute($0, from: cwd) })
        let options = BuildOptions(location: location, output: output.map { absolute($0, from: cwd) },
                                   today: Self.today(), strict: strict, asOf: asOf.flatMap(Day.init(iso:)))
        let report = BuildPipeline().build(options)
        let console = BuildConsole(location: location, quiet: quiet, verbose: verbose)
        console.print(report)
        if !report.succeeded { throw ExitCode(1) }
    }

    static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

func absolute(_ path: String, from cwd: String) -> String {
    let full = path.hasPrefix("/") ? path : cwd + "/" + path
    return URL(fileURLWithPath: full).standardizedFileURL.path
}
