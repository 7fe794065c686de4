import CXLSXWriter
import LynchpinDomain
import Foundation
import LynchpinDisk

/// A table written as a workbook, with Debian's libxlsxwriter, or as CSV: the forms a team
/// fills in. Written beside its path and renamed into place, so a half-written file never
/// takes its name.
public enum SpreadsheetFile {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A number shown in an Excel number format (`"USD "#,##0`); a CSV holds the number.
        case formatted(Double, format: String)
        /// A date, as a date (`yyyy-mm-dd`); a CSV holds its ISO text.
        case date(Day)
        case empty
    }

    /// A measure's figure for a form: to the unit from 100 up (cents there are noise, as on
    /// the plan's "due by now"), else to two decimals; shown in the measure's unit.
    public static func figure(_ value: Double?, unit: String) -> Cell {
        guard let value else { return .empty }
        let rounded = abs(value) >= 100 ? value.rounded() : (value * 100).rounded() / 100
        return .formatted(rounded, format: format(rounded, unit: unit))
    }

    /// The Excel number format that shows a value in a measure's unit: whole numbers
    /// without decimals, others to two; `"USD "#,##0`, `0.00"%"`, `#,##0" lanes"`.
    public static func format(_ value: Double, unit: String) -> String {
        let digits = value == value.rounded() ? "#,##0" : "#,##0.00"
        if UnitMark.code(unit) != nil { return "\"\(unit) \"" + digits }
        if unit.isEmpty || unit.contains("\"") { return digits }
        return digits + "\"" + (unit == "%" ? "" : " ") + unit + "\""
    }

    public struct Table: Sendable {
        public var sheet: String
        public var header: [String]
        public var rows: [[Cell]]
        /// Column widths in characters.
        public var widths: [Double]
        /// The file's creation time, so the same table gives the same bytes.
        public var created: Day
        /// An autofilter over the header and every row, for filtering in Excel.
        public var autofilter = false
        /// Rows made as they are written, for a sheet too long to hold at once (a portfolio's
        /// measures, week by week): how many, and a function that hands each to `row` in order.
        public var streamed: (count: Int, rows: @Sendable (_ row: ([Cell]) -> Void) -> Void)?

        public init(sheet: String, header: [String], rows: [[Cell]], widths: [Double], created: Day) {
            self.sheet = sheet
            self.header = header
            self.rows = rows
            self.widths = widths
            self.created = created
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter io: the door to the disk: the staged file is moved into place, or removed, through it.
    public static func writeXLSX(_ table: Table, to path: String, io: FileIO = .disk) throws(Failure) {
        let staged = path + ".lynchpin-\(getpid())"
        do {
            try write([table], created: table.created, to: staged, constantMemory: false)
        } catch {
            try? io.remove(staged)
            throw Failure(description: "\(path): \(error.description)")
        }
        try moveIntoPlace(staged, path, io: io)
    }

    /// A workbook of several sheets as bytes: libxlsxwriter writes a file, so it is written
    /// to a temporary one and read back. Rows are written in order and each row's memory let
    /// go (libxlsxwriter's constant memory mode): a portfolio's measures run to hundreds of
    /// thousands of rows.
    /// The workbook's keywords carry its `TableFingerprint`, added up as the rows are
    /// written, so it costs no second pass over them.
    public static func xlsx(_ tables: [Table], created: Day, rowsPerSheet: Int = rowsPerSheet) throws(Failure) -> [UInt8] {
        do {
            return try TemporaryFile.made(suffix: ".xlsx") { path in
                try write(tables, created: created, to: path, constantMemory: true, rowsPerSheet: rowsPerSheet, fingerprint: true)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot be written (no temporary file)")
        }
    }

    /// Excel's last row is 1,048,576: a table longer than a sheet goes on in "Measures (2)"
    /// and so on, each with the header, rather than lose its rows past the limit.
    public static let rowsPerSheet = 1_048_575

    private static func write(_ tables: [Table], created: Day, to path: String, constantMemory: Bool,
                              rowsPerSheet: Int = rowsPerSheet, fingerprint: Bool = false) throws(Failure) {
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else { throw Failure(description: "cannot be written") }
        let writer = SheetWriter(workbook: workbook)
        var print = TableFingerprint(created: created)
        for table in tables {
            if fingerprint { print.start(table) }
            let count = table.streamed?.count ?? table.rows.count
            var written = 0
            var part = 1
            var sheet = writer.start(table, name: table.sheet, rows: min(count, rowsPerSheet))
            let put = { (row: [Cell]) in
                if written > 0, written % rowsPerSheet == 0 {
                    part += 1
                    sheet = writer.start(table, name: "\(table.sheet) (\(part))", rows: min(count - written, rowsPerSheet))
                }
                writer.write(row, at: written % rowsPerSheet + 1, in: sheet)
                if fingerprint { print.add(row: row) }
                written += 1
            }
            if let streamed = table.streamed { streamed.rows(put) } else { table.rows.forEach(put) }
            if written != count { writer.failure = "\(table.sheet): \(written) rows made, \(count) counted" }
        }
        // The properties are written when the workbook closes: set now, they can carry
        // what the rows just written add up to.
        let words = fingerprint ? print.summary : ""
        words.withCString { text in
            var properties = lxw_doc_properties()
            properties.created = time_t(created.ordinal * 86_400)
            if !words.isEmpty { properties.keywords = UnsafeMutablePointer(mutating: text) }
            _ = workbook_set_properties(workbook, &properties)
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw Failure(description: "cannot be written (\(String(cString: lxw_strerror(status))))")
        }
        if let failure = writer.failure { throw Failure(description: "cannot be written (\(failure))") }
    }

    /// Sheets and cells through libxlsxwriter, its formats made once each, and the first
    /// cell it refused: no figure is left out without a word.
    private final class SheetWriter {
        let workbook: UnsafeMutablePointer<lxw_workbook>
        let bold: UnsafeMutablePointer<lxw_format>
        let dates: UnsafeMutablePointer<lxw_format>
        /// One format object per number format, made as first met, so the same tables give the same bytes.
        var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
        var failure: String?

        init(workbook: UnsafeMutablePointer<lxw_workbook>) {
            self.workbook = workbook
            bold = workbook_add_format(workbook)
            format_set_bold(bold)
            dates = workbook_add_format(workbook)
            format_set_num_format(dates, "yyyy-mm-dd")
        }

        func start(_ table: Table, name: String, rows: Int) -> UnsafeMutablePointer<lxw_worksheet>? {
            let sheet = workbook_add_worksheet(workbook, name)
            for (column, width) in table.widths.enumerated() {
                _ = worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
            }
            worksheet_freeze_panes(sheet, 1, 0)
            if table.autofilter, !table.header.isEmpty {
                _ = worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(table.header.count - 1))
            }
            for (column, title) in table.header.enumerated() {
                check(worksheet_write_string(sheet, 0, lxw_col_t(column), title, bold), name, 0)
            }
            return sheet
        }

        func write(_ row: [Cell], at index: Int, in sheet: UnsafeMutablePointer<lxw_worksheet>?) {
            let at = lxw_row_t(index)
            for (column, cell) in row.enumerated() {
                let col = lxw_col_t(column)
                switch cell {
                case .text(let text): check(worksheet_write_string(sheet, at, col, text, nil), nil, index)
                case .number(let number): check(worksheet_write_number(sheet, at, col, number, nil), nil, index)
                case .formatted(let number, let code):
                    let format = formats[code] ?? {
                        let made = workbook_add_format(workbook)
                        format_set_num_format(made, code)
                        formats[code] = made
                        return made
                    }()
                    check(worksheet_write_number(sheet, at, col, number, format), nil, index)
                case .date(let day):
                    var value = lxw_datetime(year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
                    check(worksheet_write_datetime(sheet, at, col, &value, dates), nil, index)
                case .empty: break
                }
            }
        }

        private func check(_ error: lxw_error, _ sheet: String?, _ row: Int) {
            guard error != LXW_NO_ERROR, failure == nil else { return }
            failure = "row \(row + 1)\(sheet.map { " of \($0)" } ?? ""): \(String(cString: lxw_strerror(error)))"
        }
    }

    private static func moveIntoPlace(_ staged: String, _ path: String, io: FileIO) throws(Failure) {
        do {
            try io.move(staged, path)
        } catch {
            try? io.remove(staged)
            throw Failure(description: "\(path): cannot be written (\(error))")
        }
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    public static func csv(_ table: Table) -> [UInt8] {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = table.header.map(field).joined(separator: ",") + "\n"
        for row in table.rows {
            out += row.map { cell -> String in
                switch cell {
                case .text(let text): field(text)
                case .number(let number), .formatted(let number, _):
                    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
                case .date(let day): day.description
                case .empty: ""
                }
            }.joined(separator: ",") + "\n"
        }
        return Array(out.utf8)
    }

    public static func writeCSV(_ table: Table, to path: String, io: FileIO = .disk) throws(Failure) {
        let staged = path + ".lynchpin-\(getpid())"
        do {
            try io.write(csv(table), staged)
        } catch {
            throw Failure(description: "\(path): cannot be written (\(error.localizedDescription))")
        }
        try moveIntoPlace(staged, path, io: io)
    }
}

extension SpreadsheetFile.Table {
    /// The weekly form: a sheet named by the week, so the workbook loads back as that week.
    public init(_ template: ScorecardTemplate) {
        let rows = template.rows.map { row -> [SpreadsheetFile.Cell] in
            let number = { (value: Double?) in SpreadsheetFile.figure(value, unit: row.unit) }
            return [.text(row.accountID), .text(row.accountName), .text(row.measureID), .text(row.measureName), .text(row.unit),
             .text(row.period), number(row.periodTarget), number(row.dueByNow), number(row.lastEntry),
             row.lastEntryWeek.map { .text($0.description) } ?? .empty, .empty, .empty]
        }
        self.init(sheet: template.week.description, header: ScorecardTemplate.header, rows: rows,
                  widths: [22, 26, 16, 30, 8, 16, 14, 16, 12, 16, 14, 30], created: template.week)
    }
}
