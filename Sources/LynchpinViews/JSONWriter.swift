/// The one JSON writer: straight into bytes, indented by two spaces (`portfolio.json`,
/// `check --format json`), or compact with its strings escaped for a script (the search
/// index, `serve`'s status). Foundation's `JSONEncoder` first builds a tree of the whole
/// file, about 60 MB at 10,000 accounts; this holds nothing but the output. Callers give
/// each object's keys in sorted order, so the file stays byte-stable.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current object or array already has a member, so the next needs a comma.
    private var hasMember: [Bool] = []
    /// No white space, and strings escaped so that a script may hold them.
    private let compact: Bool

    public init(capacity: Int = 0, compact: Bool = false) {
        bytes.reserveCapacity(capacity)
        self.compact = compact
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands the bytes written so far on, when there are enough of them (`PageSpill`).
    mutating func spill(_ spill: PageSpill?) {
        spill?.take(&bytes)
    }

    public mutating func newlineAtEnd() {
        bytes.append(UInt8(ascii: "\n"))
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array<Items: Sequence>(_ items: Items, _ item: (inout JSONWriter, Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in items {
            member()
            item(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// `"key" : ` inside an object (`"key":` compact); the value follows.
    public mutating func key(_ name: String) {
        member()
        string(name)
        bytes.append(contentsOf: (compact ? ":" : " : ").utf8)
    }

    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Double?) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// Whole numbers without a fraction ("1", as JSONEncoder writes them), others in
    /// Swift's shortest form that reads back to the same Double; null for nil.
    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    public mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func string(_ text: String) {
        Self.appendString(text, to: &bytes, inScript: compact)
    }

    // MARK: Rows, for a compact file laid out by hand (the search index)

    /// Text as it is: punctuation between the values of a row.
    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `[row,row]`, each row written by `row` inside its own brackets; with `bracketed:
    /// false`, one flat list of what the rows write.
    public mutating func rows<Items: Sequence>(_ items: Items, bracketed: Bool = true, _ row: (inout JSONWriter, Items.Element) -> Void) {
        raw("[")
        for (index, element) in items.enumerated() {
            if index > 0 { raw(",") }
            if bracketed { raw("[") }
            row(&self, element)
            if bracketed { raw("]") }
        }
        raw("]")
    }

    /// Strings, comma-separated, without brackets.
    public mutating func strings(_ values: [String]) {
        for (index, value) in values.enumerated() {
            if index > 0 { raw(",") }
            string(value)
        }
    }

    /// A JSON string literal. `inScript` also escapes `<`, U+2028 and U+2029, which JSON
    /// allows raw but which could end or break a script that holds the literal.
    static func appendString(_ text: String, to bytes: inout [UInt8], inScript: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case ..<0x20: appendEscaped(byte, to: &bytes)
            case UInt8(ascii: "<") where inScript: appendEscaped(byte, to: &bytes)
            case 0xE2 where inScript:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; the bytes after E2 in valid
                // UTF-8 are continuation bytes, which need no escape.
                let second = utf8.next(), third = utf8.next()
                if second == 0x80, let third, third == 0xA8 || third == 0xA9 {
                    bytes.append(contentsOf: (third == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                } else {
                    bytes.append(byte)
                    if let second { bytes.append(second) }
                    if let third { bytes.append(third) }
                }
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `\u00XX` for a byte below 0x80.
    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"\u00"#.utf8)
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasMember.removeLast() { newline() }
        bytes.append(bracket)
    }

    private mutating func member() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    private mutating func newline() {
        guard !compact else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
}
