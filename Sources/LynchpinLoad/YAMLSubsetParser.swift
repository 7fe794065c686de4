/// Reads the YAML that front matter is nearly always written in, without libyaml: block
/// mappings and lists, one-line plain and quoted scalars, flow lists and mappings on one
/// line, comments. On anything else it gives up (nil) and `YAMLComposer` hands the text
/// to libyaml, which also reports every error; so a text either gets the tree libyaml would
/// compose, marks included, or libyaml reads it.
///
/// libyaml's events were 15% of a 10,000-account build's CPU; this reads the same front
/// matter in a fraction of that (docs/performance.md). The tests and the `yaml-subset` fuzz
/// target compare its trees with libyaml's.
struct YAMLSubsetParser {
    /// Nesting deeper than this is left to libyaml, which reports its own limit.
    static let maxDepth = 16

    let text: UnsafeBufferPointer<UInt8>
    let interner: StringInterner?
    var lines: [Line] = []
    /// The line being read.
    var current = 0
    var depth = 0
    /// Per nesting level, where a collection's pairs or items are gathered, kept from one
    /// collection to the next: each collection's own array is then allocated once, at its
    /// size, rather than grown an element at a time (growing them was 2.5% of a check).
    var pairBuffers: [[(key: YAMLNode.Key, value: YAMLNode)]] = []
    var itemBuffers: [[YAMLNode]] = []

    struct Line {
        /// Offsets into the text: the line's first byte, its first non-space byte, its end
        /// (before the line feed).
        var start: Int
        var content: Int
        var end: Int
        var indent: Int { content - start }
    }

    /// Why reading stopped: the text is outside the subset.
    struct GiveUp: Error {}

