import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDomain
import LynchpinLoad
import LynchpinServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site in memory, serve it on 127.0.0.1 and rebuild on every change.",
        discussion: """
        Watches lynchpin.yml, content/ and templates/. Open pages reload after each rebuild; \
        a failed rebuild shows its problems in the page and here, and the last good site \
        keeps being served. The live-reload script exists only in served pages, never in \
        'lynchpin build' output. Stop with Ctrl-C.
        """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .shortAndLong, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 1313

    func run() async throws {
        let site = LiveSite()
        let options = project.buildOptions(output: nil)
        let preview = Preview(pipeline: BuildPipeline(memory: BuildMemory()), options: options, site: site,
                              watcher: ChangeWatcher(location: options.location), limit: project.problemLimit, log: say)
        let baseline = preview.fingerprint()
        await preview.rebuild(reason: nil)
        let (_, actualPort) = try await SiteServer(site: site, port: port).start()
        say("Serving on http://127.0.0.1:\(actualPort)/  (Ctrl-C to stop)")
        try await preview.watch(since: baseline)
    }
}

/// A line on standard output, written at once (print buffers when output is not a terminal).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
