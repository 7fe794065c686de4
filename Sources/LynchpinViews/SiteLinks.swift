/// Relative links between pages, so a site works from any folder, any server and file://.
/// Every link names `index.html` explicitly because file:// does not serve folders.
public struct SiteLinks: Sendable {
    /// The prefix that leads from the page back to the site root: "", "../", "../../".
    public let root: String

    /// Links for the page at `pagePath`, relative to the site root.
    public init(pagePath: String) {
        root = String(repeating: "../", count: pagePath.split(separator: "/").count - 1)
    }

    /// Absolute links under the site's address (`base_url`, ending in `/`): for what is read
    /// away from the site, an e-mail.
    public init(base: String) {
        root = base
    }

    func to(_ path: String) -> String { root + path }

    public static func account(_ id: String) -> String { "accounts/\(id)/index.html" }
    public static func playbook(_ id: String) -> String { "playbooks/\(id)/index.html" }
    public static func review(_ date: CustomStringConvertible) -> String { "reviews/\(date)/index.html" }
    public static func person(_ id: String) -> String { "people/\(id)/index.html" }
    public static let portfolio = "index.html"
    public static let people = "people/index.html"
    public static let selection = "selection/index.html"
    public static let portfolioJSON = "portfolio.json"
    public static let portfolioWorkbook = "portfolio.xlsx"

    /// The PDF `build --pdf` prints a page to; nil for a page it does not print. The one
    /// rule for the packs' links to their PDFs and for the PDF step.
    public static func pdf(forPage path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        switch (parts.first, parts.count, parts.last) {
        case ("print", 2, "index.html"): return "pdf/executive-pack.pdf"
        case ("print", 3, "index.html"): return "pdf/plans-\(parts[1]).pdf"
        case ("accounts", 3, "index.html"): return "pdf/\(parts[1]).pdf"
        default: return nil
        }
    }
    public static let pack = "print/index.html"
    /// A manager's pack holds full plans, so it sits at a plan's folder depth: the links an
    /// author wrote in a plan's Markdown work there unchanged.
    public static func managerPack(_ id: String) -> String { "print/\(id)/index.html" }
    public static let playbooks = "playbooks/index.html"
    public static let reviews = "reviews/index.html"
    public static let stylesheet = "assets/lynchpin.css"
    /// The theme's script: search on every page, sorting and filters on the dashboard.
    public static let searchScript = "assets/search.js"
}

/// A titled link, as lists of related pages show them.
public struct PageLink: Encodable, Sendable {
    public let title: String
    public let href: String
}
