/// Writes JSON straight into bytes, indented by two spaces, for `portfolio.json`.
/// Foundation's `JSONEncoder` first builds a tree of the whole file, about 60 MB at 10,000
/// accounts; this holds nothing but the output. Callers give each object's keys in sorted
/// order, so the file stays byte-stable.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current object or array already has a member, so the next needs a comma.
    private var hasMember: [Bool] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Hands the bytes written so far on, when there are enough of them (`PageSpill`).
    mutating func spill(_ spill: PageSpill?) {
        spill?.take(&bytes)
    }

    mutating func newlineAtEnd() {
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<Items: Sequence>(_ items: Items, _ item: (inout JSONWriter, Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in items {
            member()
            item(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// `"key" : ` inside an object; the value follows.
    mutating func key(_ name: String) {
        member()
        string(name)
        bytes.append(contentsOf: " : ".utf8)
    }

    mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Double?) { key(name); number(value) }
    mutating func field(_ name: String, _ value: Int) { key(name); bytes.append(contentsOf: String(value).utf8) }
    mutating func field(_ name: String, _ value: Bool) { key(name); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// Whole numbers without a fraction ("1", as JSONEncoder writes them), others in
    /// Swift's shortest form that reads back to the same Double; null for nil.
    mutating func number(_ value: Double?) {
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

    mutating func string(_ text: String) {
        Self.appendString(text, to: &bytes)
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
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }
}
