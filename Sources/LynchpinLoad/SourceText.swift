import LynchpinDomain

/// A text file as the loader sees it: decoded as UTF-8, or as UTF-16 when it starts with
/// UTF-16's byte-order mark (Excel's "Unicode text"), or in the encoding lynchpin.yml
/// declares for it (`encodings`), never a guessed one; byte-order mark dropped, CRLF made
/// LF (line numbers stay the same).
struct SourceText {
    let text: String

    /// - Parameter path: the file's path under content/, for the declaration a message suggests.
    static func decode(_ bytes: [UInt8], file: String, encoding: TextEncoding = .utf8, path: String? = nil) -> Result<SourceText, Diagnostic> {
        switch encoding {
        case .utf8: break
        case .utf16:
            guard !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) else { break }
            // Declared and without a byte-order mark: little-endian, as Windows writes it.
            switch utf8(fromUTF16: bytes[...], bigEndian: false) {
            case .success(let converted): return decode(converted, file: file)
            case .failure(let failure): return .failure(.error(file, line: failure.line,
                "expected UTF-16 text (as lynchpin.yml declares under encodings), found a broken character or an odd number of bytes"))
            }
        case .windows1252, .latin1:
            switch SingleByteText.utf8(bytes, encoding) {
            case .success(let converted): return decode(converted, file: file)
            case .failure(let failure):
                return .failure(.error(file, line: failure.line, column: failure.column,
                    "expected \(encoding.rawValue) text (as lynchpin.yml declares under encodings), found the byte \(failure.byte), which \(encoding.rawValue) leaves undefined; check the file's encoding"))
            }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            switch utf8(fromUTF16: bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE) {
            case .success(let converted): return decode(converted, file: file)
            case .failure(let failure): return .failure(.error(file, line: failure.line,
                "expected UTF-16 text (the file starts with its byte-order mark), found a broken character or an odd number of bytes"))
            }
        }
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // CRLF to LF on the bytes: cheaper than searching the decoded String.
        if bytes.contains(0x0D) {
            var unix: [UInt8] = []
            unix.reserveCapacity(bytes.count)
            var previousCR = false
            for byte in bytes {
                if previousCR && byte != 0x0A { unix.append(0x0D) }
                previousCR = byte == 0x0D
                if !previousCR { unix.append(byte) }
            }
            if previousCR { unix.append(0x0D) }
            bytes = unix[...]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column, found) = firstInvalidByte(bytes)
            // An export may declare its encoding; plans, reviews and settings are UTF-8.
            let fix = path.map { "; save the file as UTF-8, or declare its encoding in lynchpin.yml (a CSV Excel saved on Windows is Windows-1252: encodings: {\($0): \"windows-1252\"}; also \"iso-8859-1\" or \"utf-16\")" }
                ?? " (save the file as UTF-8)"
            return .failure(.error(file, line: line, column: column,
                                   "expected UTF-8 text, found the byte \(found) that UTF-8 does not allow here\(fix)"))
        }
        return .success(SourceText(text: text))
    }

    /// UTF-16 code units as UTF-8 bytes, or the line of the first unit that breaks UTF-16.
    static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<[UInt8], LineFailure> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                UTF8.encode(scalar) { out.append($0) }
            case .emptyInput:
                return bytes.count % 2 == 0 ? .success(out) : .failure(LineFailure(line: line))
            case .error:
                return .failure(LineFailure(line: line))
            }
        }
    }

    struct LineFailure: Error { let line: Int }

    /// A byte a single-byte encoding leaves undefined, and where.
    struct ByteFailure: Error {
        let line: Int
        let column: Int
        let byte: String
    }

    /// Where the first byte that breaks UTF-8 is: its line, its column counted in Unicode
    /// scalars (as libyaml counts the columns of YAML errors), and the byte in hex.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int, found: String) {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
            let end = index + length
            if length == 0 || end > bytes.endIndex
                || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                return (line, column, "0x" + String(lead, radix: 16, uppercase: true))
            }
            if lead == 0x0A { line += 1; column = 1 } else { column += 1 }
            index = end
        }
        return (line, column, "?")
    }
}

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatterFile: Sendable {
    /// The YAML between the two `---` lines; empty when the file has none.
    let yaml: String
    /// How many lines come before the YAML in the file, to turn YAML marks into file lines.
    let yamlLineOffset: Int
    let body: String
    let hasFrontMatter: Bool

    /// Works on the UTF-8 bytes and walks the lines only as far as the closing `---`: bodies
    /// can be long, and stepping through a String by Character was the loader's hot spot.
    static func split(_ text: String, file: String) -> Result<FrontMatterFile, Diagnostic> {
        var text = text
        return text.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            func lineEnd(from start: Int) -> Int {
                var index = start
                while index < bytes.count, bytes[index] != newline { index += 1 }
                return index
            }
            /// A line of `---` with nothing but blanks after it.
            func isFence(_ start: Int, _ end: Int) -> Bool {
                var end = end
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                return end - start == 3 && bytes[start] == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: "-")
                    && bytes[start + 2] == UInt8(ascii: "-")
            }
            func string(_ range: Range<Int>) -> String {
                range.isEmpty ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            let firstEnd = lineEnd(from: 0)
            guard isFence(0, firstEnd) else {
                return .success(FrontMatterFile(yaml: "", yamlLineOffset: 0, body: string(0..<bytes.count), hasFrontMatter: false))
            }
            let yamlStart = firstEnd + 1
            var lineStart = yamlStart
            while lineStart < bytes.count {
                let end = lineEnd(from: lineStart)
                if isFence(lineStart, end) {
                    return .success(FrontMatterFile(yaml: string(yamlStart..<max(yamlStart, lineStart - 1)), yamlLineOffset: 1,
                                                    body: string(min(end + 1, bytes.count)..<bytes.count), hasFrontMatter: true))
                }
                lineStart = end + 1
            }
            return .failure(.error(file, line: 1, column: 1,
                                   "expected a closing '---' line to end the front matter opened on line 1, found none"))
        }
    }
}


/// Windows-1252 and ISO-8859-1 to UTF-8, byte by byte: ISO-8859-1 is the first 256 code
/// points; Windows-1252 puts punctuation, € and a few letters at 0x80–0x9F and leaves five
/// of those bytes undefined.
enum SingleByteText {
    /// 0x80...0x9F in Windows-1252; 0 where undefined.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func utf8(_ bytes: [UInt8], _ encoding: TextEncoding) -> Result<[UInt8], SourceText.ByteFailure> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var (line, column) = (1, 1)
        for byte in bytes {
            var value = UInt32(byte)
            if encoding == .windows1252, (0x80...0x9F).contains(byte) {
                value = windows1252High[Int(byte - 0x80)]
                if value == 0 {
                    return .failure(.init(line: line, column: column, byte: "0x" + String(byte, radix: 16, uppercase: true)))
                }
            }
            UTF8.encode(Unicode.Scalar(value)!) { out.append($0) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return .success(out)
    }
}
