import LynchpinDomain

/// Turns YAML nodes into typed values, collecting a diagnostic (file, line, column, field,
/// expected, found) for every value that does not fit instead of stopping at the first.
///
/// Scalars arrive as text from `YAMLComposer` (no tag guessing) and are typed here, so
/// "2026-11-20" or "5" mean what the field says.
final class YAMLReader {
    let file: String
    let lineOffset: Int
    let interner: StringInterner?
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int, interner: StringInterner? = nil) {
        self.file = file
        self.lineOffset = lineOffset
        self.interner = interner
    }

    /// The root mapping of a YAML text; nil (with a diagnostic) when it is not one.
    func root(of yaml: String) -> Fields? {
        let node: YAMLNode?
        switch YAMLComposer.compose(yaml, interner: interner) {
        case .success(let root): node = root
        case .failure(let error):
            // A tab in the indentation is the most common cause, and libyaml's words for it
            // ("found character that cannot start any token") do not say so.
            if let tab = Self.tabIndentedLine(in: yaml, upTo: error.mark.map { $0.line + 1 }) {
                diagnostics.append(.error(file, line: tab + lineOffset, column: 1,
                                          "invalid YAML: expected indentation of spaces, found a tab; YAML does not allow tabs to indent, so replace it with spaces (libyaml: \(error.problem))"))
                return nil
            }
            diagnostics.append(.error(file, line: error.mark.map { $0.line + lineOffset }, column: error.mark?.column,
                                      "invalid YAML: \(error.problem)"))
            return nil
        }
        guard let node else { return Fields(reader: self, node: nil, path: "") }
        return fields(node, path: "")
    }

    /// The first line (1-based, in the YAML) at or before `last` whose indentation holds a
    /// tab, if any.
    static func tabIndentedLine(in yaml: String, upTo last: Int?) -> Int? {
        var line = 1
        var atStart = true
        for byte in yaml.utf8 {
            if let last, line > last { return nil }
            switch byte {
            case UInt8(ascii: "\n"): line += 1; atStart = true
            case UInt8(ascii: "\t") where atStart: return line
            case UInt8(ascii: " "): break
            default: atStart = false
            }
        }
        return nil
    }

    func fields(_ node: YAMLNode, path: String) -> Fields? {
        guard node.mapping != nil else {
            fail(node, path: path, expected: "a mapping of keys to values")
            return nil
        }
        return Fields(reader: self, node: node, path: path)
    }

    /// A list item's mapping, whose field path is spelt out only for a message.
    func fields(_ item: ListItem) -> Fields? {
        guard item.node.mapping != nil else {
            fail(item.node, path: item.path, expected: "a mapping of keys to values")
            return nil
        }
        return Fields(reader: self, item: item)
    }

    // MARK: Reporting

    /// - Parameter known: the ids the value should be one of, for a "did you mean …?".
    func fail(_ node: YAMLNode?, path: String, expected: String, known: (some Sequence<String>)? = [String]?.none) {
        let found = node.map(describe) ?? "nothing"
        var hint = ""
        if let known, case .scalar(let scalar)? = node { hint = Suggestion.phrase(for: scalar.string, in: known) }
        error(at: node, field: path, "expected \(expected), found \(found)\(hint)")
    }

    func error(at node: YAMLNode?, field: String?, _ message: String) {
        diagnostics.append(.error(file, line: node.map { $0.mark.line + lineOffset }, column: node?.mark.column,
                                  field: field?.isEmpty == true ? nil : field, message))
    }

    /// A problem at a line of the file found after its YAML was read (the narrative's).
    func error(line: Int?, field: String?, _ message: String) {
        diagnostics.append(.error(file, line: line, field: field, message))
    }

    func warning(at node: YAMLNode?, field: String?, _ message: String) {
        diagnostics.append(.warning(file, line: node.map { $0.mark.line + lineOffset }, column: node?.mark.column,
                                    field: field?.isEmpty == true ? nil : field, message))
    }

    func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            if YAMLReader.isNull(scalar) { return "an empty value" }
            let text = scalar.string.count > 60 ? String(scalar.string.prefix(57)) + "..." : scalar.string
            return "\"\(text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// Asked of every value read: a switch, not a list made and searched on each call.
    static func isNull(_ scalar: YAMLNode.Scalar) -> Bool {
        guard scalar.isPlain, scalar.string.utf8.count <= 4 else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// An item of a list: its node, and its field path (`team[2]`), which is made only when a
/// message asks for it: a plan has some fifty list items, nearly all read without one.
struct ListItem {
    let node: YAMLNode
    /// The list's own field path.
    let list: String
    /// From 1, as a person counts.
    let position: Int

    var path: String { Self.path(list, position) }

    static func path(_ list: String, _ position: Int) -> String { "\(list)[\(position)]" }
}

/// One YAML mapping being read: typed getters that report what they cannot read.
struct Fields {
    let reader: YAMLReader
    /// nil for an empty document: every key is then absent.
    let node: YAMLNode?
    /// The mapping's field path, or its list's when it is a list item (`position`).
    private let basePath: String
    private let position: Int?

    init(reader: YAMLReader, node: YAMLNode?, path: String) {
        self.reader = reader
        self.node = node
        basePath = path
        position = nil
    }

    init(reader: YAMLReader, item: ListItem) {
        self.reader = reader
        node = item.node
        basePath = item.list
        position = item.position
    }

    var path: String { position.map { ListItem.path(basePath, $0) } ?? basePath }

    func fieldPath(_ key: String) -> String {
        let path = self.path
        return path.isEmpty ? key : "\(path).\(key)"
    }

    /// The value under a key; a null scalar counts as absent.
    func value(_ key: String) -> YAMLNode? {
        guard let mapping = node?.mapping, let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, YAMLReader.isNull(scalar) { return nil }
        return value
    }

    /// Unknown keys are warnings, not errors, so files written for newer tools still build;
    /// but a key a slip away from a known one (`weigth`) is an error, since its value would
    /// be left out of a figure without a word. A literal list of keys stays an array:
    /// small, scanned, and not hashed into a new set for every item of every list.
    func warnUnknownKeys<Keys: Collection<String>>(known: Keys) {
        guard let mapping = node?.mapping else { return }
        for (key, _) in mapping.pairs where !known.contains(key.string ?? "") {
            let name = key.string ?? "?"
            if let near = Suggestion.nearest(to: name, in: known) {
                reader.error(at: key.node, field: fieldPath(name),
                             "expected a key Lynchpin reads, found '\(name)' (did you mean \(near)?); as written its value would be left out")
                continue
            }
            reader.warning(at: key.node, field: fieldPath(name), "unknown key, ignored (known keys: \(known.sorted().joined(separator: ", ")))")
        }
    }

    /// Whether a required key has a value; reports it when it has none.
    func present(_ key: String, expected: String) -> Bool {
        if value(key) != nil { return true }
        reader.error(at: node, field: fieldPath(key), "expected \(expected) for the required key '\(key)', found none")
        return false
    }

    func requireString(_ key: String) -> String? {
        present(key, expected: "text") ? string(key) : nil
    }

    func string(_ key: String) -> String? {
        value(key).flatMap { string($0, path: fieldPath(key)) }
    }

    /// - Parameter path: made only for a message: most values are read without one.
    func string(_ node: YAMLNode, path: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node else {
            reader.fail(node, path: path(), expected: "text")
            return nil
        }
        return scalar.string
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, scalar.isPlain else {
            reader.fail(node, path: fieldPath(key), expected: "true or false")
            return nil
        }
        switch scalar.string {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            reader.fail(node, path: fieldPath(key), expected: "true or false")
            return nil
        }
    }

    func number(_ key: String) -> Double? {
        value(key).flatMap { number($0, path: fieldPath(key)) }
    }

    func number(_ node: YAMLNode, path: @autoclosure () -> String) -> Double? {
        guard case .scalar(let scalar) = node, scalar.isPlain, let value = PlainNumber.parse(scalar.string) else {
            reader.fail(node, path: path(), expected: "a plain number (digits, optional '-' and '.', no currency sign or separators)")
            return nil
        }
        return value
    }

    func integer(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        value(key).flatMap { integer($0, path: fieldPath(key), in: range) }
    }

    func integer(_ node: YAMLNode, path: @autoclosure () -> String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard case .scalar(let scalar) = node, scalar.isPlain, let value = Int(scalar.string),
              range?.contains(value) ?? true else {
            let expected = range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number"
            reader.fail(node, path: path(), expected: expected)
            return nil
        }
        return value
    }

    func day(_ key: String) -> Day? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let day = Day(iso: scalar.string) else {
            if case .scalar(let scalar) = node, let why = TextDate.nonexistent(scalar.string, .iso) {
                reader.fail(node, path: fieldPath(key), expected: "a date that exists (\(why))")
            } else {
                reader.fail(node, path: fieldPath(key), expected: "a date as YYYY-MM-DD")
            }
            return nil
        }
        return day
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let choice = Choice(rawValue: scalar.string) else {
            let options = Choice.allCases.map(\.rawValue)
            reader.fail(node, path: fieldPath(key), expected: "one of \(options.joined(separator: ", "))")
            return nil
        }
        return choice
    }

    /// The items of a list, each able to name its field path (`team[2]`).
    func list(_ key: String) -> [ListItem] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            reader.fail(node, path: fieldPath(key), expected: "a list")
            return []
        }
        let list = fieldPath(key)
        return sequence.enumerated().map { ListItem(node: $0.element, list: list, position: $0.offset + 1) }
    }

    func stringList(_ key: String) -> [String] {
        list(key).compactMap { string($0.node, path: $0.path) }
    }

    /// One key and value of a nested mapping. The key's node and the field path are made
    /// only when a message asks for them: every plan has a dozen scores read this way.
    struct Entry {
        let name: YAMLNode.Key
        let value: YAMLNode
        let parentPath: String

        var key: String { name.string ?? "" }
        var keyNode: YAMLNode { name.node }
        var path: String { "\(parentPath).\(key)" }
    }

    /// The entries of a nested mapping, e.g. `attractiveness: {future_volume: 5}`.
    func entries(_ key: String) -> [Entry] {
        guard let node = value(key) else { return [] }
        guard let mapping = node.mapping else {
            reader.fail(node, path: fieldPath(key), expected: "a mapping of keys to values")
            return []
        }
        let parentPath = fieldPath(key)
        return mapping.pairs.map { Entry(name: $0.key, value: $0.value, parentPath: parentPath) }
    }

    func nested(_ key: String) -> Fields? {
        value(key).flatMap { reader.fields($0, path: fieldPath(key)) }
    }
}
