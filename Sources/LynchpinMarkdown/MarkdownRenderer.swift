import Foundation
import CCmark
import LynchpinDomain

/// A document rendered: its HTML, its outline and its relative links.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var outline: [Heading]
    public var relativeLinks: [String]?

    public static let empty = RenderedMarkdown(html: "", outline: [])

    /// The model's side of it: the source with its outline, no HTML.
    public func document(source: String, idPrefix: String) -> Document {
        Document(source: source, idPrefix: idPrefix, outline: outline, relativeLinks: relativeLinks)
    }
}

/// Markdown to HTML through cmark's C API: parse once, walk the tree once to give every
/// heading a stable id and collect the outline, render once. `DocumentRenderer` is the
/// entry point the loader and the views share.
public struct MarkdownRenderer: Sendable {
    /// Lets raw HTML and `javascript:` style links through; off by default because plans
    /// and notes are written by many hands and published as-is.
    public var allowUnsafeHTML: Bool
    /// Curly quotes, dashes and ellipses.
    public var smartPunctuation: Bool

    public init(allowUnsafeHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.smartPunctuation = smartPunctuation
    }

    var options: Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if allowUnsafeHTML { options |= CMARK_OPT_UNSAFE }
        if smartPunctuation { options |= CMARK_OPT_SMART }
        return options
    }

    /// - Parameters:
    ///   - idPrefix: put before every heading id (and every `#id` link to one), so several
    ///     documents can share a page: a plan's ids start with its account id.
    ///   - rebase: moves relative links and images written for one page to another.
    public func render(_ markdown: String, idPrefix: String = "", rebase: LinkRebase? = nil) -> RenderedMarkdown {
        CmarkTree.parse(markdown, options: options) { root in
            render(root, markdown: markdown, idPrefix: idPrefix, rebase: rebase)
        } ?? .empty
    }

    /// The document as plain text for an e-mail's text part: CommonMark as cmark writes it,
    /// wrapped at 72 columns (Markdown reads as plain text by design), every link rebased.
    public func text(_ markdown: String, rebase: LinkRebase?) -> String {
        CmarkTree.parse(markdown, options: options) { root -> String in
            if let rebase { retarget(links(in: root)) { rebase.rebase($0) } }
            guard let text = cmark_render_commonmark(root, options, 72) else { return "" }
            defer { free(text) }
            return String(cString: text)
        } ?? ""
    }

    /// Only the sections under the second-level headings named in `sections` (compared
    /// ignoring case and the spaces around them), for a page that stands outside the site:
    /// the customer edition. A relative link keeps its text and loses its target and a
    /// relative image is left out, so nothing points back into the internal site.
    /// - Returns: the sections, and the names no heading of the document has.
    public func render(sections: [String], of markdown: String, idPrefix: String = "") -> (RenderedMarkdown, missing: [String]) {
        let wanted = Set(sections.map { Self.trimmingWhiteSpace($0).lowercased() })
        var found: Set<String> = []
        let document = CmarkTree.parse(markdown, options: options) { root -> RenderedMarkdown in
            var keeping = false
            var child = cmark_node_first_child(root)
            while let node = child {
                child = cmark_node_next(node)
                if cmark_node_get_type(node) == CMARK_NODE_HEADING, cmark_node_get_heading_level(node) <= 2 {
                    let title = plainText(of: node).lowercased()
                    keeping = cmark_node_get_heading_level(node) == 2 && wanted.contains(title)
                    if keeping { found.insert(title) }
                }
                if !keeping {
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
            }
            return render(root, markdown: markdown, idPrefix: idPrefix, rebase: nil, outsideTheSite: true)
        } ?? .empty
        let missing = sections.filter { !found.contains(Self.trimmingWhiteSpace($0).lowercased()) }
        return (document, missing)
    }

    /// - Parameter outsideTheSite: drop every link and image that is not an absolute address.
    private func render(_ root: OpaquePointer, markdown: String, idPrefix: String, rebase: LinkRebase?,
                        outsideTheSite: Bool = false) -> RenderedMarkdown {
        // Before headings and links are collected, so links in table cells are rebased too.
        // Most documents have neither, and a scan for the characters costs less than a pass.
        let bytes = markdown.utf8
        if bytes.contains(UInt8(ascii: "|")) {
            PipeTables(source: markdown, options: options, labelSuffix: idPrefix.isEmpty ? "" : " (\(idPrefix.dropLast()))")
                .apply(to: root)
        }
        if bytes.contains(UInt8(ascii: "[")) { TaskLists(source: markdown).apply(to: root) }
        // After the tables, whose cells are parsed from their source text with their links.
        if outsideTheSite { unlinkAllButAbsolute(in: root) }

        var slugger = HeadingSlugger()
        var outline: [Heading] = []
        let headings = headingNodes(in: root)
        for node in headings {
            let level = Int(cmark_node_get_heading_level(node))
            let title = plainText(of: node)
            outline.append(Heading(level: level, text: title, id: idPrefix + slugger.uniqueID(for: title),
                                   hasContent: Self.sectionHasContent(after: node, level: level)))
        }
        // Links first: a heading is rendered on its own below, links inside it included.
        var relativeLinks: [String] = []
        let headingIDs = Set(outline.map(\.id))
        retarget(links(in: root)) { url in
            if !LinkRebase.isAbsoluteOrLocal(url) { relativeLinks.append(url) }
            if url.hasPrefix("#"), !idPrefix.isEmpty, headingIDs.contains(idPrefix + url.dropFirst()) {
                return "#" + idPrefix + url.dropFirst()
            }
            return rebase?.rebase(url) ?? url
        }
        for (node, heading) in zip(headings, outline) {
            replaceWithAnchoredHeading(node, level: heading.level, id: heading.id)
        }

        guard let html = cmark_render_html(root, options) else { return RenderedMarkdown(html: "", outline: outline) }
        defer { free(html) }
        return RenderedMarkdown(html: String(cString: html), outline: outline, relativeLinks: relativeLinks)
    }

    /// A link keeps its text, an image goes; in-page links go too, as the section they
    /// point to may not be on the page.
    private func unlinkAllButAbsolute(in root: OpaquePointer) {
        for node in links(in: root) {
            guard let url = cmark_node_get_url(node).map({ String(cString: $0) }), !LinkRebase.isAbsolute(url) else { continue }
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                for inline in CmarkTree.takeChildren(of: node) { cmark_node_insert_before(node, inline) }
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Whether a block other than a heading or an HTML comment comes after a heading before
    /// the next heading of its level or above.
    static func sectionHasContent(after heading: OpaquePointer, level: Int) -> Bool {
        var next = cmark_node_next(heading)
        while let node = next {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                if Int(cmark_node_get_heading_level(node)) <= level { return false }
            case CMARK_NODE_HTML_BLOCK:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let trimmed = trimmingWhiteSpace(literal)
                if !(trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) { return true }
            default:
                return true
            }
            next = cmark_node_next(node)
        }
        return false
    }

    private func headingNodes(in root: OpaquePointer) -> [OpaquePointer] {
        nodes(in: root) { $0 == CMARK_NODE_HEADING }
    }

    private func links(in root: OpaquePointer) -> [OpaquePointer] {
        nodes(in: root) { $0 == CMARK_NODE_LINK || $0 == CMARK_NODE_IMAGE }
    }

    /// Sets each node's URL to what `change` makes of it, in the tree, before rendering.
    private func retarget(_ nodes: [OpaquePointer], _ change: (String) -> String) {
        for node in nodes {
            guard let url = cmark_node_get_url(node) else { continue }
            let old = String(cString: url)
            let new = change(old)
            if new != old { cmark_node_set_url(node, new) }
        }
    }

    private func nodes(in root: OpaquePointer, where matches: (cmark_node_type) -> Bool) -> [OpaquePointer] {
        CmarkTree.nodes(in: root, where: matches)
    }

    /// The heading's text without markup: what the outline shows and the id is made from.
    private func plainText(of heading: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(heading) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return Self.trimmingWhiteSpace(text)
    }

    /// Without the white space (Unicode's White_Space, as `.whitespacesAndNewlines`) around
    /// it; Foundation's trimming was a fifth of rendering a short narrative.
    public static func trimmingWhiteSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// cmark's renderer writes `<h2>` with no attributes, so the heading is rendered on its
    /// own, given its id, and put back as a custom block the renderer emits verbatim.
    private func replaceWithAnchoredHeading(_ heading: OpaquePointer, level: Int, id: String) {
        guard let rendered = cmark_render_html(heading, options) else { return }
        let html = String(cString: rendered)
        free(rendered)
        let openTag = "<h\(level)>"
        guard html.hasPrefix(openTag) else { return }
        let anchored = "<h\(level) id=\"\(escapeAttribute(id))\">" + html.dropFirst(openTag.count)
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, anchored)
        cmark_node_set_on_exit(block, "")
        cmark_node_insert_before(heading, block)
        cmark_node_unlink(heading)
        cmark_node_free(heading)
    }
}

func escapeAttribute(_ text: String) -> String {
    var out = ""
    for c in text {
        switch c {
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.append(c)
        }
    }
    return out
}
