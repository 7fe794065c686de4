import FlyingFox
import FlyingSocks
import Foundation
import LynchpinOutput

/// An HTTP server for a `LiveSite`, on 127.0.0.1 unless told otherwise: pages with the
/// live-reload script, a status endpoint for it, and 404 for everything else.
public struct SiteServer: Sendable {
    public let site: LiveSite
    public let port: UInt16
    /// The IPv4 or IPv6 address to listen on.
    public let address: String

    public init(site: LiveSite, port: UInt16, address: String = "127.0.0.1") {
        self.site = site
        self.port = port
        self.address = address
    }

    /// Whether only this machine can reach `address`: 127.0.0.0/8 or ::1. Anything else
    /// serves the plans to whoever can reach the machine, with no access control.
    public static func isLoopback(_ address: String) -> Bool {
        address == "::1" || address.hasPrefix("127.")
    }

    /// Whether `address` is a numeric IPv4 or IPv6 address.
    public static func isValid(_ address: String) -> Bool {
        (try? sockaddr_in.inet(ip4: address, port: 0)) != nil || (try? sockaddr_in6.inet6(ip6: address, port: 0)) != nil
    }

    /// Starts listening; returns the server and the port it got (useful with port 0).
    public func start() async throws -> (HTTPServer, UInt16) {
        let server: HTTPServer
        if address.contains(":") {
            server = HTTPServer(address: try sockaddr_in6.inet6(ip6: address, port: port), logger: .disabled)
        } else {
            server = HTTPServer(address: try sockaddr_in.inet(ip4: address, port: port), logger: .disabled)
        }
        let site = site
        await server.appendRoute("GET,HEAD *") { request in
            await Self.answer(request.path, method: request.method, ifNoneMatch: request.headers[.ifNoneMatch], site: site)
        }
        Task { try? await server.run() }
        try await server.waitUntilListening(timeout: 10)
        var actual = port
        switch await server.listeningAddress {
        case let .ip4(_, listening)?: actual = listening
        case let .ip6(_, listening)?: actual = listening
        default: break
        }
        return (server, actual)
    }

    /// A page's answer: 304 when the browser already has these bytes (its If-None-Match names
    /// their ETag), and for HEAD the same headers with no body.
    static func answer(_ path: String, method: HTTPMethod, ifNoneMatch: String?, site: LiveSite) async -> HTTPResponse {
        let full = await answer(path, site: site)
        guard full.statusCode == .ok, case .httpBody = full.payload, let body = try? await full.bodyData else { return full }
        let tag = ETag.of(body)
        var headers = full.headers
        headers[.eTag] = tag
        if let ifNoneMatch, ETag.matches(ifNoneMatch, tag) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        if method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: .ok, headers: headers)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    static func answer(_ path: String, site: LiveSite) async -> HTTPResponse {
        if path == LiveReload.statusPath {
            let status = ["version": await site.version as Any, "problems": await site.problems as Any]
            let data = (try? JSONSerialization.data(withJSONObject: status, options: [.sortedKeys])) ?? Data()
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: data)
        }
        switch await site.lookup(path) {
        case let .file(filePath, bytes):
            let type = ContentType.of(filePath)
            let body = type.hasPrefix("text/html") ? LiveReload.inject(into: bytes) : bytes
            // no-cache, not no-store: the browser keeps the page and asks again each time,
            // and an unchanged page comes back as 304 with its ETag.
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                                body: Data(body))
        case let .notFound(page):
            let body = page.map(LiveReload.inject(into:)) ?? Array("Not found".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: page == nil ? "text/plain" : "text/html; charset=utf-8"],
                                body: Data(body))
        }
    }
}

/// The Content-Type of a site file, by its extension.
enum ContentType {
    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/atom+xml", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "ico": "image/x-icon", "txt": "text/plain; charset=utf-8",
        "pdf": "application/pdf", "woff2": "font/woff2",
    ]

    static func of(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }
}

/// Strong entity tags from the bytes served: FNV-1a, 64 bits, in hex.
enum ETag {
    static func of(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// If-None-Match holds `*` or a comma-separated list of tags, weak ones prefixed `W/`.
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }
}
