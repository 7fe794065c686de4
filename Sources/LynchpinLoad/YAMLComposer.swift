import CYAML

/// Builds a `YAMLNode` tree: through `YAMLSubsetParser` when the text is in the subset it
/// reads, otherwise from libyaml's parser events. This is the whole of what the loader needs
/// from a YAML library: libyaml's events were measured at a third to a quarter of the cost
/// of Yams' `compose` on these machines (docs/performance.md), and the tree keeps each
/// node's line and column. Aliases resolve to their anchored node; tags are ignored, since
/// every scalar is typed by the field that reads it.
enum YAMLComposer {
    struct Failure: Error, Equatable {
        var problem: String
        var mark: YAMLNode.Mark?
    }

    /// The single document of `yaml`; nil for an empty text.
    /// - Parameters:
    ///   - interner: keeps one copy of texts that other files repeat.
    ///   - subset: whether `YAMLSubsetParser` may read the text first; off only for the
    ///     tests that compare the two.
    static func compose(_ yaml: String, interner: StringInterner? = nil, subset: Bool = true) -> Result<YAMLNode?, Failure> {
        var text = yaml
        return text.withUTF8 { bytes in
            if subset, let tree = YAMLSubsetParser.parse(bytes, interner: interner) { return .success(tree) }
            return Result { () throws(Failure) -> YAMLNode? in
                var run = Run(interner: interner)
                guard yaml_parser_initialize(&run.parser) == 1 else { throw Failure(problem: "out of memory", mark: nil) }
                defer { yaml_parser_delete(&run.parser) }
                yaml_parser_set_input_string(&run.parser, bytes.baseAddress, bytes.count)
                return try run.document()
            }
        }
    }

    /// Lists and mappings nested deeper than this are refused: each level is a recursive call
    /// (and a nested value to free), and a few hundred levels overflowed a worker thread's
    /// stack (found by fuzzing: 1,509 '[' in lynchpin.yml). No plan nests more than a handful.
    static let maxDepth = 64

    /// Up to this many keys, a mapping's duplicate keys are found by looking back along its
    /// pairs (front matter's mappings are that small); a longer mapping gets a table.
    static let scannedKeys = 16

    /// One parse: the parser, its current event, and the anchors seen so far.
    private struct Run {
        let interner: StringInterner?
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        var anchors: [String: YAMLNode] = [:]
        var depth = 0

        mutating func next() throws(Failure) -> yaml_event_type_t {
            yaml_event_delete(&event)
            guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
            return event.type
        }

        mutating func document() throws(Failure) -> YAMLNode? {
            defer { yaml_event_delete(&event) }
            _ = try next()                                        // stream start
            guard try next() == YAML_DOCUMENT_START_EVENT else { return nil }
            let root = try node(try next())
            _ = try next()                                        // document end
            if try next() == YAML_DOCUMENT_START_EVENT {
                throw Failure(problem: "expected one document, found a second one", mark: mark(event.start_mark))
            }
            return root
        }

        mutating func node(_ type: yaml_event_type_t) throws(Failure) -> YAMLNode {
            let start = mark(event.start_mark)
            switch type {
            case YAML_SCALAR_EVENT:
                let node = YAMLNode.scalar(scalar(at: start))
                remember(event.data.scalar.anchor, node)
                return node
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let node = anchors[name] else { throw Failure(problem: "found undefined alias '\(name)'", mark: start) }
                return node
            case YAML_SEQUENCE_START_EVENT:
                try enter(start)
                defer { depth -= 1 }
                let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
                var items: [YAMLNode] = []
                while true {
                    let type = try next()
                    if type == YAML_SEQUENCE_END_EVENT { break }
                    items.append(try node(type))
                }
                let node = YAMLNode.sequence(.init(items: items, mark: start))
                if let anchor { anchors[anchor] = node }
                return node
            case YAML_MAPPING_START_EVENT:
                try enter(start)
                defer { depth -= 1 }
                let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
                var pairs: [(key: YAMLNode.Key, value: YAMLNode)] = []
                // Front matter's mappings have a handful of keys, where looking back along the
                // pairs beats hashing each key; a long mapping gets a table.
                var seen: [String: YAMLNode.Mark]?
                while true {
                    let type = try next()
                    if type == YAML_MAPPING_END_EVENT { break }
                    let key = try self.key(type)
                    if let name = key.string {
                        if seen == nil, pairs.count >= YAMLComposer.scannedKeys {
                            seen = Dictionary(pairs.compactMap { pair in pair.key.string.map { ($0, pair.key.mark) } },
                                              uniquingKeysWith: { first, _ in first })
                        }
                        let first: YAMLNode.Mark?
                        if let seen { first = seen[name] } else { first = pairs.first { $0.key.string == name }?.key.mark }
                        if let first {
                            throw Failure(problem: "duplicate key '\(name)' (first given at line \(first.line))", mark: key.mark)
                        }
                        seen?[name] = key.mark
                    }
                    pairs.append((key, try node(try next())))
                }
                let node = YAMLNode.mapping(.init(pairs: pairs, mark: start))
                if let anchor { anchors[anchor] = node }
                return node
            default:
                throw Failure(problem: "unexpected YAML event", mark: start)
            }
        }

        /// The current scalar event's text, one copy of it when the interner has seen it.
        private func scalar(at mark: YAMLNode.Mark) -> YAMLNode.Scalar {
            let scalar = event.data.scalar
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            let value = interner?.intern(bytes) ?? String(decoding: bytes, as: UTF8.self)
            return YAMLNode.Scalar(string: value, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark: mark)
        }

        /// A mapping's key: a scalar without a node of its own, unless it is anchored.
        private mutating func key(_ type: yaml_event_type_t) throws(Failure) -> YAMLNode.Key {
            guard type == YAML_SCALAR_EVENT, event.data.scalar.anchor == nil else {
                let node = try node(type)
                guard case .scalar(let scalar) = node else {
                    return YAMLNode.Key(string: nil, isPlain: false, mark: node.mark, complex: node)
                }
                return YAMLNode.Key(string: scalar.string, isPlain: scalar.isPlain, mark: scalar.mark, complex: nil)
            }
            let scalar = scalar(at: mark(event.start_mark))
            return YAMLNode.Key(string: scalar.string, isPlain: scalar.isPlain, mark: scalar.mark, complex: nil)
        }

        private mutating func enter(_ mark: YAMLNode.Mark) throws(Failure) {
            depth += 1
            guard depth <= YAMLComposer.maxDepth else {
                throw Failure(problem: "lists and mappings nested more than \(YAMLComposer.maxDepth) deep", mark: mark)
            }
        }

        private mutating func remember(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: YAMLNode) {
            if let anchor { anchors[String(cString: anchor)] = node }
        }

        func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark {
            YAMLNode.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        /// libyaml's own words: the context ("while parsing a block mapping") and the problem.
        func failure() -> Failure {
            let problem = parser.problem.map { String(cString: $0) } ?? "cannot be parsed"
            let context = parser.context.map { String(cString: $0) }
            let reader = parser.error == YAML_READER_ERROR
            return Failure(problem: [context, problem].compactMap { $0 }.joined(separator: " "),
                           mark: reader ? nil : mark(parser.problem_mark))
        }
    }
}
