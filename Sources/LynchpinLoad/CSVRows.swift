/// The rows of a CSV text (RFC 4180), read on its UTF-8 bytes: fields separated by commas
/// (or the `;` or tab that European Excel and "Unicode text" write), rows by LF or CRLF, fields in double quotes may hold commas, line breaks and doubled
/// quotes (`""`). Each row knows the line it starts on, so errors can name it even after a
/// quoted field ran over several lines. A byte-order mark is removed before this (`SourceText`).
///
/// Written for the four-column scorecard files instead of a general CSV library: CSV.swift
/// cost about 13 µs a row here, most of a long history's load time (docs/performance.md).
struct CSVRows: Sequence, IteratorProtocol {
    struct Row: Equatable {
        var line: Int
        var fields: [String]
    }

    /// A quoted field that never closes, or text after a closing quote.
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private(set) var problem: Problem?
    /// The previous row's number of fields: room for as many is made for the next row, so
    /// a row's array is allocated once rather than grown field by field.
    private var fieldCount = 4
    private let separator: UInt8

    static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    init(_ text: String, separator: UInt8 = UInt8(ascii: ",")) {
        bytes = Array(text.utf8)
        self.separator = separator
    }

    /// The separator whose reading of the first row has every one of `columns` (in any
    /// case): the header decides, never a data value. A comma when none does.
    static func separator(of text: String, naming columns: [String]) -> UInt8 {
        // The first line alone: the whole text is copied to bytes for each reading.
        let firstLine = String(decoding: text.utf8.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        return separators.first { separator in
            var rows = CSVRows(firstLine, separator: separator)
            guard let header = rows.next() else { return false }
            let names = Set(header.fields.map { $0.trimmed.lowercased() })
            return columns.allSatisfy(names.contains)
        } ?? UInt8(ascii: ",")
    }

    /// How many rows there can be at most: the lines of the text. A reader keeping every
    /// row makes room for them once.
    var maximumRowCount: Int {
        bytes.reduce(1) { count, byte in byte == UInt8(ascii: "\n") ? count + 1 : count }
    }

    mutating func next() -> Row? {
        guard problem == nil, index < bytes.count else { return nil }
        let rowLine = line
        var fields: [String] = []
        fields.reserveCapacity(fieldCount)
        defer { fieldCount = Swift.max(fields.count, 1) }
        while true {
            guard let field = readField() else { return nil }
            fields.append(field)
            if index >= bytes.count { return Row(line: rowLine, fields: fields) }
            switch bytes[index] {
            case separator:
                index += 1
                if index >= bytes.count { fields.append(""); return Row(line: rowLine, fields: fields) }
            default:
                endLine()
                return Row(line: rowLine, fields: fields)
            }
        }
    }

    /// One field, leaving `index` on the comma or line break after it; nil on a problem.
    private mutating func readField() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            let start = index
            while index < bytes.count, !ends(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let openLine = line
        let openColumn = index - lineStart + 1
        index += 1
        var value: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else {
                problem = Problem(line: openLine, column: openColumn,
                                  message: "expected a closing quote for the field opened here, found the end of the file")
                return nil
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                value += bytes[runStart..<index]
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    value.append(byte)
                    index += 2
                    runStart = index
                    continue
                }
                index += 1
                if index < bytes.count, !ends(bytes[index]) {
                    let name = separator == UInt8(ascii: ",") ? "a comma" : separator == UInt8(ascii: ";") ? "a semicolon" : "a tab"
                    problem = Problem(line: line, column: index - lineStart + 1,
                                      message: "expected \(name) or the end of the line after a closing quote, found '\(Character(Unicode.Scalar(bytes[index])))'")
                    return nil
                }
                return String(decoding: value, as: UTF8.self)
            }
            let lineBreak = byte == UInt8(ascii: "\n")
                || (byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n")))
            if lineBreak {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    /// Steps over a line break: LF, CRLF, or a lone CR.
    private mutating func endLine() {
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        index += 1
        line += 1
        lineStart = index
    }

    private func ends(_ byte: UInt8) -> Bool {
        byte == separator || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
