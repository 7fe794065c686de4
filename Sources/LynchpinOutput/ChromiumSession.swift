import Foundation
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

    public init(browser: String) throws {
        // A browser that dies mid-write must be an error here, not the end of the build.
        signal(SIGPIPE, SIG_IGN)
        profile = NSTemporaryDirectory() + "lynchpin-chromium-\(getpid())-\(UUID().uuidString)"
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
        try? FileManager.default.removeItem(atPath: profile)
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
        var ids: [Int] = []
        for command in commands {
            nextID += 1
            ids.append(nextID)
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
        }
        var replies: [Int: [String: Any]] = [:]
        while replies.count < ids.count {
            let reply = try readMessage()
            guard let id = reply["id"] as? Int, ids.contains(id) else { continue }
            if let error = reply["error"] as? [String: Any] {
                let method = commands[ids.firstIndex(of: id)!].method
                throw Failure(description: "\(method): \(error["message"] as? String ?? "failed")")
            }
            replies[id] = reply["result"] as? [String: Any] ?? [:]
        }
        return ids.map { replies[$0]! }
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

    /// Prints pages (`file://` or `http://` addresses) to PDF bytes, `together` at a time in
    /// tabs of their own: each loaded, its fonts ready, printed at its CSS page size with a
    /// document outline from its headings and tags for assistive technology.
    public func printPDFs(urls: [String], together: Int = 3, each: (Int, Result<[UInt8], Failure>) -> Void) throws {
        var start = 0
        while start < urls.count {
            let batch = Array(urls[start..<min(start + together, urls.count)])
            let targets = try call(batch.map { _ in Command(method: "Target.createTarget", params: ["url": "about:blank"]) })
                .map { $0["targetId"] as? String ?? "" }
            defer { _ = try? call(targets.map { Command(method: "Target.closeTarget", params: ["targetId": $0]) }) }
            let sessions = try call(targets.map { Command(method: "Target.attachToTarget", params: ["targetId": $0, "flatten": true]) })
                .map { $0["sessionId"] as? String }
            let open = zip(batch.indices, sessions).compactMap { index, session in session.map { (index, $0) } }
            _ = try call(open.map { Command(method: "Page.navigate", params: ["url": batch[$0.0]], session: $0.1) })
            _ = try call(open.map { _, session in
                Command(method: "Runtime.evaluate", params: [
                    "expression": "new Promise(r => document.readyState === 'complete' ? r() : addEventListener('load', () => r())).then(() => document.fonts.ready).then(() => 1)",
                    "awaitPromise": true,
                ], session: session)
            })
            let printed = try call(open.map { _, session in
                Command(method: "Page.printToPDF", params: [
                    "printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false,
                    "generateDocumentOutline": true, "generateTaggedPDF": true,
                ], session: session)
            })
            for ((index, _), result) in zip(open, printed) {
                if let text = result["data"] as? String, let data = Data(base64Encoded: text) {
                    each(start + index, .success(Array(data)))
                } else {
                    each(start + index, .failure(Failure(description: "no PDF came back for \(batch[index])")))
                }
            }
            start += batch.count
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
