import FlyingFox
import FlyingSocks
import Foundation
import LynchpinOutput

/// An HTTP server on 127.0.0.1 for a `LiveSite`: pages with the live-reload script, a
/// status endpoint for it, and 404 for everything else.
public struct SiteServer: Sendable {
    public let site: LiveSite
    public let port: UInt16

    public init(site: LiveSite, port: UInt16) {
        self.site = site
        self.port = port
    }

    /// Starts listening; returns the server and the port it got (useful with port 0).
    public func start() async throws -> (HTTPServer, UInt16) {
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        let site = site
        await server.appendRoute("GET,HEAD *") { request in
            await Self.answer(request.path, site: site)
        }
        Task { try? await server.run() }
        try await server.waitUntilListening(timeout: 10)
        var actual = port
        if case let .ip4(_, listening)? = await server.listeningAddress { actual = listening }
        return (server, actual)
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
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
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
