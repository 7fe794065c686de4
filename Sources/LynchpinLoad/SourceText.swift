import LynchpinDomain

/// A text file as the loader sees it: decoded as UTF-8, byte-order mark dropped, CRLF made LF
/// (line numbers stay the same).
struct SourceText {
    let text: String

    static func decode(_ bytes: [UInt8], file: String) -> Result<SourceText, Diagnostic> {
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
            return .failure(.error(file, "the file is not valid UTF-8 text"))
        }
        return .success(SourceText(text: text))
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

    static func split(_ text: String, file: String) -> Result<FrontMatterFile, Diagnostic> {
        // Walks the lines only as far as the closing '---', since bodies can be long.
        var lines = text[...].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingBlanks() == "---" else {
            return .success(FrontMatterFile(yaml: "", yamlLineOffset: 0, body: text, hasFrontMatter: false))
        }
        let rest = lines.count > 1 ? lines[1] : ""
        lines = []
        var lineStart = rest.startIndex
        while lineStart < rest.endIndex {
            let lineEnd = rest[lineStart...].firstIndex(of: "\n") ?? rest.endIndex
            if rest[lineStart..<lineEnd].trimmingTrailingBlanks() == "---" {
                let body = lineEnd < rest.endIndex ? rest[rest.index(after: lineEnd)...] : ""
                let yaml = lineStart > rest.startIndex ? rest[..<rest.index(before: lineStart)] : ""
                return .success(FrontMatterFile(yaml: String(yaml), yamlLineOffset: 1, body: String(body),
                                                hasFrontMatter: true))
            }
            lineStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : rest.endIndex
        }
        return .failure(.error(file, line: 1, column: 1,
                               "expected a closing '---' line to end the front matter opened on line 1, found none"))
    }
}

extension Substring {
    func trimmingTrailingBlanks() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
