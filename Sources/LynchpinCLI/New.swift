import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDomain

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add an account, review or playbook file from a template. Never overwrites.",
        discussion: """
        lynchpin new account "Acme Logistics"      -> content/accounts/acme-logistics.md
        lynchpin new account "Łódź Rail"           -> content/accounts/lodz-rail.md
        lynchpin new account "東京物流" --id tokyo-logistics -> content/accounts/tokyo-logistics.md
        lynchpin new review [YYYY-MM-DD]           -> content/reviews/<date>.md (today by default), \
        with the attendees of the last review
        lynchpin new playbook "Weekly review"      -> content/playbooks/weekly-review.md
        """
    )

    @Argument(help: "What to add: account, review or playbook.")
    var kind: Kind

    @Argument(help: "The account name or playbook title; for a review, its date (default: today).")
    var name: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The project folder.", valueName: "dir"))
    var source: String = "."

    @Option(help: ArgumentHelp("The file's id (a-z, 0-9, '-'), instead of one made from the name: for names in scripts that do not turn into Latin letters.", valueName: "id"))
    var id: String?

    enum Kind: String, ExpressibleByArgument, CaseIterable { case account, review, playbook }

    func validate() throws {
        if kind == .review, let name, Day(iso: name) == nil {
            throw ValidationError("a review's date must be YYYY-MM-DD, found '\(name)'")
        }
    }

    func run() throws {
        let location = ProjectOptions.parseOrExit(["--source", source]).location
        let date = kind == .review ? name.flatMap(Day.init(iso:)) ?? today() : today()
        do {
            let path = try Scaffold().create(Scaffold.Kind(rawValue: kind.rawValue)!, name: kind == .review ? nil : name,
                                             id: id, date: date, location: location)
            print("Created \(location.display(path))")
        } catch let problem as Scaffold.Failure {
            throw failure(problem.description)
        }
    }
}
