import CCmark
import Foundation

/// The few walks over cmark's tree that the renderer and its passes share.
enum CmarkTree {
    /// Every node of a type, in document order, collected before anything is changed.
    static func nodes(in root: OpaquePointer, where matches: (cmark_node_type) -> Bool) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
               let node = cmark_iter_get_node(iterator),
               matches(cmark_node_get_type(node)) {
                nodes.append(node)
            }
        }
        return nodes
    }

    /// A node's children, unlinked from it, so they can be moved into another tree.
    static func takeChildren(of parent: OpaquePointer) -> [OpaquePointer] {
        var children: [OpaquePointer] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            child = cmark_node_next(node)
            cmark_node_unlink(node)
            children.append(node)
        }
        return children
    }

    /// Parses Markdown, hands the document to `body`, and frees whatever `body` left in it.
    static func parse<T>(_ markdown: String, options: Int32, _ body: (OpaquePointer) -> T) -> T? {
        var text = markdown
        let document: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        return body(document)
    }
}
