import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDisk

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new project: lynchpin.yml, an example account, playbook, scorecard week and review.",
        discussion: "Uses the built-in theme (no templates/ folder). Refuses a folder that has files unless --force, which adds only the files that are missing."
    )

    @Argument(help: ArgumentHelp("The folder to create the project in.", valueName: "dir"))
    var folder: String = "."

    @Flag(help: "Write into a folder that already has files, without overwriting any of them.")
    var force = false

    func run() throws {
        let path = absolute(folder, from: CurrentFolder.path)
        do {
            let (written, skipped) = try Scaffold().initProject(in: path, today: today(), force: force)
            for file in written { print("  created \(file)") }
            for file in skipped { print("  kept    \(file) (already there)") }
            let cd = folder == "." ? "" : "cd \(folder) && "
            print("New Lynchpin project in \(path).\nNext: \(cd)lynchpin serve   (or lynchpin build)")
        } catch let problem as Scaffold.Failure {
            throw failure(problem.description)
        }
    }
}
