import CLibXML2
import Foundation
import LynchpinDisk
import ZIPFoundation

/// An Office Open XML workbook (.xlsx) as its sheets of cells: the zip archive opened with
/// ZIPFoundation, each XML part read with libxml2's pull reader. Cells keep what the file
/// stores: shared and inline strings, numbers, booleans, the cached value of a formula,
/// and whether a number is formatted as a date (an Excel date is a number of days).
struct Workbook {
    enum Cell: Equatable {
        case text(String)
        /// `isDate`: the cell's number format shows a date.
        case number(Double, isDate: Bool)
        case bool(Bool)
        /// `#DIV/0!`, `#N/A`: a formula that failed.
        case error(String)
    }

    struct Sheet {
        var name: String
        /// By row number (1 = the first row), each row's cells by column number (1 = A).
        var rows: [(row: Int, cells: [(column: Int, value: Cell)])]
        /// Merged ranges as the sheet writes them (`A1:F1`), in its order.
        var merged: [String] = []

        /// A sheet of notes beside the data ("Read me"): text in one column and nothing
        /// else, so it holds no figure to leave out. Any other sheet that is not read is an
        /// error, since it may hold figures.
        var isNotes: Bool {
            var column: Int?
            for row in rows {
                for cell in row.cells where !cell.value.isBlank {
                    guard case .text = cell.value, column == nil || column == cell.column else { return false }
                    column = cell.column
                }
            }
            return column != nil
        }

        /// The first row a merged range covers (`A3:F4` -> 3).
        static func firstRow(of range: String) -> Int? {
            Int(range.prefix { $0 != ":" }.drop { $0.isLetter })
        }
    }

    /// Sheets in the workbook's order.
    var sheets: [Sheet]
    /// Day 0 is 1899-12-30 (the 1900 system, with its phantom 1900-02-29) or 1904-01-01.
    var uses1904: Bool

    struct Failure: Error, Equatable {
        var message: String
    }

    /// - Parameter reader: the door to the disk, for the temporary file the zip is read from.
    /// The keywords in a workbook's document properties (`docProps/core.xml`); nil when it
    /// has none or cannot be read. A build reads its last `portfolio.xlsx`'s this way.
    static func keywords(in bytes: [UInt8], reader: ContentReader = .disk) -> String? {
        guard hasEndOfCentralDirectory(bytes), ZipBounds.problem(in: bytes) == nil else { return nil }
        var found: String?
        try? reader.withTemporaryFile(bytes) { url in
            let archive = try Archive(url: url, accessMode: .read)
            guard let entry = archive["docProps/core.xml"], entry.uncompressedSize < 1 << 20 else { return }
            var xml: [UInt8] = []
            _ = try archive.extract(entry) { xml += $0 }
            let text = String(decoding: xml, as: UTF8.self)
            guard let start = text.range(of: "<cp:keywords>"), let end = text.range(of: "</cp:keywords>", range: start.upperBound..<text.endIndex)
            else { return }
            found = String(text[start.upperBound..<end.lowerBound])
        }
        return found
    }

