import CCmark
import Foundation

/// GitHub-style pipe tables, found in cmark's parsed tree. cmark has no table extension, so
/// a table reaches the tree as a paragraph; its source lines are read again, and the
/// paragraph is replaced by custom blocks that render as a table. The cells' text is parsed
/// by cmark as inline Markdown (`CellInlines`) and its nodes moved into the tree, so links in
/// cells are rebased and raw HTML in them is as safe as anywhere else.
struct PipeTables {
    let source: String
    let lines: [Substring]
    let options: Int32
    /// Added to each table's region name, so two documents on one page (a pack's plans)
    /// never name two regions alike.
    let labelSuffix: String

    init(source: String, options: Int32, labelSuffix: String = "") {
        self.source = source
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.options = options
        self.labelSuffix = labelSuffix
    }

    enum Alignment { case none, left, center, right }

    /// Replaces every paragraph that holds a table; returns how many tables it made.
    @discardableResult
    func apply(to root: OpaquePointer) -> Int {
        var made = 0
        for paragraph in CmarkTree.nodes(in: root, where: { $0 == CMARK_NODE_PARAGRAPH }) {
            if replace(paragraph, number: made + 1) { made += 1 }
        }
        return made
    }

    /// The paragraph's lines as written, with the block quote markers and indentation of
    /// the blocks around it taken off.
    func sourceLines(of paragraph: OpaquePointer) -> [String] {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last >= first, last <= lines.count else { return [] }
        var quotes = 0
        var parent = cmark_node_parent(paragraph)
        while let node = parent {
            if cmark_node_get_type(node) == CMARK_NODE_BLOCK_QUOTE { quotes += 1 }
            parent = cmark_node_parent(node)
        }
        return (first...last).map { number in
            var line = Substring(lines[number - 1])
            if line.last == "\r" { line = line.dropLast() }
            if number == first {
                let column = Int(cmark_node_get_start_column(paragraph))
                line = line.utf8.count >= column ? Substring(line.utf8.dropFirst(max(0, column - 1))) ?? line : line
            } else {
                for _ in 0..<quotes {
                    line = line.drop { $0 == " " || $0 == "\t" }
                    if line.first == ">" { line = line.dropFirst() }
                }
            }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }

    private func replace(_ paragraph: OpaquePointer, number: Int) -> Bool {
        // A table needs two lines and a pipe: most paragraphs are ruled out without reading them.
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last > first, last <= lines.count,
              lines[(first - 1)..<last].contains(where: { $0.utf8.contains(UInt8(ascii: "|")) }) else { return false }
        let text = sourceLines(of: paragraph)
        // The delimiter row is the second line of the table; anything before the header
        // stays a paragraph.
        guard let delimiterIndex = text.indices.dropFirst().first(where: { index in
            guard let alignments = Self.alignments(text[index]) else { return false }
            return Self.cells(text[index - 1]).count == alignments.count && text[index - 1].contains("|")
        }), let alignments = Self.alignments(text[delimiterIndex]) else { return false }

        let headerIndex = delimiterIndex - 1
        let header = Self.cells(text[headerIndex])
        let body = text[(delimiterIndex + 1)...].map { row in
            let cells = Self.cells(row)
            return (0..<alignments.count).map { $0 < cells.count ? cells[$0] : "" }
        }
        guard let table = block("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(escapeAttribute(Self.label(header, number: number) + labelSuffix))\"><table>",
                                "</table></div>") else { return false }
        let rows = [header] + body
        var inlines = CellInlines(prelude: headerIndex > 0 ? text[..<headerIndex].joined(separator: "\n") : nil,
                                  rows: rows, document: source, options: options)
        defer { inlines.free() }
        for node in inlines.prelude { cmark_node_insert_before(paragraph, node) }
        let head = block("<thead>", "</thead>")
        head.map { cmark_node_append_child(table, $0) }
        head.map { append(row: 0, to: $0, cell: "th", alignments: alignments, inlines: &inlines) }
        if !body.isEmpty, let tbody = block("<tbody>", "</tbody>") {
            cmark_node_append_child(table, tbody)
            for row in 1..<rows.count { append(row: row, to: tbody, cell: "td", alignments: alignments, inlines: &inlines) }
        }
        cmark_node_insert_before(paragraph, table)
        cmark_node_unlink(paragraph)
        cmark_node_free(paragraph)
        return true
    }

    private func append(row: Int, to section: OpaquePointer, cell tag: String, alignments: [Alignment],
                        inlines: inout CellInlines) {
        guard let tr = block("<tr>", "</tr>") else { return }
        cmark_node_append_child(section, tr)
        for (column, alignment) in alignments.enumerated() {
            let style = switch alignment {
            case .none: ""
            case .left: " style=\"text-align: left\""
            case .center: " style=\"text-align: center\""
            case .right: " style=\"text-align: right\""
            }
            let scope = tag == "th" ? " scope=\"col\"" : ""
            guard let cell = block("<\(tag)\(scope)\(style)>", "</\(tag)>") else { continue }
            cmark_node_append_child(tr, cell)
            for inline in inlines.take(row: row, column: column) { cmark_node_append_child(cell, inline) }
        }
    }

    private func block(_ enter: String, _ exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// The cells of a row: split on pipes that are not escaped, an outer pipe at either
    /// end dropped, each trimmed; `\|` becomes `|`.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                current += character == "|" ? "|" : "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current += "\\" }
        cells.append(current)
        var trimmed = cells.map { $0.trimmingCharacters(in: .whitespaces) }
        if trimmed.count > 1, trimmed.first == "", row.trimmingCharacters(in: .whitespaces).hasPrefix("|") { trimmed.removeFirst() }
        if trimmed.count > 1, trimmed.last == "", row.trimmingCharacters(in: .whitespaces).hasSuffix("|"), !row.hasSuffix("\\|") {
            trimmed.removeLast()
        }
        return trimmed
    }

    /// A delimiter row's alignments (`:--`, `:-:`, `--:`, `---`); nil when it is not one.
    static func alignments(_ row: String) -> [Alignment]? {
        guard row.contains("-"), row.allSatisfy({ "|:- \t".contains($0) }) else { return nil }
        let cells = Self.cells(row)
        var alignments: [Alignment] = []
        for cell in cells {
            guard !cell.isEmpty, cell.contains("-"), cell.dropFirst().dropLast().allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        // A single column needs a pipe somewhere, or `---` would be a thematic break.
        return cells.count > 1 || row.contains("|") ? alignments : nil
    }

    /// A name for the table's scroll region, unique on the page by its number.
    static func label(_ header: [String], number: Int) -> String {
        let names = header.map { $0.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "`", with: "") }
            .filter { !$0.isEmpty }
        return "Table \(number)" + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
    }
}
