import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDisk

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from lynchpin.yml, content/ and templates/.",
        discussion: """
        Reads the project in the source folder and writes a static site. The site is built \
        in a temporary folder and swapped in only when every file is written: a build with \
        errors reports all of them and leaves the previous site exactly as it was.

        Exit status: 0 when the site was built, 1 when the build found errors, 2 when it \
        found only warnings and --strict was given, 64 for a command-line mistake.
        """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the site; replaced whole. (default: <source>/site)", valueName: "dir"))
    var output: String?

    @Flag(help: "Also print the executive packs and every plan to <output>/pdf/ with a headless Chromium or Chrome.")
    var pdf = false

    @Option(help: ArgumentHelp("The browser that prints --pdf. (default: the first of chromium, google-chrome, … on PATH)", valueName: "path"))
    var browser: String?

    @Flag(name: .shortAndLong, help: "Print only problems: no progress, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the time each build phase took.")
    var verbose = false

    @Option(help: ArgumentHelp("While another build writes the same site, wait this many seconds for it before giving up.", valueName: "seconds"))
    var wait: Double = 60

    @Flag(help: "Give up at once if another build is writing the same site.")
    var noWait = false

    func validate() throws {
        if wait < 0 { throw ValidationError("--wait: expected a number of seconds, 0 or more, found \(wait)") }
    }

    func run() throws {
        let console = BuildConsole(location: project.location, quiet: quiet, verbose: verbose, limit: project.problemLimit)
        var options = project.buildOptions(output: output)
        options.waitForLock = noWait ? 0 : wait
        if pdf || browser != nil { options.pdf = PDFRequest(browser: browser.map { absolute($0, from: CurrentFolder.path) }) }
        var builder = SiteBuilder(progress: console.progress)
        builder.endsProcess = true
        let report = builder.build(options)
        console.print(report)
        if let code = statusCode(for: report, strict: project.strict) { throw code }
    }
}
