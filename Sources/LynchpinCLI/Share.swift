import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDisk
import LynchpinOutput

/// `lynchpin share ACCOUNT…`: the customer edition of each plan.
struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the customer edition of each named account's plan: one HTML page and its PDF.",
        discussion: """
        The edition holds what is meant for the customer and nothing else: the joint \
        objectives (joint: true), the pilot with its milestones and both sides' owners, the \
        measures agreed with them (shared: true) and how we stand, the open joint actions, \
        and the narrative sections named under share.sections. Never our profit, revenue, \
        attractiveness, strength, quadrant, qualification, stances, relationship owners, \
        competitor ratings, internal actions, other accounts or source paths; nothing links \
        to the internal site. Each account's folder is replaced whole.

        lynchpin share meridian-freight            -> share/meridian-freight/index.html and meridian-freight.pdf
        lynchpin share meridian-freight vantage-pharma -o ~/Desktop/for-customers --no-pdf
        """
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The ids of the accounts (their file names in content/accounts/).", valueName: "account"))
    var accounts: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write <id>/ folders into. (default: <source>/share)", valueName: "dir"))
    var output: String?

    @Flag(help: "Write the HTML page only.")
    var noPdf = false

    @Option(help: ArgumentHelp("The browser that prints the PDF. (default: the first of chromium, google-chrome, … on PATH)", valueName: "path"))
    var browser: String?

    func validate() throws {
        if accounts.isEmpty { throw ValidationError("name at least one account, e.g. lynchpin share meridian-freight") }
    }

    func run() throws {
        let cwd = CurrentFolder.path
        let build = project.buildOptions(output: nil)
        let options = ShareBuilder.Options(location: build.location, accounts: accounts,
                                            output: output.map { absolute($0, from: cwd) }, today: build.today, asOf: build.asOf,
                                            pdf: noPdf ? nil : PDFRequest(browser: browser.map { absolute($0, from: cwd) }))
        let report = ShareBuilder().run(options)
        let lines = project.problemLimit.lines(for: report.diagnostics)
        if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
        if !report.succeeded {
            FileHandle.standardError.write(Data("Nothing shared: \(report.failedStep?.name ?? "?") failed; no folder was written.\n".utf8))
        }
        for note in report.notes { Swift.print(note) }
        if let code = statusCode(for: report, strict: project.strict) { throw code }
    }
}
