/// The rows of a CSV text (RFC 4180), read on its UTF-8 bytes: fields separated by commas,
/// rows by LF or CRLF, fields in double quotes may hold commas, line breaks and doubled
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

    init(_ text: String) {
        bytes = Array(text.utf8)
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
            case UInt8(ascii: ","):
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
            while index < bytes.count, !Self.ends(bytes[index]) { index += 1 }
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
                if index < bytes.count, !Self.ends(bytes[index]) {
                    problem = Problem(line: line, column: index - lineStart + 1,
                                      message: "expected a comma or the end of the line after a closing quote, found '\(Character(Unicode.Scalar(bytes[index])))'")
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

    private static func ends(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
