import Foundation
import CCmark
import LynchpinDomain

/// Markdown to HTML through cmark's C API: parse once, walk the tree once to give every
/// heading a stable id and collect the outline, render once.
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

    public func render(_ markdown: String) -> Document {
        var text = markdown
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let root else { return .empty }
        defer { cmark_node_free(root) }

        var slugger = HeadingSlugger()
        var outline: [Heading] = []
        for node in headingNodes(in: root) {
            let level = Int(cmark_node_get_heading_level(node))
            let title = plainText(of: node)
            let id = slugger.uniqueID(for: title)
            outline.append(Heading(level: level, text: title, id: id))
            replaceWithAnchoredHeading(node, level: level, id: id)
        }

        guard let html = cmark_render_html(root, options) else { return Document(html: "", outline: outline) }
        defer { free(html) }
        return Document(html: String(cString: html), outline: outline)
    }

    private func headingNodes(in root: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
               let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_HEADING {
                nodes.append(node)
            }
        }
        return nodes
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
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
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
