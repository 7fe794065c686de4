import ArgumentParser

@main
struct Lynchpin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lynchpin",
        abstract: "Publish key account plans, scorecards and weekly reviews as a static website.",
        discussion: """
        Start with 'lynchpin init demo', then 'cd demo' and 'lynchpin serve' for a live preview.

        Exit status of build and check: 0 when clean (warnings are reported but do not fail), \
        1 when there are errors, 2 when there are only warnings and --strict was given; 64 for \
        a command-line mistake.
        """,
        version: "0.2.0",
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, ScorecardCommand.self, Share.self, Theme.self],
        defaultSubcommand: Build.self
    )
}
