import LynchpinDomain

/// A text file as the loader sees it: decoded as UTF-8, byte-order mark dropped, CRLF made LF
/// (line numbers stay the same).
struct SourceText {
    let text: String

    static func decode(_ bytes: [UInt8], file: String) -> Result<SourceText, Diagnostic> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.error(file, "the file is not valid UTF-8 text"))
        }
        let unixText = text.contains("\r\n") ? text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .joined(separator: "\n") : text
        return .success(SourceText(text: unixText))
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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingBlanks() == "---" else {
            return .success(FrontMatterFile(yaml: "", yamlLineOffset: 0, body: text, hasFrontMatter: false))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingBlanks() == "---" }) else {
            return .failure(.error(file, line: 1, column: 1,
                                   "expected a closing '---' line to end the front matter opened on line 1, found none"))
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatterFile(yaml: yaml, yamlLineOffset: 1, body: body, hasFrontMatter: true))
    }
}

extension Substring {
    func trimmingTrailingBlanks() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
