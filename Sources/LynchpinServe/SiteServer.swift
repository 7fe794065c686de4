import Foundation
import LynchpinOutput
import LynchpinViews

/// An HTTP server for a `LiveSite`, on 127.0.0.1 unless told otherwise: pages with the
/// live-reload script, a status endpoint for it, and 404 for everything else.
public struct SiteServer: Sendable {
    public let site: LiveSite
    public let port: UInt16
    /// The IPv4 or IPv6 address to listen on.
    public let address: String
    public let limits: ServeLimits

    public init(site: LiveSite, port: UInt16, address: String = "127.0.0.1", limits: ServeLimits = .standard) {
        self.site = site
        self.port = port
        self.address = address
        self.limits = limits
    }

    /// Whether only this machine can reach `address`: 127.0.0.0/8 or ::1. Anything else
    /// serves the plans to whoever can reach the machine, with no access control.
    public static func isLoopback(_ address: String) -> Bool {
        address == "::1" || address.hasPrefix("127.")
    }

    /// Whether `address` is a numeric IPv4 or IPv6 address.
    public static func isValid(_ address: String) -> Bool {
        SocketAddress(address, port: 0) != nil
    }

    /// Starts listening; returns the listener and the port it got (useful with port 0).
    public func start() throws -> (HTTPListener, UInt16) {
        let site = site
        let listener = try HTTPListener(address: address, port: port, limits: limits) { head in
            Self.answer(head.target, ifNoneMatch: head.headers["if-none-match"], site: site)
        }
        return (listener, listener.port)
    }

    /// A page's answer: 304 when the browser already has these bytes (its If-None-Match names
    /// their ETag); HEAD is told apart later, when only the headers are sent.
    static func answer(_ path: String, ifNoneMatch: String?, site: LiveSite) -> ServeResponse {
        var full = answer(path, site: site)
        guard full.status == 200 else { return full }
        let tag = ETag.of(full.body)
        full.headers["ETag"] = tag
        if let ifNoneMatch, ETag.matches(ifNoneMatch, tag) {
            return ServeResponse(status: 304, headers: full.headers)
        }
        return full
    }

    static func answer(_ path: String, site: LiveSite) -> ServeResponse {
        if path == LiveReload.statusPath {
            var status = JSONWriter(compact: true)
            status.object { json in
                json.key("problems")
                json.array(site.problems) { json, problem in json.string(problem) }
                json.field("version", site.version)
            }
            return ServeResponse(status: 200, headers: ["Content-Type": "application/json", "Cache-Control": "no-store"],
                                 body: status.bytes)
        }
        switch site.lookup(path) {
        case let .file(filePath, bytes):
            let type = ContentType.of(filePath)
            let body = type.hasPrefix("text/html") ? LiveReload.inject(into: bytes) : bytes
            // no-cache, not no-store: the browser keeps the page and asks again each time,
            // and an unchanged page comes back as 304 with its ETag.
            return ServeResponse(status: 200, headers: ["Content-Type": type, "Cache-Control": "no-cache"], body: body)
        case let .notFound(page):
            let body = page.map(LiveReload.inject(into:)) ?? Array("Not found".utf8)
            return ServeResponse(status: 404, headers: ["Content-Type": page == nil ? "text/plain" : "text/html; charset=utf-8"],
                                 body: body)
        }
    }
}

/// The Content-Type of a site file, by its extension.
enum ContentType {
    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/atom+xml", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "ico": "image/x-icon", "txt": "text/plain; charset=utf-8",
        "pdf": "application/pdf", "woff2": "font/woff2", "eml": "message/rfc822",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    static func of(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }
}

/// Strong entity tags from the bytes served: FNV-1a, 64 bits, in hex.
enum ETag {
    static func of(_ bytes: [UInt8]) -> String {
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