    init(bytes: [UInt8], reader: ContentReader = .disk) throws(Failure) {
        guard Self.hasEndOfCentralDirectory(bytes) else {
            throw Failure(message: "expected an .xlsx workbook (a zip archive), found a file that is not one")
        }
        // Through a temporary file rather than ZIPFoundation's in-memory archive, which
        // crashes on an entry that points past the end of the data (found by the `sheet`
        // fuzz target) and leaks when it cannot read the directory. Every entry is checked
        // to lie inside the bytes first: from a file, ZIPFoundation read one with a corrupt
        // directory for good (`ZipBounds`, found by the fuzzer too).
        if let problem = ZipBounds.problem(in: bytes) {
            throw Failure(message: "expected a readable workbook (a zip archive), found one damaged: \(problem)")
        }
        let archive: Archive
        do {
            var opened: Archive?
            try reader.withTemporaryFile(bytes) { opened = try Archive(url: $0, accessMode: .read) }
            guard let opened else { throw Failure(message: "") }
            archive = opened
        } catch {
            throw Failure(message: "expected an .xlsx workbook (a zip archive), found a file that is not one")
        }
        func part(_ path: String) throws(Failure) -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var data: [UInt8] = []
            // The size a zip declares is not trusted: the fuzzer's workbook claimed 2.6 GB.
            data.reserveCapacity(Int(min(entry.uncompressedSize, 1 << 24)))
            var tooLarge = false
            do {
                _ = try archive.extract(entry) { chunk in
                    guard data.count + chunk.count <= Self.partLimit else {
                        tooLarge = true
                        throw Failure(message: "")
                    }
                    data.append(contentsOf: chunk)
                }
            } catch {
                if tooLarge {
                    throw Failure(message: "expected a workbook part of at most \(Self.partLimit >> 20) MB unpacked, found \(path) larger")
                }
                throw Failure(message: "expected a readable workbook, found its part \(path) damaged")
            }
            return data
        }
        guard let workbookXML = try part("xl/workbook.xml") else {
            throw Failure(message: "expected an .xlsx workbook, found a zip archive without xl/workbook.xml")
        }
        var declared: [(name: String, relation: String)] = []
        var uses1904 = false
        try XMLPull.read(workbookXML, part: "xl/workbook.xml") { event in
            guard case .start(let name, let attributes) = event else { return }
            if name == "workbookPr", let value = attributes["date1904"] { uses1904 = value == "1" || value == "true" }
            if name == "sheet", let sheetName = attributes["name"], let relation = attributes["id"] {
                declared.append((sheetName, relation))
            }
        }
        self.uses1904 = uses1904
        var targets: [String: String] = [:]
        if let relations = try part("xl/_rels/workbook.xml.rels") {
            try XMLPull.read(relations, part: "xl/_rels/workbook.xml.rels") { event in
                guard case .start("Relationship", let attributes) = event, let id = attributes["Id"],
                      let target = attributes["Target"] else { return }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let strings = try part("xl/sharedStrings.xml").map { bytes throws(Failure) in try Self.sharedStrings(bytes) } ?? []
        let dateStyles = try part("xl/styles.xml").map { bytes throws(Failure) in try Self.dateStyles(bytes) } ?? []
        var sheets: [Sheet] = []
        for (name, relation) in declared {
            guard let path = targets[relation], let xml = try part(path) else {
                throw Failure(message: "expected the sheet '\(name)' in the workbook, found no part for it")
            }
            let (rows, merged) = try Self.rows(xml, part: path, strings: strings, dateStyles: dateStyles)
            sheets.append(Sheet(name: name, rows: rows, merged: merged))
        }
        self.sheets = sheets
    }

    /// The most a part of a workbook may unpack to: a sheet of 30,000 accounts by 156 weeks is
    /// under 200 MB, and a zip that unpacks without end is refused before memory runs out.
    static let partLimit = 512 << 20

    /// Whether a zip's end-of-central-directory record (`PK\u{5}\u{6}` and 18 more bytes) is
    /// within the last 64 KiB, where a zip reader looks for it.
    static func hasEndOfCentralDirectory(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        var index = bytes.count - 22
        let lowest = max(0, index - 0xFFFF)
        while index >= lowest {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 { return true }
            index -= 1
        }
        return false
    }

    /// `xl/sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic hints left out.
    static func sharedStrings(_ bytes: [UInt8]) throws(Failure) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try XMLPull.read(bytes, part: "xl/sharedStrings.xml") { event in
            switch event {
            case .start("si", _): current = ""
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = phonetic == 0
            case .end("t"): inText = false
            case .text(let text) where inText: current += text
            case .end("si"): strings.append(current)
            default: break
            }
        }
        return strings
    }

