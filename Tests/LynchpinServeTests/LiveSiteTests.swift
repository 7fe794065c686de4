import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import LynchpinOutput
@testable import LynchpinServe

@Suite struct LiveSiteTests {
    static let files = [
        SiteFile(path: "index.html", text: "<html><body><h1>Home</h1></body></html>"),
        SiteFile(path: "accounts/acme/index.html", text: "<html><body>Acme</body></html>"),
        SiteFile(path: "assets/lynchpin.css", text: "body{}"),
        SiteFile(path: "404.html", text: "<html><body>Missing</body></html>"),
    ]

    @Test(arguments: [
        ("/", "index.html"), ("/index.html", "index.html"), ("/accounts/acme/", "accounts/acme/index.html"),
        ("/accounts/acme", "accounts/acme/index.html"), ("/assets/lynchpin.css?v=2", "assets/lynchpin.css"),
        ("/accounts/%61cme/index.html", "accounts/acme/index.html"),
    ])
    func findsSiteFiles(request: String, expected: String) async {
        let site = LiveSite()
        site.publish(Self.files)
        guard case let .file(path, _) = site.lookup(request) else {
            Issue.record("\(request) not found")
            return
        }
        #expect(path == expected)
    }

    @Test(arguments: ["/../etc/passwd", "/accounts/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/accounts//acme",
                      "/./index.html", "/..%2fetc", "/nope.html"])
    func refusesPathsOutsideTheSite(request: String) async {
        let site = LiveSite()
        site.publish(Self.files)
        #expect(site.lookup(request) == .notFound(page: Array("<html><body>Missing</body></html>".utf8)))
    }

    @Test func aFailedRebuildKeepsTheLastGoodFiles() async {
        let site = LiveSite()
        site.publish(Self.files)
        site.fail(with: ["content/accounts/acme.md:2:7: error: invalid YAML"])
        #expect(site.version == 1)
        #expect(site.problems.count == 1)
        guard case .file = site.lookup("/") else {
            Issue.record("the last good site must still be served")
            return
        }
        site.publish(Self.files)
        #expect(site.version == 2)
        #expect(site.problems.isEmpty)
    }

    @Test func theReloadScriptGoesBeforeTheEndOfBody() {
        let page = String(decoding: LiveReload.inject(into: Array("<html><body><p>x</p></body></html>".utf8)), as: UTF8.self)
        #expect(page.hasPrefix("<html><body><p>x</p>\n<script>") || page.hasPrefix("<html><body><p>x</p><script>"))
        #expect(page.hasSuffix("</script>\n</body></html>"))
    }

    @Test func servesOverHTTPWithTheScriptAndAnswers404() async throws {
        let site = LiveSite()
        site.publish(Self.files)
        let (server, port) = try SiteServer(site: site, port: 0).start()
        defer { server.stop() }
        let base = "http://127.0.0.1:\(port)"

        let (home, homeResponse) = try await Self.get(base + "/")
        #expect(homeResponse.statusCode == 200)
        #expect(String(decoding: home, as: UTF8.self).contains("lynchpin serve: live reload"))

        let (_, missing) = try await Self.get(base + "/..%2f..%2fetc/passwd")
        #expect(missing.statusCode == 404)

        let (status, _) = try await Self.get(base + LiveReload.statusPath)
        let json = try #require(try JSONSerialization.jsonObject(with: status) as? [String: Any])
        #expect(json["version"] as? Int == 1)

        site.publish([SiteFile(path: "index.html", text: "<html><body><h1>Edited</h1></body></html>")])
        let (edited, _) = try await Self.get(base + "/")
        #expect(String(decoding: edited, as: UTF8.self).contains("<h1>Edited</h1>"))
    }

    @Test func answersHEADAndRevalidatesWithETags() async throws {
        let site = LiveSite()
        site.publish(Self.files)
        let (server, port) = try SiteServer(site: site, port: 0).start()
        defer { server.stop() }
        let url = URL(string: "http://127.0.0.1:\(port)/")!

        let (page, got) = try await Self.get(url.absoluteString)
        let tag = try #require(got.value(forHTTPHeaderField: "ETag"))
        #expect(tag.hasPrefix("\"") && tag.count == 18)
        #expect(got.value(forHTTPHeaderField: "Cache-Control") == "no-cache")

        var head = URLRequest(url: url)
        head.httpMethod = "HEAD"
        let (headBody, headResponse) = try await URLSession.shared.data(for: head)
        let headAnswer = try #require(headResponse as? HTTPURLResponse)
        #expect(headAnswer.statusCode == 200 && headBody.isEmpty)
        #expect(headAnswer.value(forHTTPHeaderField: "Content-Length") == String(page.count))
        #expect(headAnswer.value(forHTTPHeaderField: "ETag") == tag)

        #expect(SiteServer.answer("/", ifNoneMatch: tag, site: site).status == 304)
        #expect(SiteServer.answer("/", ifNoneMatch: "\"other\", W/\(tag)", site: site).status == 304)
        #expect(SiteServer.answer("/", ifNoneMatch: "\"other\"", site: site).status == 200)

        site.publish([SiteFile(path: "index.html", text: "<html><body><h1>Edited</h1></body></html>")])
        let edited = SiteServer.answer("/", ifNoneMatch: tag, site: site)
        #expect(edited.status == 200, "new bytes, new tag")
        #expect(edited.headers["ETag"] != tag)
    }

    @Test func onlyLoopbackAddressesCountAsPrivate() {
        #expect(SiteServer.isLoopback("127.0.0.1") && SiteServer.isLoopback("127.1.2.3") && SiteServer.isLoopback("::1"))
        #expect(!SiteServer.isLoopback("0.0.0.0") && !SiteServer.isLoopback("192.168.1.5") && !SiteServer.isLoopback("::"))
        #expect(SiteServer.isValid("0.0.0.0") && SiteServer.isValid("::1") && SiteServer.isValid("10.0.0.2"))
        #expect(!SiteServer.isValid("localhost") && !SiteServer.isValid("1.2.3") && !SiteServer.isValid(""))
    }

    static func get(_ url: String) async throws -> (Data, HTTPURLResponse) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return (data, response as! HTTPURLResponse)
    }
}
