/// Relative links between pages, so a site works from any folder, any server and file://.
/// Every link names `index.html` explicitly because file:// does not serve folders.
struct SiteLinks {
    /// The prefix that leads from the page back to the site root: "", "../", "../../".
    let root: String

    /// Links for the page at `pagePath`, relative to the site root.
    init(pagePath: String) {
        root = String(repeating: "../", count: pagePath.split(separator: "/").count - 1)
    }

    /// Links from a stand-in root, replaced once the page the HTML lands on is known.
    init(root: String) {
        self.root = root
    }

    /// Stands for the way back to the site root in a plan rendered once for several pages.
    static let rootToken = "\u{E000}"

    /// The HTML with every root token replaced by this page's root. Works on the UTF-8
    /// bytes: Foundation's `replacingOccurrences` bridges and costs far more on long pages.
    func resolving(_ html: String) -> String {
        let token = Array(SiteLinks.rootToken.utf8)
        let replacement = Array(root.utf8)
        var out: [UInt8] = []
        var bytes = Array(html.utf8)
        out.reserveCapacity(bytes.count + 64)
        var index = 0
        bytes.withUnsafeMutableBufferPointer { buffer in
            while index < buffer.count {
                if buffer[index] == token[0], index + 2 < buffer.count, buffer[index + 1] == token[1],
                   buffer[index + 2] == token[2] {
                    out.append(contentsOf: replacement)
                    index += 3
                } else {
                    out.append(buffer[index])
                    index += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func to(_ path: String) -> String { root + path }

    static func account(_ id: String) -> String { "accounts/\(id)/index.html" }
    static func playbook(_ id: String) -> String { "playbooks/\(id)/index.html" }
    static func review(_ date: CustomStringConvertible) -> String { "reviews/\(date)/index.html" }
    static func person(_ id: String) -> String { "people/\(id)/index.html" }
    static let portfolio = "index.html"
    static let people = "people/index.html"
    static let portfolioJSON = "portfolio.json"
    static let pack = "print/index.html"
    static let playbooks = "playbooks/index.html"
    static let reviews = "reviews/index.html"
    static let stylesheet = "assets/lynchpin.css"
}

/// A titled link, as lists of related pages show them.
struct PageLink {
    let title: String
    let href: String
}
