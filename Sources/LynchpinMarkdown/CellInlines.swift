import CCmark

/// The inline nodes of one table's cells (and of any text before its header row), from a
/// single cmark parse.
///
/// A GFM cell holds inlines only, but cmark parses blocks first: a cell reading `- item`,
/// `# 1`, `> quote` or `2. step` would come back as a list, heading, quote or ordered list
/// rather than as a paragraph, and its text would be lost. Each cell is therefore written as
/// its own paragraph led by a no-break space, which opens no block yet counts as white space
/// for emphasis and smart quotes, exactly as the start of a line does; the space is taken
/// off again afterwards. Reference links (`[x][]`, `[x][ref]`) are resolved against the
/// document's own definitions by parsing the document after the cells: cmark resolves
/// references only once every block is read, wherever the definition stands.
struct CellInlines {
    private var document: OpaquePointer?
    /// The blocks made of the paragraph's text before the header row.
    private(set) var prelude: [OpaquePointer] = []
    /// Each non-empty cell's paragraph, by row and column.
    private var paragraphs: [Int: [Int: OpaquePointer]] = [:]

    private static let leadingSpace = "\u{00A0}"

    init(prelude preludeText: String?, rows: [[String]], document source: String, options: Int32) {
        var text = ""
        var line = 1
        var preludeLines = 0
        if let preludeText {
            text += preludeText + "\n\n"
            preludeLines = preludeText.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            line += preludeLines + 1
        }
        var cellAtLine: [Int: (row: Int, column: Int)] = [:]
        var mayHoldReferences = preludeText?.contains("[") ?? false
        for (row, cells) in rows.enumerated() {
            for (column, cell) in cells.enumerated() where !cell.isEmpty {
                text += Self.leadingSpace + cell + "\n\n"
                cellAtLine[line] = (row, column)
                line += 2
                if !mayHoldReferences, cell.utf8.contains(UInt8(ascii: "[")) { mayHoldReferences = true }
            }
        }
        if mayHoldReferences, source.contains("]:") { text += source }

        document = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let document else { return }
        var child = cmark_node_first_child(document)
        while let node = child {
            let start = Int(cmark_node_get_start_line(node))
            if start >= line { break }
            child = cmark_node_next(node)
            if start <= preludeLines {
                cmark_node_unlink(node)
                prelude.append(node)
            } else if let cell = cellAtLine[start], cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                Self.dropLeadingSpace(of: node)
                paragraphs[cell.row, default: [:]][cell.column] = node
            }
        }
    }

    /// The cell's inline nodes, unlinked so they can move into another tree.
    mutating func take(row: Int, column: Int) -> [OpaquePointer] {
        guard let paragraph = paragraphs[row]?[column] else { return [] }
        paragraphs[row]?[column] = nil
        return CmarkTree.takeChildren(of: paragraph)
    }

    /// Frees the parse and whatever was not taken from it.
    mutating func free() {
        if let document { cmark_node_free(document) }
        document = nil
    }

    private static func dropLeadingSpace(of paragraph: OpaquePointer) {
        guard let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first) else { return }
        let scalars = String(cString: literal).unicodeScalars
        guard scalars.first == "\u{00A0}" else { return }
        let rest = String(scalars.dropFirst())
        if rest.isEmpty {
            cmark_node_unlink(first)
            cmark_node_free(first)
        } else {
            cmark_node_set_literal(first, rest)
        }
    }
}
