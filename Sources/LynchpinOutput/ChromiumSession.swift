import Foundation
import LynchpinDisk
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One headless Chromium for many prints, driven through the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: commands in on fd 3, replies out on fd 4, each a JSON text
/// ended by a NUL byte). Starting the browser is most of what one print costs, so a build's
/// PDFs share one.
public final class ChromiumSession {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var nextID = 0
    private var buffer: [UInt8] = []
    private let profile: String
    /// The door through which the scratch profile is removed.
    private let io: FileIO

    public init(browser: String, io: FileIO = .disk) throws {
        self.io = io
        // A browser that dies mid-write must be an error here, not the end of the build.
        signal(SIGPIPE, SIG_IGN)
        profile = TemporaryFile.path(named: "lynchpin-chromium")
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "cannot make a pipe to \(browser)") }
        for fd in toBrowser + fromBrowser { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [browser, "--headless", "--disable-gpu", "--no-sandbox", "--disable-extensions",
                         "--no-first-run", "--no-default-browser-check", "--remote-debugging-pipe",
                         "--user-data-dir=" + profile, "about:blank"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, browser, &actions, nil, &argv, environ)
        closeDescriptor(toBrowser[0])
        closeDescriptor(fromBrowser[1])
        guard status == 0 else {
            closeDescriptor(toBrowser[1])
            closeDescriptor(fromBrowser[0])
            throw Failure(description: "cannot start \(browser): \(String(cString: strerror(status)))")
        }
        pid = child
        input = toBrowser[1]
        output = fromBrowser[0]
    }

    deinit { close() }

    /// Ends the browser; its scratch profile goes with it.
    public func close() {
        guard input >= 0 else { return }
        _ = try? send("Browser.close")
        closeDescriptor(input)
        closeDescriptor(output)
        input = -1
        output = -1
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? io.remove(profile)
    }

    struct Command {
        var method: String
        var params: [String: Any] = [:]
        var session: String?
    }

    /// Sends one command and waits for its reply, skipping events on the way.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil) throws -> [String: Any] {
        try call([Command(method: method, params: params, session: session)])[0]
    }

    /// Sends every command, then waits for all their replies: the tabs work side by side.
    func call(_ commands: [Command]) throws -> [[String: Any]] {
        let ids = try commands.map(post)
        var replies: [Int: [String: Any]] = [:]
        while replies.count < ids.count {
            let (id, result) = try nextReply()
            guard let position = ids.firstIndex(of: id) else { continue }
            replies[id] = try result.mapError { Failure(description: "\(commands[position].method): \($0.description)") }.get()
        }
        return ids.map { replies[$0]! }
    }

    /// Writes one command and returns its id without waiting for the reply.
    private func post(_ command: Command) throws -> Int {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": command.method, "params": command.params]
        if let session = command.session { message["sessionId"] = session }
        var bytes = Array(try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser stopped reading (\(command.method))") }
            written += count
        }
        return nextID
    }

    /// The next reply to a command, events skipped.
    private func nextReply() throws -> (Int, Result<[String: Any], Failure>) {
        while true {
            let message = try readMessage()
            guard let id = message["id"] as? Int else { continue }
            if let error = message["error"] as? [String: Any] {
                return (id, .failure(Failure(description: error["message"] as? String ?? "failed")))
            }
            return (id, .success(message["result"] as? [String: Any] ?? [:]))
        }
    }

    private func readMessage() throws -> [String: Any] {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            }
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser ended") }
            buffer += chunk[..<count]
        }
    }

    /// Prints pages (`file://` or `http://` addresses) to PDF bytes in `together` tabs, each
    /// tab taking the next page as soon as it is done, so a long pack does not hold the
    /// others back: each page loaded, its fonts ready, printed at its CSS page size with a
    /// document outline from its headings and tags for assistive technology. `each` gets
    /// every result by the index of its address, while the tab goes on to the next page, and
    /// may hand back more addresses to print (pages made from what the prints so far
    /// showed): they are printed next, take the indexes after every address so far, and
    /// come back to `each` too. `tagged` says whether a page's PDF is tagged: a print whose
    /// tags would be thrown away need not be made with them (a sixth of a print's time).
    public func printPDFs(urls: [String], together: Int = 3, tagged: (String) -> Bool = { _ in true },
                          each: (Int, Result<[UInt8], Failure>) -> [String]) throws {
        guard !urls.isEmpty else { return }
        var waiting = Array(urls.enumerated().map { (index: $0.offset, url: $0.element) }.reversed())
        var indexes = urls.count
        let targets = try call((0..<min(together, urls.count)).map { _ in Command(method: "Target.createTarget", params: ["url": "about:blank"]) })
            .map { $0["targetId"] as? String ?? "" }
        defer { _ = try? call(targets.map { Command(method: "Target.closeTarget", params: ["targetId": $0]) }) }
        let tabs = try call(targets.map { Command(method: "Target.attachToTarget", params: ["targetId": $0, "flatten": true]) })
            .compactMap { $0["sessionId"] as? String }

        enum Stage { case navigate, load, print }
        var running: [Int: (tab: String, stage: Stage, index: Int, url: String)] = [:]
        var idle: [String] = []
        func start(_ tab: String) throws {
            guard let job = waiting.popLast() else { return idle.append(tab) }
            running[try post(Command(method: "Page.navigate", params: ["url": job.url], session: tab))] = (tab, .navigate, job.index, job.url)
        }
        func finish(_ job: (tab: String, stage: Stage, index: Int, url: String), _ result: Result<[UInt8], Failure>) throws {
            // The browser lays out the next page while `each` works on this one.
            try start(job.tab)
            let more = each(job.index, result)
            // Next out of `waiting` is its last: the first handed back goes last.
            for (offset, url) in more.enumerated().reversed() { waiting.append((indexes + offset, url)) }
            indexes += more.count
            while !waiting.isEmpty, let tab = idle.popLast() { try start(tab) }
        }
        for tab in tabs { try start(tab) }
        while !running.isEmpty {
            let (id, reply) = try nextReply()
            guard let job = running.removeValue(forKey: id) else { continue }
            let result: [String: Any]
            switch reply {
            case .success(let value): result = value
            case .failure(let failure):
                try finish(job, .failure(Failure(description: "\(job.url): \(failure.description)")))
                continue
            }
            switch job.stage {
            case .navigate:
                if let error = result["errorText"] as? String {
                    try finish(job, .failure(Failure(description: "\(job.url): \(error)")))
                    continue
                }
                running[try post(Command(method: "Runtime.evaluate", params: [
                    "expression": "new Promise(r => document.readyState === 'complete' ? r() : addEventListener('load', () => r())).then(() => document.fonts.ready).then(() => 1)",
                    "awaitPromise": true,
                ], session: job.tab))] = (job.tab, .load, job.index, job.url)
            case .load:
                running[try post(Command(method: "Page.printToPDF", params: [
                    "printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false,
                    "generateDocumentOutline": true, "generateTaggedPDF": tagged(job.url),
                ], session: job.tab))] = (job.tab, .print, job.index, job.url)
            case .print:
                if let text = result["data"] as? String, let data = Data(base64Encoded: text) {
                    try finish(job, .success(Array(data)))
                } else {
                    try finish(job, .failure(Failure(description: "no PDF came back for \(job.url)")))
                }
            }
        }
    }
}

private func closeDescriptor(_ fd: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(fd)
    #else
    _ = Darwin.close(fd)
    #endif
}
