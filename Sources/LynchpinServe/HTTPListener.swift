import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on POSIX sockets: one thread accepts, one thread serves each
/// connection, and every wait has a deadline (`ServeLimits`). It is ours rather than a
/// package's because the limits are the point: the HTTP packages available here either read
/// request heads without bound and time out only the handler (FlyingFox), or would add
/// minutes of SwiftNIO to every clean build for a preview server (Hummingbird).
public final class HTTPListener: @unchecked Sendable {
    public let port: UInt16
    private let socket: Int32
    private let limits: ServeLimits
    private let handler: @Sendable (RequestHead) -> ServeResponse
    private let lock = NSLock()
    private var connections = 0
    private var stopped = false

    struct SocketError: Error, CustomStringConvertible {
        let description: String
        init(_ call: String, _ address: String, _ port: UInt16) {
            description = "\(call) on \(address) port \(port): \(String(cString: strerror(errno)))"
        }
    }

    init(address: String, port: UInt16, limits: ServeLimits, handler: @escaping @Sendable (RequestHead) -> ServeResponse) throws {
        self.limits = limits
        self.handler = handler
        guard let bound = SocketAddress(address, port: port) else { throw SocketError("parsing the address", address, port) }
        let fd = Glue.socket(bound.family)
        guard fd >= 0 else { throw SocketError("socket", address, port) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bound.bind(fd) == 0, listen(fd, 1024) == 0 else {
            let error = SocketError("listening", address, port)
            close(fd)
            throw error
        }
        socket = fd
        self.port = SocketAddress.port(of: fd) ?? port
        let accepting = Thread { [self] in acceptLoop() }
        accepting.name = "lynchpin-serve-accept"
        accepting.start()
    }

    /// Stops accepting; connections under way finish their current answer.
    public func stop() {
        lock.withLock { stopped = true }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 {
                if lock.withLock({ stopped }) { return }
                // Out of descriptors (EMFILE) or an aborted handshake: wait a moment, go on.
                usleep(errno == EINTR || errno == ECONNABORTED ? 0 : 10_000)
                continue
            }
            let admitted = lock.withLock {
                guard connections < limits.maxConnections else { return false }
                connections += 1
                return true
            }
            guard admitted else {
                _ = Glue.send(client, ServeResponse.refusal(503).encoded(keepAlive: false), until: Clock.now + 1)
                close(client)
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
                lock.withLock { connections -= 1 }
            }
            // Each thread only parses a head and waits for an answer; the rendering happens
            // on Swift's own threads, so a small stack does.
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        Glue.noSignalOnWrite(client)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var idleSince = Clock.now
        var headStarted: Double?
        while true {
            switch RequestHead.parse(buffer, limits: limits) {
            case let .refused(status):
                refuse(client, ServeResponse.refusal(status))
                return
            case let .head(head, length):
                buffer.removeFirst(length)
                var response: ServeResponse
                if head.method == "GET" || head.method == "HEAD" {
                    response = handler(head)
                    response.omitsBody = head.method == "HEAD"
                } else {
                    response = .refusal(405)
                    response.headers["Allow"] = "GET, HEAD"
                }
                if response.status == 405 {
                    refuse(client, response)
                    return
                }
                let keepAlive = head.keepsAlive
                guard Glue.send(client, response.encoded(keepAlive: keepAlive), until: Clock.now + limits.writeSeconds),
                      keepAlive else { return }
                idleSince = Clock.now
                headStarted = buffer.isEmpty ? nil : idleSince
            case .incomplete:
                let deadline = headStarted.map { $0 + limits.headSeconds } ?? idleSince + limits.idleSeconds
                switch Glue.receive(client, into: &chunk, until: deadline) {
                case let .bytes(count):
                    // A wake-up with nothing to read does not start a request's clock.
                    guard count > 0 else { continue }
                    if headStarted == nil { headStarted = Clock.now }
                    buffer.append(contentsOf: chunk[..<count])
                case .timedOut:
                    // A client in the middle of a request hears why; an idle one is just closed.
                    if headStarted != nil { refuse(client, .refusal(408)) }
                    return
                case .closed:
                    return
                }
            }
        }
    }
}

extension HTTPListener {
    /// Sends a refusal and closes gently: closing with the client's bytes still unread
    /// would reset the connection and could destroy the answer before the client reads it,
    /// so the rest of what it sends is read and dropped for up to a second first.
    private func refuse(_ client: Int32, _ response: ServeResponse) {
        guard Glue.send(client, response.encoded(keepAlive: false), until: Clock.now + limits.writeSeconds) else { return }
        shutdown(client, Int32(SHUT_WR))
        var sink = [UInt8](repeating: 0, count: 16 * 1024)
        let deadline = Clock.now + 1
        while case .bytes = Glue.receive(client, into: &sink, until: deadline) {}
    }
}

/// Seconds on a clock that only goes forward.
enum Clock {
    static var now: Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// The socket calls, with the platform differences kept in one place.
enum Glue {
    static func socket(_ family: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.socket(family, Int32(SOCK_STREAM.rawValue), 0)
        #else
        Darwin.socket(family, SOCK_STREAM, 0)
        #endif
    }

    static func noSignalOnWrite(_ fd: Int32) {
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Milliseconds left until `deadline`, for poll.
    private static func remaining(_ deadline: Double) -> Int32 {
        Int32(max(0, min(Double(Int32.max), (deadline - Clock.now) * 1000)).rounded(.up))
    }

    /// Waits for `fd` to be ready for `events`; false when the deadline passed or it failed.
    private static func wait(_ fd: Int32, _ events: Int16, until deadline: Double) -> Bool {
        while true {
            let left = remaining(deadline)
            if left == 0 { return false }
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&descriptor, 1, left)
            if ready > 0 { return true }
            if ready == 0 || errno != EINTR { return false }
        }
    }

    /// Writes all of `bytes` by the deadline; false if the client did not take them in time.
    static func send(_ fd: Int32, _ bytes: [UInt8], until deadline: Double) -> Bool {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL | MSG_DONTWAIT)
        #else
        let flags = MSG_DONTWAIT
        #endif
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.send(fd, raw.baseAddress! + sent, bytes.count - sent, flags)
                #else
                Darwin.send(fd, raw.baseAddress! + sent, bytes.count - sent, flags)
                #endif
            }
            if count > 0 { sent += count; continue }
            if count < 0, errno == EINTR { continue }
            guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK, wait(fd, Int16(POLLOUT), until: deadline) else { return false }
        }
        return true
    }

    enum Received { case bytes(Int), timedOut, closed }

    static func receive(_ fd: Int32, into buffer: inout [UInt8], until deadline: Double) -> Received {
        guard wait(fd, Int16(POLLIN), until: deadline) else { return Clock.now >= deadline ? .timedOut : .closed }
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count > 0 { return .bytes(count) }
        if count < 0, errno == EINTR || errno == EAGAIN { return .bytes(0) }
        return .closed
    }
}
