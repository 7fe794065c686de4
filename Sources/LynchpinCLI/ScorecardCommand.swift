import ArgumentParser
import Foundation
import LynchpinDisk
import LynchpinDomain
import LynchpinLoad
import LynchpinOutput

/// `lynchpin scorecard template`: the weekly form.
struct ScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Work with the weekly scorecard.",
        subcommands: [Template.self]
    )

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the form for a week's actuals: every active account's measures, what each is held against, and empty Actual and Note columns.",
            discussion: """
            Fill in Actual (and Note where there is something to say), then put the file in \
            content/scorecards/: a workbook under any name, a CSV as <week>.csv. A row left \
            without an actual is no figure for that measure this week.

            lynchpin scorecard template                      -> scorecard-<week>.xlsx, the week after the newest on record
            lynchpin scorecard template --week 2026-12-04 --format csv   -> 2026-12-04.csv
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case xlsx, csv }

        @OptionGroup var project: ProjectOptions

        @Option(help: ArgumentHelp("The week (YYYY-MM-DD). (default: a week after the newest on record)", valueName: "date"))
        var week: String?

        @Option(help: "xlsx (a workbook) or csv.")
        var format: Format = .xlsx

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it. (default: scorecard-<week>.xlsx, or <week>.csv)", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the file if it exists.")
        var force = false

        func validate() throws {
            if let week, Day(iso: week) == nil {
                throw ValidationError("--week: expected a date as YYYY-MM-DD, found '\(week)'")
            }
        }

        func run() throws {
            let (loaded, diagnostics) = ProjectLoader(reader: .disk).load(project.location)
            for line in project.problemLimit.lines(for: diagnostics) { print(line) }
            guard let loaded else { throw ExitCode(1) }
            let today = today()
            let day = week.flatMap { Day(iso: $0) } ?? ScorecardTemplate.defaultWeek(project: loaded.project, today: today)
            let template = ScorecardTemplate(project: loaded.project, week: day)
            let path = output ?? (format == .xlsx ? "scorecard-\(day).xlsx" : "\(day).csv")
            if !force, FileIO.disk.fileExists(path) {
                FileHandle.standardError.write(Data("\(path): exists; pass --force to replace it, or -o another file\n".utf8))
                throw ExitCode(1)
            }
            let table = SpreadsheetFile.Table(template)
            do {
                switch format {
                case .xlsx: try SpreadsheetFile.writeXLSX(table, to: path)
                case .csv: try SpreadsheetFile.writeCSV(table, to: path)
                }
            } catch {
                FileHandle.standardError.write(Data("\(error.description)\n".utf8))
                throw ExitCode(1)
            }
            let accounts = Set(template.rows.map(\.accountID)).count
            let destination = format == .xlsx ? "content/scorecards/ (any name)" : "content/scorecards/\(day).csv"
            print("Wrote \(path): \(template.rows.count) measures of \(accounts) active accounts for the week \(day). Fill in Actual, then put it in \(destination).")
        }
    }
}
