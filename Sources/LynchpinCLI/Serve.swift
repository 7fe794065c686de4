import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinDisk
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

    @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1 (only this machine) unless given; 0.0.0.0 or another address lets other machines read the site, which has no access control.", valueName: "address"))
    var bind = "127.0.0.1"

    func validate() throws {
        guard SiteServer.isValid(bind) else {
            throw ValidationError("--bind: expected a numeric IPv4 or IPv6 address such as 127.0.0.1 or ::1, found '\(bind)'")
        }
    }

    func run() async throws {
        let site = LiveSite()
        let options = project.buildOptions(output: nil)
        let preview = Preview(builder: SiteBuilder(memory: BuildMemory()), options: options, site: site,
                              watcher: ChangeWatcher(location: options.location), limit: project.problemLimit, log: say)
        let baseline = preview.fingerprint()
        await preview.rebuild(reason: nil)
        if !SiteServer.isLoopback(bind) {
            say("Warning: listening on \(bind): anyone who can reach this machine can read these account plans; serve has no access control.")
        }
        let (_, actualPort) = try SiteServer(site: site, port: port, address: bind).start()
        let host = bind.contains(":") ? "[\(bind)]" : bind
        say("Serving on http://\(host):\(actualPort)/  (Ctrl-C to stop)")
        try await preview.watch(since: baseline)
    }
}

/// A line on standard output, written at once (print buffers when output is not a terminal).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
