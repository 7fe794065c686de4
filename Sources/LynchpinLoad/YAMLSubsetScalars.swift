/// The subset parser's values on one line: plain and quoted scalars, flow lists and
/// mappings; anything else gives up, for libyaml to read.
extension YAMLSubsetParser {
    // MARK: Values on one line

    /// A scalar, quoted scalar or flow collection that starts at `start` and is all that is
    /// left of its line, but for a comment.
    mutating func inlineValue(at start: Int, line: Line) throws(GiveUp) -> YAMLNode {
        let value: YAMLNode
        let after: Int
        switch text[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            (value, after) = try flowCollection(at: start, lineEnd: line.end)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            (value, after) = try quoted(at: start, lineEnd: line.end)
        default:
            try refuseIndicator(at: start, lineEnd: line.end)
            let end = try plainEnd(from: start, lineEnd: line.end, flow: false)
            value = .scalar(.init(string: string(start..<end), isPlain: true, mark: mark(start, line: current)))
            after = end
        }
        let rest = skipSpaces(from: after, to: line.end)
        guard rest == line.end || (text[rest] == UInt8(ascii: "#") && rest > after) else { throw GiveUp() }
        return value
    }

    /// A plain scalar may not start with an indicator; '-' is fine when not followed by a
    /// space. The others start anchors, tags, aliases, block scalars or reserved forms.
    func refuseIndicator(at start: Int, lineEnd: Int) throws(GiveUp) {
        switch text[start] {
        case UInt8(ascii: "-"):
            if isBlankOrEnd(start + 1, lineEnd: lineEnd) { throw GiveUp() }
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["):
            throw GiveUp()
        default:
            break
        }
    }

    /// The end of a plain scalar, trailing spaces left out: at the line's end or a comment,
    /// and in a flow collection at ',', ']' or '}'. A colon before a space (a key where a
    /// value was expected), and in a flow collection any colon or bracket, is given up on.
    func plainEnd(from start: Int, lineEnd: Int, flow: Bool) throws(GiveUp) -> Int {
        var index = start
        var end = start
        while index < lineEnd {
            let byte = text[index]
            if byte == UInt8(ascii: " ") {
                if index + 1 < lineEnd, text[index + 1] == UInt8(ascii: "#") { break }
                index += 1
                continue
            }
            if byte == UInt8(ascii: ":") && (flow || isBlankOrEnd(index + 1, lineEnd: lineEnd)) { throw GiveUp() }
            if flow {
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { break }
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { throw GiveUp() }
            }
            index += 1
            end = index
        }
        guard end > start else { throw GiveUp() }
        return end
    }

    /// A single-quoted ('' for a quote) or double-quoted (no escapes) scalar on one line.
    func quoted(at start: Int, lineEnd: Int) throws(GiveUp) -> (YAMLNode, after: Int) {
        let quote = text[start]
        var index = start + 1
        var bytes: [UInt8]?
        while true {
            guard index < lineEnd else { throw GiveUp() }
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { throw GiveUp() }
            if byte == quote {
                guard quote == UInt8(ascii: "'"), index + 1 < lineEnd, text[index + 1] == quote else { break }
                if bytes == nil { bytes = Array(text[(start + 1)..<index]) }
                bytes!.append(quote)
                index += 2
                continue
            }
            bytes?.append(byte)
            index += 1
        }
        let value = bytes.map { String(decoding: $0, as: UTF8.self) } ?? string((start + 1)..<index)
        return (.scalar(.init(string: value, isPlain: false, mark: mark(start, line: current))), index + 1)
    }

    /// `{key: value, ...}` or `[value, ...]` of scalars and such collections, on one line.
    mutating func flowCollection(at start: Int, lineEnd: Int) throws(GiveUp) -> (YAMLNode, after: Int) {
        try enter()
        defer { depth -= 1 }
        let isMapping = text[start] == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var pairs = isMapping ? Self.takeBuffer(&pairBuffers, at: depth) : []
        var items = isMapping ? [] : Self.takeBuffer(&itemBuffers, at: depth)
        var index = skipSpaces(from: start + 1, to: lineEnd)
        if index < lineEnd, text[index] == close {
            index += 1
        } else {
            while true {
                guard index < lineEnd else { throw GiveUp() }
                if isMapping {
                    guard let colon = keyEnd(at: index, lineEnd: lineEnd) else { throw GiveUp() }
                    let key = YAMLNode.Key(string: string(index..<colon), isPlain: true, mark: mark(index, line: current), complex: nil)
                    index = skipSpaces(from: colon + 1, to: lineEnd)
                    let (value, after) = try flowValue(at: index, lineEnd: lineEnd)
                    pairs.append((key, value))
                    index = after
                } else {
                    let (value, after) = try flowValue(at: index, lineEnd: lineEnd)
                    items.append(value)
                    index = after
                }
                index = skipSpaces(from: index, to: lineEnd)
                guard index < lineEnd else { throw GiveUp() }
                if text[index] == close {
                    index += 1
                    break
                }
                guard text[index] == UInt8(ascii: ",") else { throw GiveUp() }
                index = skipSpaces(from: index + 1, to: lineEnd)
                // A trailing comma, or two in a row: libyaml's to judge.
                guard index < lineEnd, text[index] != close, text[index] != UInt8(ascii: ",") else { throw GiveUp() }
            }
        }
        let mark = self.mark(start, line: current)
        if isMapping {
            try refuseDuplicates(pairs)
            return (.mapping(.init(pairs: Self.returnBuffer(&pairs, to: &pairBuffers, at: depth), mark: mark)), index)
        }
        return (.sequence(.init(items: Self.returnBuffer(&items, to: &itemBuffers, at: depth), mark: mark)), index)
    }

    mutating func flowValue(at start: Int, lineEnd: Int) throws(GiveUp) -> (YAMLNode, after: Int) {
        guard start < lineEnd else { throw GiveUp() }
        switch text[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return try flowCollection(at: start, lineEnd: lineEnd)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return try quoted(at: start, lineEnd: lineEnd)
        default:
            try refuseIndicator(at: start, lineEnd: lineEnd)
            let end = try plainEnd(from: start, lineEnd: lineEnd, flow: true)
            return (.scalar(.init(string: string(start..<end), isPlain: true, mark: mark(start, line: current))), end)
        }
    }
}