    /// The tree of `bytes`, or nil when libyaml has to read them.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, interner: StringInterner?) -> YAMLNode? {
        var parser = YAMLSubsetParser(text: bytes, interner: interner)
        return try? parser.document()
    }

    init(text: UnsafeBufferPointer<UInt8>, interner: StringInterner?) {
        self.text = text
        self.interner = interner
    }

    mutating func document() throws(GiveUp) -> YAMLNode {
        try splitLines()
        guard let first = nextLine() else { throw GiveUp() }
        let root = try blockMapping(indent: lines[first].indent, at: lines[first].content)
        // A line left over sits left of the root mapping: libyaml's to judge.
        guard nextLine() == nil else { throw GiveUp() }
        return root
    }

    // MARK: Lines

    /// Splits the text into lines, refusing what the subset does not cover: line breaks
    /// other than a line feed, tabs, characters libyaml refuses or treats as line breaks,
    /// a byte order mark, directives and document markers.
    mutating func splitLines() throws(GiveUp) {
        lines.reserveCapacity(text.count / 16)
        var start = 0
        var index = 0
        var content: Int?
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\n") {
                lines.append(Line(start: start, content: content ?? index, end: index))
                index += 1
                start = index
                content = nil
                continue
            }
            if byte < 0x20 || byte == 0x7F { throw GiveUp() }
            if byte >= 0x80 {
                let next = index + 1 < text.count ? text[index + 1] : 0
                let third = index + 2 < text.count ? text[index + 2] : 0
                // U+0080...U+009F (NEL among them), U+2028 and U+2029, U+FEFF, U+FFFE, U+FFFF.
                if byte == 0xC2 && next < 0xA0 { throw GiveUp() }
                if byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { throw GiveUp() }
                if byte == 0xEF && ((next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE)) { throw GiveUp() }
            }
            if content == nil, byte != UInt8(ascii: " ") {
                content = index
                if index == start, byte == UInt8(ascii: "%") || isDocumentMarker(at: index) { throw GiveUp() }
            }
            index += 1
        }
        if start < text.count { lines.append(Line(start: start, content: content ?? index, end: index)) }
    }

    func isDocumentMarker(at index: Int) -> Bool {
        guard index + 3 <= text.count else { return false }
        let marker = text[index]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: ".") else { return false }
        guard text[index + 1] == marker, text[index + 2] == marker else { return false }
        return index + 3 == text.count || text[index + 3] == UInt8(ascii: " ") || text[index + 3] == UInt8(ascii: "\n")
    }

    /// The index of the next line with content, moving past blank and comment lines.
    mutating func nextLine() -> Int? {
        while current < lines.count {
            let line = lines[current]
            if line.content < line.end, text[line.content] != UInt8(ascii: "#") { return current }
            current += 1
        }
        return nil
    }

    // MARK: Block collections

    /// A block mapping whose keys start `indent` bytes into their lines; the first key is at
    /// `start` on the current line (after a list item's "- " it is not at the line's content).
    mutating func blockMapping(indent: Int, at start: Int) throws(GiveUp) -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let mark = self.mark(start, line: current)
        var pairs = Self.takeBuffer(&pairBuffers, at: depth)
        var position = start
        while true {
            let key = try self.key(at: position)
            let value = try mappingValue(after: key.colon, indent: indent)
            pairs.append((key.key, value))
            guard let next = nextLine() else { break }
            let line = lines[next]
            if line.indent < indent { break }
            guard line.indent == indent, !isEntry(at: line.content, lineEnd: line.end) else { throw GiveUp() }
            position = line.content
        }
        try refuseDuplicates(pairs)
        return .mapping(.init(pairs: Self.returnBuffer(&pairs, to: &pairBuffers, at: depth), mark: mark))
    }

    /// The value after a key's colon: on the same line, or the block below it.
    mutating func mappingValue(after colon: Int, indent: Int) throws(GiveUp) -> YAMLNode {
        let keyLine = current
        let line = lines[current]
        let start = skipSpaces(from: colon + 1, to: line.end)
        if start < line.end, text[start] != UInt8(ascii: "#") {
            let value = try inlineValue(at: start, line: line)
            current += 1
            try refuseContinuation(deeperThan: indent)
            return value
        }
        current += 1
        if let next = nextLine() {
            let below = lines[next]
            if below.indent > indent {
                return isEntry(at: below.content, lineEnd: below.end)
                    ? try blockSequence(indent: below.indent)
                    : try blockMapping(indent: below.indent, at: below.content)
            }
            if below.indent == indent, isEntry(at: below.content, lineEnd: below.end) {
                return try blockSequence(indent: indent)
            }
        }
        // Nothing below: an empty value, which libyaml marks just after the colon.
        return .scalar(.init(string: "", isPlain: true, mark: mark(colon + 1, line: keyLine)))
    }

    /// A block list whose dashes are `indent` bytes into their lines, starting at the
    /// current line. It ends at a line to its left, or (under a key at the same indent) at
    /// a line that is not an entry.
    mutating func blockSequence(indent: Int) throws(GiveUp) -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let mark = self.mark(lines[current].content, line: current)
        var items = Self.takeBuffer(&itemBuffers, at: depth)
        while let next = nextLine() {
            let line = lines[next]
            if line.indent < indent { break }
            guard line.indent == indent else { throw GiveUp() }
            guard isEntry(at: line.content, lineEnd: line.end) else { break }
            let start = skipSpaces(from: line.content + 1, to: line.end)
            // An entry with nothing after its dash holds a block below it: left to libyaml.
            guard start < line.end, text[start] != UInt8(ascii: "#") else { throw GiveUp() }
            if isEntry(at: start, lineEnd: line.end) { throw GiveUp() }
            if startsKey(at: start, lineEnd: line.end) {
                items.append(try blockMapping(indent: start - line.start, at: start))
            } else {
                items.append(try inlineValue(at: start, line: line))
                current += 1
                try refuseContinuation(deeperThan: indent)
            }
        }
        return .sequence(.init(items: Self.returnBuffer(&items, to: &itemBuffers, at: depth), mark: mark))
    }

    /// After a value that ends its line, a deeper line would continue it (a multi-line
    /// scalar) or be an error: both are libyaml's.
    mutating func refuseContinuation(deeperThan indent: Int) throws(GiveUp) {
        if let next = nextLine(), lines[next].indent > indent { throw GiveUp() }
    }

    // MARK: Keys

    /// A plain key of letters, digits, '_', '-' and '.', followed by ':' and a space or the
    /// line's end: what every key of the content format looks like.
    func key(at start: Int) throws(GiveUp) -> (key: YAMLNode.Key, colon: Int) {
        let end = lines[current].end
        guard let colon = keyEnd(at: start, lineEnd: end) else { throw GiveUp() }
        let key = YAMLNode.Key(string: string(start..<colon), isPlain: true, mark: mark(start, line: current), complex: nil)
        return (key, colon)
    }

    /// Where a key starting at `start` ends (its colon), or nil when there is no such key.
    func keyEnd(at start: Int, lineEnd: Int) -> Int? {
        var index = start
        while index < lineEnd, isKeyByte(text[index]) { index += 1 }
        // libyaml takes a key of up to 1,024 characters; keys are far shorter than that.
        guard index > start, index - start < 1000, index < lineEnd, text[index] == UInt8(ascii: ":"),
              isBlankOrEnd(index + 1, lineEnd: lineEnd),
              text[start] != UInt8(ascii: "-"), text[start] != UInt8(ascii: ".") else { return nil }
        return index
    }

    /// Whether a list entry's content is a mapping's first key rather than a scalar: it has
    /// a colon followed by a space before any comment. A colon after anything but a plain
    /// key is given up on.
    func startsKey(at start: Int, lineEnd: Int) -> Bool {
        keyEnd(at: start, lineEnd: lineEnd) != nil
    }

    func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"): true
        default: false
        }
    }

    // MARK: Helpers

    func isEntry(at index: Int, lineEnd: Int) -> Bool {
        text[index] == UInt8(ascii: "-") && isBlankOrEnd(index + 1, lineEnd: lineEnd)
    }

    func isBlankOrEnd(_ index: Int, lineEnd: Int) -> Bool {
        index >= lineEnd || text[index] == UInt8(ascii: " ")
    }

    func skipSpaces(from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, text[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// Duplicate keys are an error, which libyaml's reading reports.
    func refuseDuplicates(_ pairs: [(key: YAMLNode.Key, value: YAMLNode)]) throws(GiveUp) {
        guard pairs.count > 1 else { return }
        if pairs.count <= YAMLComposer.scannedKeys {
            for index in 1..<pairs.count where pairs[..<index].contains(where: { $0.key.string == pairs[index].key.string }) {
                throw GiveUp()
            }
        } else if Set(pairs.map(\.key.string)).count != pairs.count {
            throw GiveUp()
        }
    }

    /// A level's buffer, empty; it goes back with `returnBuffer`.
    static func takeBuffer<Element>(_ buffers: inout [[Element]], at level: Int) -> [Element] {
        while buffers.count <= level { buffers.append([]) }
        var taken: [Element] = []
        swap(&taken, &buffers[level])
        return taken
    }

    /// A copy of the buffer's elements in an array of their own size; the emptied buffer
    /// is kept for the level's next collection.
    static func returnBuffer<Element>(_ buffer: inout [Element], to buffers: inout [[Element]],
                                              at level: Int) -> [Element] {
        let elements = Array(unsafeUninitializedCapacity: buffer.count) { target, count in
            buffer.withUnsafeBufferPointer { source in _ = target.initialize(fromContentsOf: source) }
            count = buffer.count
        }
        buffer.removeAll(keepingCapacity: true)
        buffers[level] = buffer
        return elements
    }

    mutating func enter() throws(GiveUp) {
        depth += 1
        guard depth <= Self.maxDepth else { throw GiveUp() }
    }

    func string(_ range: Range<Int>) -> String {
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        return interner?.intern(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Line and column from 1, the column counted in Unicode scalars, as libyaml counts.
    func mark(_ offset: Int, line: Int) -> YAMLNode.Mark {
        var column = 1
        for index in lines[line].start..<offset where text[index] & 0xC0 != 0x80 { column += 1 }
        return YAMLNode.Mark(line: line + 1, column: column)
    }
}