    /// `xl/styles.xml`: for each cell format (`s` in a cell), whether it shows a date.
    static func dateStyles(_ bytes: [UInt8]) throws(Failure) -> [Bool] {
        var customDates: Set<Int> = []
        var styles: [Bool] = []
        var inCellFormats = false
        try XMLPull.read(bytes, part: "xl/styles.xml") { event in
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], isDateFormat(code) {
                    customDates.insert(id)
                }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                styles.append((14...22).contains(id) || (45...47).contains(id) || customDates.contains(id))
            default: break
            }
        }
        return styles
    }

    /// Whether a number format code shows a date: a day, month or year outside quoted text,
    /// escapes and `[...]` (colours, conditions, elapsed time).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "D", "m", "M", "y", "Y":
                if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// A worksheet's rows and cells, through `SheetParser`.
    static func rows(_ bytes: [UInt8], part: String, strings: [String], dateStyles: [Bool]) throws(Failure)
        -> (rows: [(row: Int, cells: [(column: Int, value: Cell)])], merged: [String]) {
        let parser = SheetParser(strings: strings, dateStyles: dateStyles)
        let status = parser.parse(bytes)
        if let problem = parser.problem { throw Failure(message: "\(problem) in \(part)") }
        if status != 0 || bytes.isEmpty {
            throw Failure(message: "expected well-formed XML in the workbook's part \(part), found text that is not")
        }
        return (parser.rows, parser.merged)
    }
}

/// libxml2's SAX2 parser over a part's bytes, as start, end and text events. Names are
/// local names (`r:id` is `id`). SAX rather than libxml2's pull reader, which builds a node
/// per element: a 300-account, 156-week wide sheet took 1.0 s through the reader.
enum XMLPull {
    enum Event {
        case start(String, Attributes)
        case end(String)
        case text(String)
    }

    /// An element's attributes, found by a look along them: a cell has two or three, and a
    /// table per element was a fifth of a large sheet's time.
    struct Attributes {
        var pairs: [(name: String, value: String)]

        subscript(name: String) -> String? {
            pairs.first { $0.name == name }?.value
        }
    }

    /// Receives libxml2's callbacks; text between tags is gathered and handed on whole.
    private final class Receiver {
        let handle: (Event) -> Void
        var text: [UInt8] = []

        init(_ handle: @escaping (Event) -> Void) { self.handle = handle }

        func flush() {
            guard !text.isEmpty else { return }
            handle(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }
    }

    static func read(_ bytes: [UInt8], part: String, _ handle: (Event) -> Void) throws(Workbook.Failure) {
        let status: Int32 = withoutActuallyEscaping(handle) { handle in
            let receiver = Receiver(handle)
            var sax = xmlSAXHandler()
            sax.initialized = XML_SAX2_MAGIC
            sax.startElementNs = { context, name, _, _, _, _, count, _, attributes in
                let receiver = Unmanaged<Receiver>.fromOpaque(context!).takeUnretainedValue()
                receiver.flush()
                var pairs: [(name: String, value: String)] = []
                if let attributes, count > 0 {
                    pairs.reserveCapacity(Int(count))
                    for index in 0..<Int(count) {
                        // localname, prefix, URI, value, end of value
                        let base = index * 5
                        guard let local = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                        let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                        pairs.append((String(cString: local), value))
                    }
                }
                receiver.handle(.start(name.map { String(cString: $0) } ?? "", Attributes(pairs: pairs)))
            }
            sax.endElementNs = { context, name, _, _ in
                let receiver = Unmanaged<Receiver>.fromOpaque(context!).takeUnretainedValue()
                receiver.flush()
                receiver.handle(.end(name.map { String(cString: $0) } ?? ""))
            }
            sax.characters = { context, characters, length in
                guard let characters, length > 0 else { return }
                let receiver = Unmanaged<Receiver>.fromOpaque(context!).takeUnretainedValue()
                receiver.text.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
            }
            // Errors end the parse; their messages are not printed.
            sax.serror = { _, _ in }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    xmlSAXUserParseMemory(&sax, Unmanaged.passUnretained(receiver).toOpaque(), base, Int32(buffer.count))
                }
            }
        }
        if status != 0 || bytes.isEmpty {
            throw Workbook.Failure(message: "expected well-formed XML in the workbook's part \(part), found text that is not")
        }
    }
}
