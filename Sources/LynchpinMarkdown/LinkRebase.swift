/// Moves relative links written for one page so they work from another page of the site.
/// An author writes a plan's links relative to the plan's own page; when the plan is
/// rendered for a page in another folder (a pack), each link and image in cmark's tree is
/// rebased before rendering, so no rendered HTML is ever rewritten.
public struct LinkRebase: Sendable, Equatable {
    /// Where the links were written, relative to the site root: `accounts/acme/index.html`.
    public let from: String
    /// Where they will be read: `print/index.html`.
    public let to: String
    /// The site's address (`base_url`) when they are read away from the site (an e-mail):
    /// each link becomes absolute under it.
    public let base: String?

    public init(from: String, to: String) {
        self.from = from
        self.to = to
        base = nil
    }

    /// Links written on the page at `from`, made absolute under `base` (ending in `/`).
    public init(from: String, toBase base: String) {
        self.from = from
        to = ""
        self.base = base
    }

    /// The link as seen from `to`. Absolute URLs (a scheme, `//host`, `/path`) and links
    /// within the page (`#id`, `?query`) are left as they are.
    public func rebase(_ url: String) -> String {
        if let base, url.hasPrefix("#") || url.hasPrefix("?") { return base + from + url }
        guard !url.isEmpty, !Self.isAbsoluteOrLocal(url) else { return url }
        let suffixStart = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        let path = url[..<suffixStart]
        let suffix = url[suffixStart...]

        // Resolve against the writing page's folder; `..` past the root is kept, so a link
        // that left the site still leaves it by the same amount.
        var resolved = Self.folder(of: from)
        var escapes = 0
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case ".": continue
            case "..":
                if resolved.isEmpty { escapes += 1 } else { resolved.removeLast() }
            case "" where index < segments.count - 1: continue
            default: resolved.append(segment)
            }
        }
        // A trailing slash or `.`/`..` names a folder: keep it a folder.
        let namesFolder = path.hasSuffix("/") || segments.last == "." || segments.last == ".."
        if namesFolder, resolved.last != "" { resolved.append("") }

        if let base {
            // A link that leaves the site has no address under it: kept as written.
            return escapes > 0 ? url : base + resolved.joined(separator: "/") + suffix
        }
        let target = Self.folder(of: to)
        var shared = 0
        while shared < target.count, shared < resolved.count - 1, target[shared] == resolved[shared] { shared += 1 }
        let up = Array(repeating: "..", count: target.count - shared + escapes)
        let down = Array(resolved[shared...])
        var joined = (up + down).joined(separator: "/")
        if joined.isEmpty { joined = "./" }
        return joined + suffix
    }

    static func folder(of page: String) -> [String] {
        Array(page.split(separator: "/").dropLast().map(String.init))
    }

    static func isAbsoluteOrLocal(_ url: String) -> Bool {
        if url.hasPrefix("/") || url.hasPrefix("#") || url.hasPrefix("?") { return true }
        return isAbsolute(url)
    }

    /// Whether it names its scheme (`https:`, `mailto:`): an address outside the site.
    static func isAbsolute(_ url: String) -> Bool {
        // A scheme: letters, digits, + - . before the first ':' and before any '/'.
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && !scheme.contains("/")
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
