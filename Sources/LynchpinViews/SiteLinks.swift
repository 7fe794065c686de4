/// Relative links between pages, so a site works from any folder, any server and file://.
/// Every link names `index.html` explicitly because file:// does not serve folders.
struct SiteLinks {
    /// The path of the page being rendered, relative to the site root.
    let pagePath: String

    /// The prefix that leads from this page back to the site root: "", "../", "../../".
    var root: String {
        String(repeating: "../", count: pagePath.split(separator: "/").count - 1)
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
