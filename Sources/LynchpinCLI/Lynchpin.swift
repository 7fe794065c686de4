import ArgumentParser

@main
struct Lynchpin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lynchpin",
        abstract: "Publish key account plans, scorecards and weekly reviews as a static website.",
        version: "0.1.0",
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}
