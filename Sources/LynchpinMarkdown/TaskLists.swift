import CCmark
import Foundation

/// GitHub-style task-list items (`- [ ] to do`, `- [x] done`), found in cmark's tree: a
/// list item whose first paragraph opens with the marker gets a disabled checkbox, named
/// "done" or "not done" for screen readers, in place of the marker.
struct TaskLists {
    let source: String

    init(source: String) {
        self.source = source
    }

    func apply(to root: OpaquePointer) {
        // Only items whose text opens with a bracket can be tasks; the source is split into
        // lines only when there is one.
        let candidates = CmarkTree.nodes(in: root, where: { $0 == CMARK_NODE_ITEM }).compactMap { item -> OpaquePointer? in
            guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(first), literal.pointee == CChar(UInt8(ascii: "["))
            else { return nil }
            return paragraph
        }
        guard !candidates.isEmpty else { return }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for paragraph in candidates {
            guard let checked = marker(at: paragraph, lines: lines), removeMarker(from: paragraph) else { continue }
            guard let box = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            let state = checked ? "checked=\"\" " : ""
            cmark_node_set_on_enter(box, "<input type=\"checkbox\" disabled=\"\" \(state)aria-label=\"\(checked ? "done" : "not done")\"> ")
            cmark_node_set_on_exit(box, "")
            cmark_node_prepend_child(paragraph, box)
        }
    }

    /// Whether the paragraph's source starts with `[ ]` (false) or `[x]` (true) and a space.
    private func marker(at paragraph: OpaquePointer, lines: [Substring]) -> Bool? {
        let number = Int(cmark_node_get_start_line(paragraph))
        let column = Int(cmark_node_get_start_column(paragraph))
        guard number >= 1, number <= lines.count else { return nil }
        let bytes = Array(lines[number - 1].utf8.dropFirst(max(0, column - 1)).prefix(4))
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
              bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "\t") else { return nil }
        switch bytes[1] {
        case UInt8(ascii: " "): return false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return true
        default: return nil
        }
    }

    /// Takes the first four characters (`[ ] `) off the paragraph's leading text nodes,
    /// which cmark may have split at the brackets.
    private func removeMarker(from paragraph: OpaquePointer) -> Bool {
        var remaining = 4
        while remaining > 0, let node = cmark_node_first_child(paragraph), cmark_node_get_type(node) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(node) {
            let text = String(cString: literal)
            if text.count <= remaining {
                remaining -= text.count
                cmark_node_unlink(node)
                cmark_node_free(node)
            } else {
                let rest = String(text.dropFirst(remaining))
                cmark_node_set_literal(node, rest.drop { $0 == " " || $0 == "\t" }.description)
                remaining = 0
            }
        }
        return remaining == 0
    }
}
