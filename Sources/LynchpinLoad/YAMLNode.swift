/// A YAML value as the loader reads it: scalars stay text (typed later by `YAMLReader`, as
/// the field says), and every node keeps where it starts, for error messages.
indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    struct Scalar: Sendable {
        var string: String
        /// Plain (unquoted) scalars are the only ones that can be numbers, booleans or null.
        var isPlain: Bool
        var mark: Mark
    }

    /// A mapping's key: nearly always text, kept without a node of its own (a node per key
    /// was half the nodes of a plan's front matter).
    struct Key: Sendable {
        /// The text of a scalar key; nil for a list or mapping used as a key.
        var string: String?
        var isPlain: Bool
        var mark: Mark
        /// A list or mapping used as a key.
        var complex: YAMLNode?

        /// The key as a node, for messages that describe it.
        var node: YAMLNode { complex ?? .scalar(Scalar(string: string ?? "", isPlain: isPlain, mark: mark)) }
    }

    struct Mapping: Sendable {
        var pairs: [(key: Key, value: YAMLNode)]
        var mark: Mark

        /// The value under a text key. Linear: front-matter mappings are small, and a scan
        /// is cheaper than building a dictionary for each one. Keys of another length are
        /// passed over before a full comparison, which nearly all of them would fail.
        subscript(key: String) -> YAMLNode? {
            let length = key.utf8.count
            for index in pairs.indices {
                guard let name = pairs[index].key.string, name.utf8.count == length, name == key else { continue }
                return pairs[index].value
            }
            return nil
        }
    }

    struct Sequence: Sendable {
        var items: [YAMLNode]
        var mark: Mark
    }

    /// Line and column from 1, columns counted in Unicode scalars (as libyaml counts them).
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }

    var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let sequence) = self { return sequence.items }
        return nil
    }

    /// The whole tree with every text, style and mark, one node a line: what the tests and
    /// the `yaml-subset` fuzz target compare between `YAMLSubsetParser` and libyaml.
    var outline: String {
        var lines: [String] = []
        func add(_ node: YAMLNode, _ depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            let at = "@\(node.mark.line):\(node.mark.column)"
            switch node {
            case .scalar(let scalar):
                lines.append("\(indent)\(scalar.isPlain ? "plain" : "quoted") \(at) \(String(reflecting: scalar.string))")
            case .sequence(let sequence):
                lines.append("\(indent)list \(at)")
                for item in sequence.items { add(item, depth + 1) }
            case .mapping(let mapping):
                lines.append("\(indent)mapping \(at)")
                for (key, value) in mapping.pairs {
                    if let complex = key.complex {
                        lines.append("\(indent)  complex key")
                        add(complex, depth + 2)
                    } else {
                        let style = key.isPlain ? "plain" : "quoted"
                        lines.append("\(indent)  key \(style) @\(key.mark.line):\(key.mark.column) \(String(reflecting: key.string ?? ""))")
                    }
                    add(value, depth + 2)
                }
            }
        }
        add(self, 0)
        return lines.joined(separator: "\n")
    }
}
